import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captionHeight } from '../../renderer/ui/screenshotCaption';
import { imageStats } from './browser';
import { type AppPage, openApp } from './app';
import { canvasSize, keepShot, litBox, PNG_SIGNATURE, pngSize, savePicture } from './pictures';

// Save a picture: the view at the canvas's own resolution with a caption strip, as a PNG download in web mode.
describe('a picture of the view', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openApp('&t=30');
  });
  afterAll(async () => {
    await app?.browser.close();
  });

  it('is a PNG of the canvas’s resolution plus its caption, showing the tooth and the caption’s words', async () => {
    const { page } = app;
    const canvas = await canvasSize(page);
    const { png, name } = await savePicture(page);
    await keepShot('screenshot', png);
    expect(name).toBe('tooth-rebirth-success-0m30s.png');
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({
      width: canvas.width,
      height: canvas.height + captionHeight(canvas.width),
    });

    // The picture is the tooth, not a blank or cleared canvas: lit enamel in the middle, and varied.
    const picture = await imageStats(page, png, { x: 0, y: 0, width: canvas.width, height: canvas.height });
    expect(picture.variance).toBeGreaterThan(100);
    const tooth = await litBox(page, png, canvas.height);
    expect(tooth.count).toBeGreaterThan(0.02 * canvas.width * canvas.height);
    expect((tooth.left + tooth.right) / 2).toBeGreaterThan(canvas.width * 0.3);
    expect((tooth.left + tooth.right) / 2).toBeLessThan(canvas.width * 0.7);
    // The caption strip holds text: light glyphs on the dark strip.
    const strip = await imageStats(page, png, {
      x: 0,
      y: canvas.height,
      width: canvas.width,
      height: captionHeight(canvas.width),
    });
    expect(strip.variance).toBeGreaterThan(20);
  });

  it('says so in a status line and logs no console errors', async () => {
    const status = app.page.getByRole('status').filter({ hasText: 'Picture saved' });
    expect(await status.textContent()).toContain('tooth-rebirth-success-0m30s.png');
    expect(app.problems.errors).toEqual([]);
  });
});
