// The movable cut, as a person sees it: the cut face's pulp (soft red) appears, moves and changes shape as the
// depth slider and the direction change, and the enamel thickness at the cut reads in millimetres.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppPage, openApp } from './app';

/** Left edge of the part of the canvas the tooth stands in (the metrics panel, with red figures, is left of it). */
const TOOTH_LEFT = 330;

/** Pulp-red pixels of a PNG right of `left` (the cut face of the pulp): how many, and where their centre lies. */
async function pulpPixels(page: Page, png: Buffer): Promise<{ count: number; cx: number; cy: number }> {
  return page.evaluate(
    async ({ b64, left }) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bmp = await createImageBitmap(blob);
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const { data } = ctx.getImageData(0, 0, bmp.width, bmp.height);
      let count = 0;
      let sx = 0;
      let sy = 0;
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i]!;
        const g = data[i + 1]!;
        const b = data[i + 2]!;
        const p = i / 4;
        if (p % bmp.width >= left && r > 120 && r - g > 60 && r - b > 50) {
          count++;
          sx += p % bmp.width;
          sy += Math.floor(p / bmp.width);
        }
      }
      return { count, cx: count ? sx / count : 0, cy: count ? sy / count : 0 };
    },
    { b64: png.toString('base64'), left: TOOTH_LEFT },
  );
}

/** The cut on screen: the canvas picture and its pulp-red region. */
async function shot(page: Page, name: string) {
  // A page screenshot clipped to the canvas: an element screenshot waits for the element to be "stable", which a
  // slow software-rendered canvas can take long to seem.
  const box = (await page.locator('canvas').first().boundingBox())!;
  const png = await page.screenshot({ path: `/tmp/cut-${name}.png`, clip: box, timeout: 120_000 });
  return { png, ...(await pulpPixels(page, png)) };
}
type Shot = Awaited<ReturnType<typeof shot>>;

/** Share of the tooth's part of the canvas whose colour differs between two pictures of the same size. */
async function changed(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ({ a64, b64, left }) => {
      const pixels = async (s: string) => {
        const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${s}`)).blob());
        const c = new OffscreenCanvas(bmp.width, bmp.height);
        const ctx = c.getContext('2d')!;
        ctx.drawImage(bmp, 0, 0);
        return { data: ctx.getImageData(0, 0, bmp.width, bmp.height).data, width: bmp.width };
      };
      const [pa, pb] = [await pixels(a64), await pixels(b64)];
      let n = 0;
      let diff = 0;
      for (let i = 0; i < pa.data.length; i += 4) {
        if ((i / 4) % pa.width < left) continue;
        n++;
        const d =
          Math.abs(pa.data[i]! - pb.data[i]!) +
          Math.abs(pa.data[i + 1]! - pb.data[i + 1]!) +
          Math.abs(pa.data[i + 2]! - pb.data[i + 2]!);
        if (d > 60) diff++;
      }
      return diff / n;
    },
    { a64: a.toString('base64'), b64: b.toString('base64'), left: TOOTH_LEFT },
  );
}

/** Waits until the picture shows what `ok` asks of it (the frame after a change may lag). */
async function until(page: Page, name: string, ok: (p: Shot) => boolean | Promise<boolean>) {
  let last = await shot(page, name);
  await expect
    .poll(
      async () => {
        last = await shot(page, name);
        return ok(last);
      },
      { timeout: 120_000, interval: 300 },
    )
    .toBe(true);
  return last;
}

function readout(page: Page) {
  return page.locator('output.cut-thickness');
}

describe('the movable cut', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    // No turning (reduced motion): the pictures compared differ by the cut alone.
    app = await openApp('', { width: 1280, height: 800 }, 'reduce');
    page = app.page;
  });
  afterAll(async () => {
    await app?.browser.close();
  });

  it('cuts the tooth open where the teacher puts the cut', async () => {
    const intact = await shot(page, 'intact');
    expect(intact.count).toBeLessThan(50); // the pulp is inside: no red before the cut
    await page.getByRole('button', { name: 'Cross-section' }).click();
    await page.getByRole('combobox', { name: 'Cut direction' }).selectOption('mesiodistal');
    const depth = page.getByRole('slider', { name: 'Cut depth' });
    await depth.fill('0.5');
    const middle = await until(page, 'mesiodistal-50', (p) => p.count > 400);

    // Towards the lingual surface the cut misses the pulp: its red shrinks to (almost) nothing.
    await depth.fill('0.12');
    const edge = await until(page, 'mesiodistal-12', (p) => p.count < middle.count * 0.2);
    expect(edge.count).toBeLessThan(middle.count * 0.2);

    // Back into the pulp, a little off the middle: red again, in another shape.
    await depth.fill('0.4');
    const off = await until(page, 'mesiodistal-40', (p) => p.count > 200);
    expect(Math.abs(off.count - middle.count) / middle.count).toBeGreaterThan(0.05);

    // Another direction: a horizontal cut through the crown shows the pulp horns from above, elsewhere.
    await page.getByRole('combobox', { name: 'Cut direction' }).selectOption('horizontal');
    await depth.fill('0.25');
    const flat = await until(
      page,
      'horizontal-25',
      async (p) => p.count > 500 && (await changed(page, p.png, off.png)) > 0.05,
    );
    expect(await changed(page, flat.png, off.png)).toBeGreaterThan(0.05);
    // Only the chamber shows, high on the picture; the mesiodistal section's canals ran down it.
    expect(flat.count).toBeGreaterThan(500);
    expect(flat.cy).toBeLessThan(middle.cy);
    expect(
      await page.evaluate(() => {
        const w = window as unknown as { toothRebirth: { inspect(): { view: { crossSection: unknown } } } };
        return w.toothRebirth.inspect().view.crossSection;
      }),
    ).toEqual({ on: true, axis: 'horizontal', depth: 0.25 });
  }, 600_000);

  it('reads the enamel thickness at the cut in millimetres', async () => {
    await page.getByRole('combobox', { name: 'Cut direction' }).selectOption('mesiodistal');
    await page.getByRole('slider', { name: 'Cut depth' }).fill('0.5');
    await expect.poll(() => readout(page).textContent()).toMatch(/Enamel at the cut: [\d.]+ mm/);
    const median = Number(await readout(page).getAttribute('data-median'));
    const max = Number(await readout(page).getAttribute('data-max'));
    // A molar's enamel: about 1 to 2.5 mm, thickest over the cusps.
    expect(median).toBeGreaterThan(0.3);
    expect(median).toBeLessThan(3);
    expect(max).toBeGreaterThanOrEqual(median);
    expect(max).toBeLessThan(3.5);
    await page.locator('.app').screenshot({ path: '/tmp/cut-app.png' });
  }, 300_000);
});
