import { existsSync } from 'node:fs';
import { type Browser, type ConsoleMessage, chromium, type Page } from 'playwright-core';

/** Which Chromium to drive: CHROME_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return undefined; // playwright-core falls back to a browser installed by `npx playwright install`, if any
}

/**
 * Flags for headless WebGL2 in software (SwiftShader) and for running offline as root: without the
 * background-networking flags Chromium keeps trying hosts this machine cannot reach.
 */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

export interface PageProblems {
  errors: string[];
  warnings: string[];
}

/** Collect console errors, page errors and WebGL warnings: the app must run without any. */
export function watchConsole(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], warnings: [] };
  page.on('console', (msg: ConsoleMessage) => {
    const text = msg.text();
    // Each argument is a handle on an object in the page, which the page keeps until the handle is disposed: a
    // long run (the soak) would otherwise count every logged object as the app's heap growth.
    for (const arg of msg.args()) arg.dispose().catch(() => {});
    if (msg.type() === 'error') problems.errors.push(text);
    else if (msg.type() === 'warning') problems.warnings.push(text);
  });
  page.on('pageerror', (err) => problems.errors.push(String(err)));
  return problems;
}

/** Pixel statistics of a PNG screenshot, decoded in the page itself (no image library needed in Node). */
export async function imageStats(
  page: Page,
  png: Buffer,
  region?: { x: number; y: number; width: number; height: number },
  /** Count only enamel-like pixels: lit (not the dark stage) and not cyan-blue (not a nanobot). */
  enamelOnly = false,
): Promise<{
  variance: number;
  mean: [number, number, number];
  width: number;
  height: number;
  count: number;
}> {
  return page.evaluate(
    async ({ b64, region, enamelOnly }) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bmp = await createImageBitmap(blob);
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bmp, 0, 0);
      const r = region ?? { x: 0, y: 0, width: bmp.width, height: bmp.height };
      const { data } = ctx.getImageData(r.x, r.y, r.width, r.height);
      let n = 0;
      const sum = [0, 0, 0];
      let sumL = 0;
      let sumL2 = 0;
      for (let i = 0; i < data.length; i += 4) {
        const R = data[i]!;
        const G = data[i + 1]!;
        const B = data[i + 2]!;
        if (enamelOnly && (0.2126 * R + 0.7152 * G + 0.0722 * B < 90 || B > R + 8)) continue;
        sum[0]! += R;
        sum[1]! += G;
        sum[2]! += B;
        const l = 0.2126 * R + 0.7152 * G + 0.0722 * B;
        sumL += l;
        sumL2 += l * l;
        n++;
      }
      const meanL = sumL / n;
      return {
        variance: sumL2 / n - meanL * meanL,
        mean: [sum[0]! / n, sum[1]! / n, sum[2]! / n] as [number, number, number],
        width: r.width,
        height: r.height,
        count: n,
      };
    },
    { b64: png.toString('base64'), region, enamelOnly },
  );
}

/**
 * How many pixels of a PNG screenshot (or of a region of it) have the tones of the cross-section's cut faces
 * (layerMaterials.ts): `pulp`, a soft red that no surface of the whole tooth shows; `dentin`, an ivory yellow
 * (the lit root surface shares it, so compare counts before and after a cut).
 */
export async function sectionTones(
  page: Page,
  png: Buffer,
  region?: { x: number; y: number; width: number; height: number },
): Promise<{ pulp: number; dentin: number; total: number }> {
  return page.evaluate(
    async ({ b64, region }) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bmp = await createImageBitmap(blob);
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bmp, 0, 0);
      const r = region ?? { x: 0, y: 0, width: bmp.width, height: bmp.height };
      const { data } = ctx.getImageData(r.x, r.y, r.width, r.height);
      let pulp = 0;
      let dentin = 0;
      for (let i = 0; i < data.length; i += 4) {
        const R = data[i]!;
        const G = data[i + 1]!;
        const B = data[i + 2]!;
        if (R >= 110 && R - G >= 55 && R - B >= 50) pulp++;
        else if (R >= 150 && G >= 110 && R - B >= 70 && G - B >= 40) dentin++;
      }
      return { pulp, dentin, total: data.length / 4 };
    },
    { b64: png.toString('base64'), region },
  );
}
