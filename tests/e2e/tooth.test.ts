import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { IcosahedronGeometry, Mesh, MeshBasicMaterial } from 'three';
import { STLExporter } from 'three/examples/jsm/exporters/STLExporter.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppPage, inspect, openApp, SHOTS, waitDrawn, waitSettled } from './app';
import { imageStats, sectionTones } from './browser';

const dir = mkdtempSync(join(tmpdir(), 'tooth-e2e-'));

/** A crown-sized dome written as a real binary STL, in metres (as some scanners export). */
function scanInMetres(): string {
  const geo = new IcosahedronGeometry(0.0055, 5);
  const stl = new STLExporter().parse(new Mesh(geo, new MeshBasicMaterial()), { binary: true }) as DataView;
  const file = join(dir, 'crown-in-metres.stl');
  writeFileSync(file, new Uint8Array(stl.buffer, stl.byteOffset, stl.byteLength));
  return file;
}

async function chooseFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.locator('input[type=file]').setInputFiles(file);
}

describe('the tooth', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    app = await openApp('', { width: 1600, height: 900 });
    page = app.page;
  });
  afterAll(async () => {
    await app?.browser.close();
  });

  it('shows the generated molar at start', async () => {
    const i = await inspect(page);
    expect(i.model).toBe('molar.glb');
    const canvas = page.locator('canvas').first();
    const png = await canvas.screenshot({ path: `${SHOTS}tooth-molar.png` });
    expect((await imageStats(page, png)).variance).toBeGreaterThan(60);
  });

  it('cuts the tooth open in cross-section, showing dentin and pulp, and closes it again', async () => {
    const canvas = page.locator('canvas').first();
    const button = page.getByRole('button', { name: 'Cross-section' });
    const box = (await canvas.boundingBox())!;
    // The tooth stands in the middle of the stage; the read-outs over the canvas (whose orange figures would
    // pass for pulp) and the buttons stay outside this box.
    const tooth = {
      x: Math.round(box.width * 0.3),
      y: Math.round(box.height * 0.1),
      width: Math.round(box.width * 0.4),
      height: Math.round(box.height * 0.7),
    };
    const tones = async (path?: string) => sectionTones(page, await canvas.screenshot({ path }), tooth);
    await waitDrawn(page);
    const whole = await tones(`${SHOTS}tooth-whole.png`);
    // Whole, the tooth shows enamel and the root surface, but no pulp.
    expect(whole.pulp).toBeLessThan(whole.total * 0.001);
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    // Wait on what is checked: the cut faces in the pixels.
    let cut = whole;
    await expect
      .poll(
        async () => {
          cut = await tones(`${SHOTS}tooth-cross-section.png`);
          return cut.pulp;
        },
        { timeout: 60_000 },
      )
      .toBeGreaterThan(whole.total * 0.01);
    // The cut dentin is ivory where the whole tooth showed enamel: far more of it than the roots alone show.
    expect(cut.dentin).toBeGreaterThan(whole.dentin * 2);
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await expect
      .poll(async () => (await tones()).pulp, { timeout: 60_000 })
      .toBeLessThan(whole.total * 0.001);
  });

  for (const bad of [
    { name: 'empty.stl', buffer: Buffer.alloc(0) },
    {
      name: 'truncated.stl',
      buffer: Buffer.concat([Buffer.alloc(80), Buffer.from([10, 0, 0, 0]), Buffer.alloc(30)]),
    },
    { name: 'notes.obj', buffer: Buffer.from('this is a shopping list, not a mesh\nmilk\n') },
    { name: 'photo.ply', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) },
  ]) {
    it(`rejects ${bad.name} with one clear line and keeps the current tooth`, async () => {
      const before = await inspect(page);
      await chooseFile(page, { ...bad, mimeType: 'application/octet-stream' });
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 30_000 });
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain(bad.name);
      expect(text.split('\n').filter((l) => l.trim()).length).toBeLessThanOrEqual(2);
      const after = await inspect(page);
      expect(after.model).toBe(before.model);
      await page.getByRole('button', { name: 'Close' }).click();
    });
  }

  it('opens a scan through the file input, infers its units and says so', async () => {
    await chooseFile(page, scanInMetres());
    await page.waitForFunction(
      () =>
        (window as unknown as { toothRebirth: { inspect(): { model: string } } }).toothRebirth.inspect()
          .model === 'crown-in-metres.stl',
      undefined,
      { timeout: 60_000 },
    );
    await waitSettled(page);
    await expect.poll(() => page.locator('body').textContent()).toMatch(/metres/i);
    await page.screenshot({ path: `${SHOTS}tooth-scan.png` });
  });

  it('opens a scan dropped onto the window', async () => {
    await page.evaluate(async () => {
      // An ASCII STL triangle fan: a small tetrahedron, dropped as a File.
      const v = [
        [0, 0, 0],
        [8, 0, 0],
        [0, 8, 0],
        [0, 0, 8],
      ];
      const faces = [
        [0, 2, 1],
        [0, 1, 3],
        [0, 3, 2],
        [1, 2, 3],
      ];
      let text = 'solid drop\n';
      for (const f of faces) {
        text += ' facet normal 0 0 0\n  outer loop\n';
        for (const i of f) text += `   vertex ${v[i]!.join(' ')}\n`;
        text += '  endloop\n endfacet\n';
      }
      text += 'endsolid drop\n';
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.stl', { type: 'model/stl' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(
      () =>
        (window as unknown as { toothRebirth: { inspect(): { model: string } } }).toothRebirth.inspect()
          .model === 'dropped.stl',
      undefined,
      { timeout: 60_000 },
    );
  });

  it('logs no console errors', () => {
    expect(app.problems.errors).toEqual([]);
  });
});
