import { converter } from 'culori';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deltaE00 } from '../../renderer/colour';
import { CHAPTERS } from '../../renderer/story';
import { StoryClock } from '../../renderer/timeline/storyClock';
import { type AppPage, openApp, SHOTS, scrubTo, waitDrawn } from './app';
import { imageStats } from './browser';

const clock = new StoryClock(CHAPTERS);
const toLab65 = converter('lab65');

/** Story time just before the end of the last chapter that shows this scenario up to its end. */
function endOf(scenario: string): number {
  let index = -1;
  CHAPTERS.forEach((c, i) => {
    if (c.scenario === scenario && c.span.to === 80) index = i;
  });
  if (index < 0) throw new Error(`no chapter shows the end of ${scenario}`);
  return clock.segments[index]!.end - 0.5;
}

interface Shot {
  lab: number[];
  deltaE00Max: number;
  shapeDeviationMmMax: number;
}

describe('colour and shape anomalies on screen', () => {
  let app: AppPage;
  let page: Page;
  const shots: Record<string, Shot> = {};

  // Reduced motion: the camera stays still, so every screenshot shows the tooth from the same side.
  beforeAll(async () => {
    app = await openApp('', { width: 1280, height: 800 }, 'reduce');
    page = app.page;
  });
  afterAll(async () => {
    await app?.browser.close();
  });

  async function shoot(scenario: string): Promise<Shot> {
    await scrubTo(page, endOf(scenario));
    const i = await waitDrawn(page);
    expect(i.scenario).toBe(scenario);
    const canvas = page.locator('canvas').first();
    const box = (await canvas.boundingBox())!;
    const png = await canvas.screenshot({ path: `${SHOTS}anomaly-${scenario}.png` });
    // The enamel region: the crown in the upper part of the stage, counting only enamel-like pixels (the dark
    // stage and the cyan bots are left out). The roots, lower down, are not in it.
    const region = {
      x: Math.round(box.width * 0.2),
      y: 0,
      width: Math.round(box.width * 0.6),
      height: Math.round(box.height * 0.5),
    };
    const stats = await imageStats(page, png, region, true);
    expect(stats.count).toBeGreaterThan(5000);
    // The pixels in CIELAB with the D65 white, the space the engine keeps its colours in.
    const { l, a, b } = toLab65({
      mode: 'rgb',
      r: stats.mean[0] / 255,
      g: stats.mean[1] / 255,
      b: stats.mean[2] / 255,
    });
    return { lab: [l, a, b], deltaE00Max: i.deltaE00Max, shapeDeviationMmMax: i.shapeDeviationMmMax };
  }

  it('rebuilds the first patient cleanly: below the perceptibility threshold', async () => {
    shots['first-patient'] = await shoot('first-patient');
    expect(shots['first-patient'].deltaE00Max).toBeLessThan(0.8);
    expect(shots['first-patient'].shapeDeviationMmMax).toBeLessThan(0.05);
  });

  it("shows Ivy's tooth visibly changed in colour after the aftermath", async () => {
    shots.ivy = await shoot('ivy');
    expect(shots.ivy.deltaE00Max).toBeGreaterThan(1.8);
    expect(shots.ivy.shapeDeviationMmMax).toBeGreaterThan(0.2);
    const [l1, a1, b1] = shots['first-patient']!.lab as [number, number, number];
    const [l2, a2, b2] = shots.ivy.lab as [number, number, number];
    // Even averaged over the whole crown (the anomalies sit on the cusps), the colour differs by more than the
    // perceptibility threshold: a difference a viewer sees.
    expect(deltaE00(l1, a1, b1, l2, a2, b2)).toBeGreaterThan(0.8);
    // ... and towards yellow-brown: higher b* (more yellow).
    expect(b2).toBeGreaterThan(b1);
  });

  it('shows the redesigned treatment of Ivy matching the first patient', async () => {
    shots['ivy-redesigned'] = await shoot('ivy-redesigned');
    expect(shots['ivy-redesigned'].deltaE00Max).toBeLessThan(0.8);
    const [l1, a1, b1] = shots['first-patient']!.lab as [number, number, number];
    const [l3, a3, b3] = shots['ivy-redesigned'].lab as [number, number, number];
    const [l2, a2, b2] = shots.ivy!.lab as [number, number, number];
    // Below the perceptibility threshold: to a viewer, the redesigned tooth and the first patient's match.
    const redesignedVsFirst = deltaE00(l1, a1, b1, l3, a3, b3);
    expect(redesignedVsFirst).toBeLessThan(0.8);
    expect(redesignedVsFirst).toBeLessThan(deltaE00(l1, a1, b1, l2, a2, b2) / 2);
  });

  it('compiles its shaders without WebGL errors or warnings', () => {
    const gl = [...app.problems.errors, ...app.problems.warnings].filter((m) =>
      /WebGL|GL_|shader|THREE\.WebGLProgram/i.test(m),
    );
    expect(gl).toEqual([]);
    expect(app.problems.errors).toEqual([]);
  });
});
