import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inspection } from '../../renderer/state/inspect';
import { imageStats } from './browser';
import { type AppPage, inspect, openApp, SHOTS, waitSettled } from './app';

/** The colour chart's plot area on screen and the scenario seconds its x axis spans. */
async function plotArea(page: Page) {
  const chart = page.locator('[data-chart="colour"]');
  await page.waitForFunction(() =>
    document.querySelector('[data-chart="colour"]')?.hasAttribute('data-x-max'),
  );
  const box = await chart.locator('.u-over').boundingBox();
  if (!box) throw new Error('the chart has no plot area on screen');
  const min = Number(await chart.getAttribute('data-x-min'));
  const max = Number(await chart.getAttribute('data-x-max'));
  return { box, min, max, perPixel: (max - min) / box.width };
}

function waitTime(page: Page, t: number, tolerance: number): Promise<unknown> {
  return page.waitForFunction(
    ({ t, tolerance }) => {
      const i = (window as unknown as { toothRebirth: { inspect(): Inspection } }).toothRebirth.inspect();
      return Math.abs(i.time - t) <= tolerance;
    },
    { t, tolerance },
    { timeout: 30_000 },
  );
}

// The charts panel: the scenario so far, with thresholds and marks; a click or a drag on a chart seeks there.
describe('the charts panel', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    app = await openApp('&t=36', { width: 1440, height: 900 }, 'reduce');
    page = app.page;
  });
  afterAll(async () => {
    await app?.browser.close();
  });

  it('opens from its button and draws the first patient’s run so far', async () => {
    await page.getByRole('button', { name: 'Charts' }).click();
    expect((await inspect(page)).view.charts).toBe(true);
    const panel = page.getByRole('region', { name: 'Charts' });
    await panel.waitFor();
    const { min, max } = await plotArea(page);
    expect([min, max]).toEqual([0, 80]);
    // The cue track arrives from its worker; the chart then shows the whole run up to now, not only new frames.
    await page.waitForFunction(() => {
      const c = document.querySelector<HTMLCanvasElement>('[data-chart="restored"] canvas');
      if (!c) return false;
      const ctx = c.getContext('2d');
      const d = ctx?.getImageData(0, 0, c.width, c.height).data;
      let green = 0;
      for (let i = 0; d && i < d.length; i += 4)
        if (d[i + 1]! > 150 && d[i]! < 180 && d[i + 2]! < 190) green++;
      return green > 200;
    });
    const png = await panel.screenshot({ path: `${SHOTS}charts.png` });
    expect((await imageStats(page, png)).variance).toBeGreaterThan(50);
  });

  it('lands the clock where a chart is clicked', async () => {
    const { box, min, perPixel } = await plotArea(page);
    const x = box.width * 0.25;
    await page.mouse.click(box.x + x, box.y + box.height / 2);
    const expected = min + x * perPixel; // chapter 1 shows the first patient's 0–40 s at story 0–40 s
    await waitTime(page, expected, 2 * perPixel + 0.05);
    const i = await waitSettled(page);
    expect(i.chapterIndex).toBe(0);
    expect(Math.abs(i.localTime - expected)).toBeLessThan(2 * perPixel + 0.1);
  });

  it('follows a drag, into the next chapter of the same scenario and back', async () => {
    const { box, min, perPixel } = await plotArea(page);
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.1, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.75, y, { steps: 6 });
    // 60 s of the first patient's run is in chapter 2 (its 40–80 s, at story 40–80 s).
    await waitTime(page, min + box.width * 0.75 * perPixel, 2 * perPixel + 0.05);
    expect((await inspect(page)).chapterIndex).toBe(1);
    await page.mouse.move(box.x + box.width * 0.45, y, { steps: 4 });
    await page.mouse.up();
    await waitTime(page, min + box.width * 0.45 * perPixel, 2 * perPixel + 0.05);
    const i = await waitSettled(page);
    expect(i.chapterIndex).toBe(0);
  });

  it('closes, and logs no console errors', async () => {
    await page.getByRole('button', { name: 'Close charts' }).click();
    expect((await inspect(page)).view.charts).toBe(false);
    expect(await page.getByRole('region', { name: 'Charts' }).count()).toBe(0);
    expect(app.problems.errors).toEqual([]);
  });
});
