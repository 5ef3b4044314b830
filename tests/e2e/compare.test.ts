// Compare in the real browser: two drawn views whose state hashes are those of each scenario run alone at
// that moment, moved together by one scrub; unavailable (and off) where the patient has one protocol.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inspection } from '../../renderer/state/inspect';
import { CHAPTERS } from '../../renderer/story';
import { StoryClock } from '../../renderer/timeline/storyClock';
import { type AppPage, E2E_BOTS, inspect, openApp, SHOTS, scrubTo, waitSettled } from './app';
import { imageStats } from './browser';

const clock = new StoryClock(CHAPTERS);
const chapterOf = (scenario: string) => CHAPTERS.findIndex((c) => c.scenario === scenario);
const IVY = chapterOf('ivy');
const IVY_REDESIGNED = chapterOf('ivy-redesigned');
const CHILD = chapterOf('child');

type Compared = NonNullable<Inspection['compare']>;

/** Waits until both views show scenario-local time `local` and each has settled there. */
async function bothSettledAt(page: Page, local: number): Promise<Compared> {
  await page.waitForFunction(
    (t) => {
      const c = (window as unknown as { toothRebirth: { inspect(): Inspection } }).toothRebirth.inspect()
        .compare;
      return (
        c !== null &&
        [c.left, c.right].every((s) => s.settled && s.stateHash !== '' && Math.abs(s.localTime - t) < 1e-6)
      );
    },
    local,
    { timeout: 120_000, polling: 100 },
  );
  return (await inspect(page)).compare!;
}

describe('Compare', () => {
  let app: AppPage;
  let page: Page;
  /** Each scenario run alone, in a page of its own with the same swarm. */
  let alone: Page;
  let aloneApp: AppPage;

  beforeAll(async () => {
    const query = `&t=${clock.storyTime(IVY, 20)}`;
    app = await openApp(query, { width: 1600, height: 900 }, 'reduce');
    page = app.page;
    // The runs alone in a browser of their own: a second page in one browser is a background page, and gets
    // few frames and timers.
    aloneApp = await openApp(`&t=${clock.storyTime(IVY_REDESIGNED, 20)}`, { width: 640, height: 480 });
    alone = aloneApp.page;
  });
  afterAll(async () => {
    await app?.browser.close();
    await aloneApp?.browser.close();
  });

  it('shows both protocols side by side, each with the hash of its scenario run alone', async () => {
    const before = await inspect(page);
    expect(before.scenario).toBe('ivy');
    expect(before.compare).toBeNull();
    const button = page.getByRole('button', { name: 'Compare' });
    await expect.poll(() => button.getAttribute('aria-disabled')).toBe('false');
    await button.click();
    const c = await bothSettledAt(page, 20);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(c.left).toMatchObject({ scenario: 'ivy', main: true, bots: E2E_BOTS });
    expect(c.right).toMatchObject({ scenario: 'ivy-redesigned', main: false, bots: E2E_BOTS });
    // The main view is the run it was before Compare; the other side is the redesigned run alone.
    expect(c.left.stateHash).toBe(before.stateHash);
    const redesigned = await waitSettled(alone);
    expect(redesigned.scenario).toBe('ivy-redesigned');
    expect(redesigned.localTime).toBeCloseTo(20, 9);
    expect(c.right.stateHash).toBe(redesigned.stateHash);
    expect(c.right.stateHash).not.toBe(c.left.stateHash);
    // Each side reports its own figures.
    for (const s of [c.left, c.right]) {
      expect(s.restoredFraction).toBeGreaterThan(0);
      expect(s.deltaE00Max).toBeGreaterThanOrEqual(s.deltaE00Mean);
    }
    expect(c.left.deltaE00Max).toBe(before.deltaE00Max);

    // Two drawn views: a lit tooth in each half of the canvas.
    const canvas = page.getByLabel('Tooth Rebirth 3D view').locator('canvas');
    const png = await canvas.screenshot({ path: `${SHOTS}compare-canvas.png` });
    const box = (await canvas.boundingBox())!;
    const half = Math.floor(box.width / 2);
    const h = Math.floor(box.height);
    const left = await imageStats(page, png, { x: 0, y: 0, width: half, height: h });
    const right = await imageStats(page, png, { x: half, y: 0, width: half, height: h });
    expect(left.variance).toBeGreaterThan(60);
    expect(right.variance).toBeGreaterThan(60);
    await expect.poll(() => page.getByRole('region', { name: /Measurements, Ivy Liu/ }).count()).toBe(2);
    await page.screenshot({ path: `${SHOTS}compare.png` });
    expect(app.problems.errors).toEqual([]);
  });

  it('moves both views with one scrub, each to the state of its run alone', async () => {
    const at20 = (await inspect(page)).compare!;
    await scrubTo(page, clock.storyTime(IVY, 32));
    const c = await bothSettledAt(page, 32);
    expect(c.left.stateHash).not.toBe(at20.left.stateHash);
    expect(c.right.stateHash).not.toBe(at20.right.stateHash);
    expect(c.right.stateHash).toBe((await scrubTo(alone, clock.storyTime(IVY_REDESIGNED, 32))).stateHash);
    expect(c.left.stateHash).toBe((await scrubTo(alone, clock.storyTime(IVY, 32))).stateHash);
  });

  it('turns itself off, and says why it is unavailable, where the patient has one protocol', async () => {
    const i = await scrubTo(page, clock.storyTime(CHILD, 10));
    expect(i.scenario).toBe('child');
    await page.waitForFunction(
      () =>
        (window as unknown as { toothRebirth: { inspect(): Inspection } }).toothRebirth.inspect().compare ===
        null,
    );
    expect((await inspect(page)).view.compare).toBe(false);
    const button = page.getByRole('button', { name: 'Compare' });
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    const why = page.locator(`#${await button.getAttribute('aria-describedby')}`);
    await button.focus();
    await expect.poll(() => why.isVisible()).toBe(true);
    expect(await why.textContent()).toContain('both procedures');
    // Pressing it anyway changes nothing.
    await button.click({ force: true });
    expect((await inspect(page)).view.compare).toBe(false);
  });
});
