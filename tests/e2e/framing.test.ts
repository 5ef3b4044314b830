import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inspection } from '../../renderer/state/inspect';
import { captionHeight } from '../../renderer/ui/screenshotCaption';
import { type AppPage, openApp, SHOTS, waitSettled } from './app';
import { canvasSize, keepShot, litBox, savePicture } from './pictures';

/** Width of the generated arch, mm: a full-arch intraoral scan is about this wide. */
const ARCH_MM = 77;

/**
 * A binary STL of a dental arch's size: fourteen 8 × 8 × 9 mm boxes, one per tooth, on a half ellipse 77 mm
 * across and 36 mm deep.
 */
function archStl(): Buffer {
  const boxes = 14;
  const half = 4;
  const a = ARCH_MM / 2 - half;
  const b = 28;
  const quads: number[][][] = [];
  for (let k = 0; k < boxes; k++) {
    const th = (Math.PI * k) / (boxes - 1);
    const cx = a * Math.cos(th);
    const cy = b * Math.sin(th);
    const [x0, x1, y0, y1, z0, z1] = [cx - half, cx + half, cy - half, cy + half, 0, 9];
    // Each face counter-clockwise seen from outside.
    quads.push(
      [
        [x0, y0, z0],
        [x0, y1, z0],
        [x1, y1, z0],
        [x1, y0, z0],
      ],
      [
        [x0, y0, z1],
        [x1, y0, z1],
        [x1, y1, z1],
        [x0, y1, z1],
      ],
      [
        [x0, y0, z0],
        [x1, y0, z0],
        [x1, y0, z1],
        [x0, y0, z1],
      ],
      [
        [x0, y1, z0],
        [x0, y1, z1],
        [x1, y1, z1],
        [x1, y1, z0],
      ],
      [
        [x0, y0, z0],
        [x0, y0, z1],
        [x0, y1, z1],
        [x0, y1, z0],
      ],
      [
        [x1, y0, z0],
        [x1, y1, z0],
        [x1, y1, z1],
        [x1, y0, z1],
      ],
    );
  }
  const tris = quads.flatMap(([p, q, r, s]) => [
    [p!, q!, r!],
    [p!, r!, s!],
  ]);
  const buf = Buffer.alloc(84 + 50 * tris.length);
  buf.write('arch-sized test mesh', 0, 'latin1');
  buf.writeUInt32LE(tris.length, 80);
  tris.forEach((tri, i) => {
    const o = 84 + 50 * i + 12; // normals left zero: readers compute their own
    tri.forEach((v, j) => {
      for (let c = 0; c < 3; c++) buf.writeFloatLE(v[c]!, o + 12 * j + 4 * c);
    });
  });
  return buf;
}

/** Where the model lies in the app's own picture of the view (no overlays over it). */
async function modelInPicture(page: Page, name: string) {
  const canvas = await canvasSize(page);
  const { png } = await savePicture(page);
  await keepShot(name, png);
  expect(png.readUInt32BE(20)).toBe(canvas.height + captionHeight(canvas.width));
  return { box: await litBox(page, png, canvas.height), canvas };
}

// Any scan framed: a full-arch scan is shown whole, the status line says what it is, Reset view frames it again.
describe('a full-arch scan', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    // Reduced motion: the arch holds still, so two pictures of it compare.
    app = await openApp('', { width: 1280, height: 800 }, 'reduce');
    page = app.page;
  });
  afterAll(async () => {
    await app?.browser.close();
  });

  it('is framed whole and named in the status line', async () => {
    const file = join(tmpdir(), 'arch.stl');
    await writeFile(file, archStl());
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.waitForFunction(
      () =>
        (window as unknown as { toothRebirth: { inspect(): Inspection } }).toothRebirth.inspect().model ===
        'arch.stl',
      undefined,
      { timeout: 90_000 },
    );
    await waitSettled(page);
    const status = page.getByRole('status').filter({ hasText: 'arch.stl' });
    const text = (await status.textContent()) ?? '';
    expect(text).toMatch(/a full arch, \d+ mm across/);
    expect(Math.abs(Number(/(\d+) mm across/.exec(text)![1]) - ARCH_MM)).toBeLessThanOrEqual(2);
    expect(text).not.toContain('size of the tooth');
    await page.screenshot({ path: `${SHOTS}framing-arch-page.png` });

    const { box, canvas } = await modelInPicture(page, 'framing-arch');
    // Seen whole: lit model pixels, clear of every edge of the canvas, and filling a fair part of it.
    expect(box.count).toBeGreaterThan(0.01 * canvas.width * canvas.height);
    expect(box.left).toBeGreaterThan(2);
    expect(box.top).toBeGreaterThan(2);
    expect(box.right).toBeLessThan(canvas.width - 3);
    expect(box.bottom).toBeLessThan(canvas.height - 3);
    // Filling a fair part of the view, along its width or its height (the arch may stand either way).
    expect(
      Math.max((box.right - box.left) / canvas.width, (box.bottom - box.top) / canvas.height),
    ).toBeGreaterThan(0.4);
  });

  it('Reset view frames it again after a zoom', async () => {
    const stage = await page
      .getByRole('img', { name: 'Tooth Rebirth 3D view' })
      .locator('canvas')
      .boundingBox();
    if (!stage) throw new Error('no stage canvas');
    await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -400);
    const zoomed = await modelInPicture(page, 'framing-zoomed');
    const zoomedWidth = zoomed.box.right - zoomed.box.left;
    await page.getByRole('button', { name: 'Reset view' }).click();
    const { box, canvas } = await modelInPicture(page, 'framing-reset');
    expect(zoomedWidth).toBeGreaterThan(box.right - box.left);
    expect(box.left).toBeGreaterThan(2);
    expect(box.right).toBeLessThan(canvas.width - 3);
    expect(box.top).toBeGreaterThan(2);
    expect(box.bottom).toBeLessThan(canvas.height - 3);
  });

  it('logs no console errors', () => {
    expect(app.problems.errors).toEqual([]);
  });
});
