import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../renderer/state/view';
import { hook } from '../soak/hooks';
import { type AppPage, inspect, openApp, SHOTS, waitDrawn } from './app';

// A museum kiosk with nobody at it: warn, start the story again, loop it behind an attract screen, and wake
// on the next touch. The idle time is shortened through the address for the test.
describe('the kiosk when nobody is there', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    app = await openApp('&kiosk=1&idle=15&t=100&faults=1');
    page = app.page;
  });
  afterAll(async () => {
    await app?.browser.close();
  });

  it('warns, then starts the story again and plays it behind the attract screen', async () => {
    // The last visitor went back to the first chapter and read another voice than its lead, left a teaching
    // tool on, and read in Spanish.
    await waitDrawn(page);
    const programs = await hook(page, 'glPrograms');
    await page.getByRole('slider', { name: 'Timeline' }).fill('1');
    await expect.poll(async () => (await inspect(page)).chapterIndex).toBe(0);
    const lead = (await inspect(page)).perspective;
    await page.getByRole('tab').nth(1).click();
    await expect.poll(async () => (await inspect(page)).perspective).not.toBe(lead);
    await page.getByRole('button', { name: 'Cross-section' }).click();
    // Drawn with the cut: three compiles a variant of each clipped material.
    await expect.poll(() => hook(page, 'glPrograms')).not.toEqual(programs);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    expect((await inspect(page)).view.crossSection.on).toBe(true);
    const warning = page.getByRole('status').filter({ hasText: /¿Sigues ahí\?/ });
    await warning.waitFor({ timeout: 30_000 });
    const attract = page.getByRole('button', { name: 'Touch to explore the story' });
    await attract.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${SHOTS}kiosk-attract.png` });
    const a = await inspect(page);
    // The next visitor finds the exhibit as installed.
    expect(a.view).toEqual(DEFAULT_VIEW);
    expect(a.perspective).toBe(lead);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(a.playing).toBe(true);
    expect(a.chapterIndex).toBe(0);
    expect(a.time).toBeLessThan(100);
    // The GPU as installed too: the cut's shader variants let go (the tooth's, the swarm's, the stencil's).
    await expect.poll(() => hook(page, 'glPrograms'), { timeout: 30_000 }).toEqual(programs);
    await page.waitForFunction((t0) => {
      const i = (
        window as unknown as { toothRebirth: { inspect(): { time: number } } }
      ).toothRebirth.inspect();
      return i.time > t0;
    }, a.time);
  });

  it('wakes on the next touch', async () => {
    // A raw touch anywhere: the overlay goes on pointer-down, before a click could land on it.
    await page.mouse.click(400, 300);
    await expect.poll(() => page.getByRole('button', { name: 'Touch to explore the story' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Pause' }).isVisible()).toBe(true);
  });

  it('logs no console errors', () => {
    expect(app.problems.errors).toEqual([]);
  });
});
