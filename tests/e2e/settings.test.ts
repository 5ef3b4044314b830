import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Inspection } from '../../renderer/state/inspect';
import { defaultSettings, SETTINGS_KEY } from '../../renderer/state/settings';
import { type AppPage, E2E_BOTS, inspect, openApp, SHOTS, waitSettled } from './app';

function rootClasses(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.documentElement.classList]);
}

function stored(page: Page): Promise<unknown> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), SETTINGS_KEY);
}

// The settings: each choice applies at once and is remembered; a reload keeps them, a kiosk's Reset undoes them.
describe('the settings', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    app = await openApp('&t=20');
    page = app.page;
  });
  afterAll(async () => {
    await app?.browser.close();
  });

  it('open as a panel with every setting', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.waitFor();
    for (const name of ['As the system', 'High contrast (projector)', 'Larger', 'Short', 'Español'])
      expect(await dialog.getByRole('radio', { name }).count()).toBe(1);
    expect(await dialog.getByRole('checkbox', { name: 'Pause at chapter ends' }).isChecked()).toBe(true);
    await page.screenshot({ path: `${SHOTS}settings.png` });
  });

  it('restart the run at the same moment with another swarm', async () => {
    const before = await inspect(page);
    expect(before.bots).toBe(E2E_BOTS);
    await page.getByRole('combobox', { name: 'Swarm size' }).selectOption('5000');
    await page.waitForFunction(
      () =>
        (window as unknown as { toothRebirth: { inspect(): Inspection } }).toothRebirth.inspect().bots ===
        5000,
      undefined,
      { timeout: 60_000 },
    );
    const after = await waitSettled(page);
    expect(after.time).toBe(before.time);
    expect(after.localTime).toBeCloseTo(before.localTime, 6);
    expect(after.stateHash).not.toBe(before.stateHash);
  });

  it('apply the look at once: projector theme, larger text, reduced motion', async () => {
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    const bgBefore = await page.evaluate(
      () => getComputedStyle(document.querySelector('.sidebar')!).backgroundColor,
    );
    await dialog.getByRole('radio', { name: 'High contrast (projector)' }).check();
    await dialog.getByRole('radio', { name: 'Larger' }).check();
    await dialog.getByRole('radio', { name: 'On', exact: true }).check();
    await dialog.getByRole('radio', { name: 'Short' }).check();
    await dialog.getByRole('checkbox', { name: 'Pause at chapter ends' }).uncheck();
    expect(await rootClasses(page)).toEqual(
      expect.arrayContaining(['theme-projector', 'text-larger', 'reduce-motion']),
    );
    // What a person sees: a black sidebar, bigger words.
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('.sidebar')!).backgroundColor),
    ).not.toBe(bgBefore);
    const zoom = await page.evaluate(() => getComputedStyle(document.querySelector('.sidebar > *')!).zoom);
    expect(Number(zoom)).toBeCloseTo(1.3, 2);
    await dialog.getByRole('radio', { name: 'Español' }).check();
    expect((await inspect(page)).language).toBe('es');
    await page.screenshot({ path: `${SHOTS}settings-projector.png` });
  });

  it('survive a reload', async () => {
    await page.reload();
    await waitSettled(page);
    expect(await rootClasses(page)).toEqual(
      expect.arrayContaining(['theme-projector', 'text-larger', 'reduce-motion']),
    );
    expect(await stored(page)).toEqual({
      reducedMotion: 'on',
      theme: 'projector',
      textSize: 'larger',
      bots: 5000,
      pauseAtChapterEnds: false,
      readingLevel: 'short',
    });
    expect((await inspect(page)).language).toBe('es');
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    expect(await dialog.getByRole('radio', { name: 'High contrast (projector)' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: 'Larger' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: 'Pause at chapter ends' }).isChecked()).toBe(false);
  });

  it('go back to the kiosk’s defaults when an unattended kiosk starts again', async () => {
    await page.goto(`${inject('baseURL')}?bots=${E2E_BOTS}&kiosk=1&idle=15`);
    await page.getByRole('button', { name: 'Touch to explore the story' }).waitFor({ timeout: 60_000 });
    expect(await stored(page)).toEqual(defaultSettings(true));
    const classes = await rootClasses(page);
    expect(classes).not.toContain('theme-projector');
    expect(classes).not.toContain('text-larger');
  });

  it('log no console errors', () => {
    expect(app.problems.errors).toEqual([]);
  });
});
