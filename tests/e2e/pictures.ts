// Helpers of the view-tool suites: take the app's own picture (Save a picture, a download in web mode) and read
// PNG headers and pixels.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { SHOTS } from './app';

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Presses Save a picture and returns the downloaded file's bytes and name. */
export async function savePicture(page: Page): Promise<{ png: Buffer; name: string }> {
  const button = page.getByRole('button', { name: 'Save a picture' });
  await button.waitFor();
  const downloaded = page.waitForEvent('download', { timeout: 60_000 });
  // The press itself, from the keyboard: a pointer click's action waits on the download's navigation.
  await button.focus();
  await page.keyboard.press('Enter');
  const download = await downloaded;
  const path = await download.path();
  return { png: await readFile(path), name: download.suggestedFilename() };
}

/** Keeps a picture in the test results, to look at. */
export async function keepShot(name: string, png: Buffer): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await writeFile(`${SHOTS}${name}.png`, png);
}

/** Width and height from a PNG's IHDR chunk (it always follows the signature). */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(12, 16).toString('latin1') !== 'IHDR')
    throw new Error('no IHDR chunk where a PNG has one');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The WebGL canvas's drawing-buffer size. */
export function canvasSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('.stage canvas[data-engine]');
    if (!c) throw new Error('no stage canvas');
    return { width: c.width, height: c.height };
  });
}

/**
 * The box of lit, enamel-coloured pixels (bright, not cyan) in the top `height` rows of a PNG, and how many there
 * are: where the model is in the picture.
 */
export function litBox(
  page: Page,
  png: Buffer,
  height: number,
): Promise<{ left: number; top: number; right: number; bottom: number; count: number; width: number }> {
  return page.evaluate(
    async ({ b64, height }) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bmp = await createImageBitmap(blob);
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bmp, 0, 0);
      const { data } = ctx.getImageData(0, 0, bmp.width, height);
      let left = bmp.width;
      let right = -1;
      let top = height;
      let bottom = -1;
      let count = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < bmp.width; x++) {
          const i = 4 * (y * bmp.width + x);
          const R = data[i]!;
          const G = data[i + 1]!;
          const B = data[i + 2]!;
          if (0.2126 * R + 0.7152 * G + 0.0722 * B < 80 || B > R + 8) continue;
          count++;
          if (x < left) left = x;
          if (x > right) right = x;
          if (y < top) top = y;
          if (y > bottom) bottom = y;
        }
      }
      return { left, top, right, bottom, count, width: bmp.width };
    },
    { b64: png.toString('base64'), height },
  );
}
