import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inspection } from '../../renderer/state/inspect';
import { hook, isInjectedFaultLine, type Region, stageVariance, waitForHook } from '../soak/hooks';
import { type AppPage, inspect, openApp, SHOTS, waitDrawn } from './app';

// Each fault a kiosk meets in a day, caused on purpose, must end with the scene drawn again at the same moment
// of the story (the same state hash), without a dialog and without reloading the page.
describe('faults recovered in place', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    app = await openApp('&faults=1&t=40');
    page = app.page;
  });
  afterAll(async () => {
    await app?.browser.close();
  });

  /** The scene draws new frames: a step forward and back, ending at the moment it started from. */
  async function drawsAgainAt(before: Inspection, shot: string): Promise<void> {
    await page.waitForFunction(
      (n) =>
        (window as unknown as { toothRebirth: { inspect(): Inspection } }).toothRebirth.inspect()
          .framesApplied > n,
      before.framesApplied,
      { polling: 100 },
    );
    const after = await waitDrawn(page);
    expect(after.stateHash).toBe(before.stateHash);
    expect(after.time).toBe(before.time);
    expect(await stageVariance(page, `${SHOTS}${shot}`)).toBeGreaterThan(60);
    expect(await page.getByRole('dialog').count()).toBe(0);
  }

  /** Moves the story one step forward and back again, so a running scene must draw two new frames. */
  async function stepThere(): Promise<void> {
    const at = await inspect(page);
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.waitForFunction(
      (t) =>
        (window as unknown as { toothRebirth: { inspect(): Inspection } }).toothRebirth.inspect().time > t,
      at.time,
    );
    await waitDrawn(page);
    await page.getByRole('button', { name: 'Step back' }).click();
  }

  it('redraws the scene after the WebGL context is lost and restored', async () => {
    const before = await waitDrawn(page);
    const gl = await hook(page, 'gl');
    expect(gl?.geometries).toBeGreaterThan(0);
    expect(await hook(page, 'loseContext')).toBe(true);
    await waitForHook(page, 'context', (c) => c.lost);
    expect(await hook(page, 'restoreContext')).toBe(true);
    await waitForHook(page, 'context', (c) => !c.lost && c.restores === 1);
    await drawsAgainAt(before, 'faults-context.png');
    // The same renderer uploads what it draws again (three's restore path), and nothing more than before.
    const again = await hook(page, 'gl');
    expect(again?.geometries).toBeGreaterThan(0);
    expect(again?.geometries).toBeLessThanOrEqual(gl!.geometries);
  });

  const regionShown: Record<Region, (p: Page) => Promise<boolean>> = {
    scene: (p) => p.locator('canvas').first().isVisible(),
    sidebar: (p) => p.getByRole('complementary', { name: 'Story' }).isVisible(),
    controls: (p) => p.getByRole('region', { name: 'Time controls' }).isVisible(),
    metrics: (p) => p.getByRole('region', { name: 'Measurements' }).isVisible(),
  };

  for (const region of ['scene', 'sidebar', 'controls', 'metrics'] as const) {
    it(`catches an error in the ${region}, remounts it, and the rest keeps running`, async () => {
      const before = await waitDrawn(page);
      const { remounts } = await hook(page, 'regions');
      await hook(page, 'throwIn', region);
      await waitForHook(page, 'regions', (r) => r.failures[region] >= 1);
      await waitForHook(page, 'regions', (r) => r.remounts[region] === remounts[region] + 1);
      await expect.poll(() => regionShown[region](page), { timeout: 60_000 }).toBe(true);
      // The whole window is still there: the app's regions and the inspector.
      expect(await page.getByRole('button', { name: /^(Play|Pause)$/ }).isVisible()).toBe(true);
      if (region !== 'scene') await stepThere();
      await drawsAgainAt(before, `faults-${region}.png`);
    });
  }

  it('resumes the simulation from the nearest snapshot after its worker is killed', async () => {
    const before = await waitDrawn(page);
    const workers = await hook(page, 'workers');
    expect(await hook(page, 'killWorker')).toBe(true);
    await stepThere();
    await drawsAgainAt(before, 'faults-worker.png');
    expect(await hook(page, 'workers')).toBe(workers);
    expect((await inspect(page)).bots).toBe(before.bots);
  });

  it('logs no console errors but those of the injected faults', () => {
    expect(app.problems.errors.filter((e) => !isInjectedFaultLine(e))).toEqual([]);
  });
});
