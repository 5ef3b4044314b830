import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inspection } from '../../renderer/state/inspect';
import { type AppPage, inspect, openApp, waitSettled } from './app';

/** axe-core's serious and critical findings on the page as it is, one line each (rule: where). */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page } as unknown as ConstructorParameters<typeof AxeBuilder>[0])
    // An experimental rule, run on purpose: every control's English name must contain its visible words.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// axe-core on every view a person can reach: the main view, the settings, the charts, the anomaly map and the
// kiosk's attract screen; and the words the 3D view carries for people who cannot see it.
describe('accessibility', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    app = await openApp('&t=20');
    page = app.page;
  });
  afterAll(async () => {
    await app?.browser.close();
  });

  it('the main view has no serious or critical violations', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the 3D view is described in words, by chapter', async () => {
    const canvas = page.getByRole('img', { name: 'Tooth Rebirth 3D view' });
    const describedBy = await canvas.getAttribute('aria-describedby');
    const text = await page.locator(`#${describedBy}`).textContent();
    expect(text).toMatch(/lower molar turns slowly/);
  });

  it('the settings have none', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close settings' }).click();
  });

  it('the charts have none', async () => {
    await page.getByRole('button', { name: 'Charts' }).click();
    await page.waitForFunction(() => document.querySelector('[data-chart="colour"] canvas') !== null);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close charts' }).click();
  });

  it('the anomaly map has none', async () => {
    await page
      .getByRole('radiogroup', { name: 'Anomaly map' })
      .getByRole('radio', { name: 'Colour' })
      .check();
    await page.waitForFunction(
      () =>
        (window as unknown as { toothRebirth: { inspect(): Inspection } }).toothRebirth.inspect().view
          .anomalyMap !== 'off',
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a cue is announced politely as it fires, and joins the description', async () => {
    const announcer = page.locator('[data-slot="cue-announcer"]');
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    // The first cue on the timeline (its marker's place on the track), played into from a second before it.
    await page.waitForFunction(() => document.querySelector('.cue-mark') !== null, undefined, {
      timeout: 120_000,
    });
    const cueTime = await page.evaluate(() => {
      const mark = document.querySelector<HTMLElement>('.cue-mark');
      const i = (window as unknown as { toothRebirth: { inspect(): Inspection } }).toothRebirth.inspect();
      return (Number.parseFloat(mark?.style.left ?? 'NaN') / 100) * i.duration;
    });
    expect(Number.isFinite(cueTime)).toBe(true);
    await page.getByRole('slider', { name: 'Timeline' }).fill(String(Math.max(0, Math.floor(cueTime - 1))));
    await waitSettled(page);
    expect(await announcer.textContent()).toBe('');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      () => (document.querySelector('[data-slot="cue-announcer"]')?.textContent ?? '') !== '',
      undefined,
      { timeout: 60_000 },
    );
    const said = (await announcer.textContent()) ?? '';
    expect((await inspect(page)).cuesFired.length).toBeGreaterThan(0);
    const description = (await page.locator('#scene-description').textContent()) ?? '';
    expect(description).toContain(said);
  });

  it('logs no console errors', () => {
    expect(app.problems.errors).toEqual([]);
  });
});

describe('accessibility of the kiosk’s attract screen', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp('&kiosk=1&idle=15');
  });
  afterAll(async () => {
    await app?.browser.close();
  });

  it('has no serious or critical violations', async () => {
    await app.page.getByRole('button', { name: 'Touch to explore the story' }).waitFor({ timeout: 60_000 });
    expect(await seriousViolations(app.page)).toEqual([]);
  });
});
