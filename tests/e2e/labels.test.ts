// The anatomy labels, as a person sees them: they stand on the tooth inside the stage, keep off the sidebar and
// the controls, and a label whose point turns behind the tooth hides.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppPage, openApp } from './app';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface ShownLabel extends Box {
  id: string;
  side: string;
  text: string;
}

function shownLabels(page: Page): Promise<ShownLabel[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.stage-label[data-shown="true"]')].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: el.dataset.label ?? '',
        side: el.dataset.side ?? 'right',
        text: el.textContent ?? '',
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
      };
    }),
  );
}

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

/** Brightness (0..255) of the brightest pixel within `r` px of each point of a page screenshot. */
function brightnessNear(page: Page, png: Buffer, points: [number, number][], r = 6): Promise<number[]> {
  return page.evaluate(
    async ({ b64, points, r }) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bmp = await createImageBitmap(blob);
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      return points.map(([x, y]) => {
        const { data } = ctx.getImageData(Math.round(x - r), Math.round(y - r), 2 * r + 1, 2 * r + 1);
        let top = 0;
        for (let i = 0; i < data.length; i += 4) {
          top = Math.max(top, 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!);
        }
        return top;
      });
    },
    { b64: png.toString('base64'), points, r },
  );
}

/** Where a label's dot stands (its near end, 9 px padding plus half the 7 px dot). */
const anchorOf = (l: ShownLabel): [number, number] => [
  l.side === 'left' ? l.x + l.width - 12.5 : l.x + 12.5,
  l.y + l.height / 2,
];

describe('anatomy labels', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    // No turning (reduced motion): the camera moves only when the test drags it.
    app = await openApp('', { width: 1280, height: 800 }, 'reduce');
    page = app.page;
  });
  afterAll(async () => {
    await app?.browser.close();
  });

  it('stand on the tooth, inside the stage, clear of the sidebar and the controls', async () => {
    const plain = await page.screenshot({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Labels' }).click();
    expect(await page.getByRole('button', { name: 'Labels' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await shownLabels(page)).length, { timeout: 120_000 }).toBeGreaterThan(3);
    const labels = await shownLabels(page);
    await page.screenshot({ path: '/tmp/labels-front.png', timeout: 120_000 });
    const ids = labels.map((l) => l.id);
    // Seen from the buccal side and above: cusps by name, in words people read.
    expect(ids.filter((id) => id.startsWith('cusp-')).length).toBeGreaterThanOrEqual(2);
    for (const l of labels.filter((x) => x.id.startsWith('cusp-'))) expect(l.text).toMatch(/^\w+ cusp$/);
    expect(labels.find((l) => l.id === 'enamel')?.text).toBe('Enamel');
    // Dentin and pulp are inside the tooth: with no cut they are not labelled.
    expect(ids).not.toContain('pulp');
    expect(ids).not.toContain('dentin');

    const canvas = (await page.locator('canvas').first().boundingBox())!;
    const avoid: Box[] = [];
    // Every one of these is on screen (a missing one would leave its check out, and wait out the timeout).
    for (const sel of ['.sidebar', '.timebar', '.stage-toolbar', '.stage-tools', '.metrics']) {
      const b = await page.locator(sel).first().boundingBox({ timeout: 5000 });
      expect(b, sel).not.toBeNull();
      avoid.push(b!);
    }
    for (const l of labels) {
      expect(l.x, l.id).toBeGreaterThanOrEqual(canvas.x);
      expect(l.y, l.id).toBeGreaterThanOrEqual(canvas.y);
      expect(l.x + l.width, l.id).toBeLessThanOrEqual(canvas.x + canvas.width);
      expect(l.y + l.height, l.id).toBeLessThanOrEqual(canvas.y + canvas.height);
      for (const b of avoid) expect(intersects(l, b), `${l.id} over a control`).toBe(false);
      for (const o of labels) if (o !== l) expect(intersects(l, o), `${l.id} over ${o.id}`).toBe(false);
    }
    // Each label's dot stands on the tooth: bright enamel or root there in the picture without labels, where
    // the empty stage is dark blue-grey.
    const bright = await brightnessNear(page, plain, labels.map(anchorOf));
    for (const [i, b] of bright.entries()) expect(b, labels[i]!.id).toBeGreaterThan(90);
  }, 600_000);

  it('hides a label whose point turns behind the tooth', async () => {
    const before = (await shownLabels(page)).map((l) => l.id);
    const cusps = before.filter((id) => id.startsWith('cusp-'));
    expect(cusps.length).toBeGreaterThan(0);
    // Drag upwards: the camera swings down under the tooth, where the roots hide the cusp tips.
    const c = (await page.locator('canvas').first().boundingBox())!;
    const x = c.x + c.width * 0.6;
    const y = c.y + c.height * 0.75;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++) await page.mouse.move(x, y - 40 * k);
    await page.mouse.up();
    await expect
      .poll(async () => (await shownLabels(page)).filter((l) => cusps.includes(l.id)).map((l) => l.id), {
        timeout: 120_000,
      })
      .toEqual([]);
    const after = await shownLabels(page);
    await page.screenshot({ path: '/tmp/labels-below.png', timeout: 120_000 });
    // Labels still stand on the tooth from down here, once the camera has come to rest (it eases out).
    let previous = '';
    await expect
      .poll(
        async () => {
          const now = JSON.stringify(
            (await shownLabels(page)).map((l) => [l.id, Math.round(l.x), Math.round(l.y)]),
          );
          const still = now === previous;
          previous = now;
          return still;
        },
        { timeout: 180_000, interval: 1000 },
      )
      .toBe(true);
    const plain = await page.screenshot({ timeout: 120_000, style: '.stage-labels { display: none; }' });
    const seen = await shownLabels(page);
    const bright = await brightnessNear(page, plain, seen.map(anchorOf));
    for (const [i, b] of bright.entries()) expect(b, seen[i]!.id).toBeGreaterThan(60);
    // The roots face the camera now.
    expect(after.some((l) => l.id.startsWith('root-'))).toBe(true);
  }, 600_000);
});
