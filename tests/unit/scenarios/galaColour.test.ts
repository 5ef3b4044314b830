// The colour the whole story turns on, measured by the engine alone: at Ivy's gala her crown as a whole must
// differ from the first patient's rebuilt crown by more than the 50:50 acceptability threshold (ΔE00 1.8,
// Paravina et al. 2015), while the redesigned treatment of the same patient stays under the perceptibility
// threshold (0.8). The thresholds describe judging a whole tooth, so the test compares the crowns' mean colours
// (area-weighted over every enamel site), not one spot. The e2e suite checks the same on the screen's pixels.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ACCEPTABILITY_THRESHOLD_DE00,
  deltaE00,
  PERCEPTIBILITY_THRESHOLD_DE00,
} from '../../../renderer/colour';
import { Engine } from '../../../renderer/engine/engine';
import type { SiteField } from '../../../renderer/engine/types';
import { applyLesion, loadMolar } from '../../../renderer/mesh';
import { CHAPTERS } from '../../../renderer/story';
import { engineConfigFor, getScenario, type ScenarioId } from '../../../renderer/timeline/scenarios';

type Lab = readonly [number, number, number];

/** The scenario-local moment a chapter ends on, as the e2e suite looks at it: half a second before its end. */
function chapterEnd(id: string): { scenario: ScenarioId; local: number } {
  const chapter = CHAPTERS.find((c) => c.id === id);
  if (!chapter) throw new Error(`no chapter ${id}`);
  return { scenario: chapter.scenario as ScenarioId, local: chapter.span.to - 0.5 };
}

/** Runs a scenario headless on the molar with its default swarm; returns the crown's area-weighted mean Lab. */
function crownMeanAt(molar: SiteField, id: ScenarioId, local: number): Lab {
  const s = getScenario(id)!;
  const sites = applyLesion(molar, s.lesion.preset, s.lesion.seed);
  const engine = new Engine(sites, engineConfigFor(s), deltaE00);
  const target = Math.round(local / engine.dt);
  while (engine.steps < target) engine.step();
  let area = 0;
  const sum = [0, 0, 0];
  for (let i = 0; i < sites.count; i++) {
    const w = sites.area[i]!;
    area += w;
    for (let k = 0; k < 3; k++) sum[k]! += w * engine.siteLab[i * 3 + k]!;
  }
  return [sum[0]! / area, sum[1]! / area, sum[2]! / area];
}

const dE = (x: Lab, y: Lab) => deltaE00(x[0], x[1], x[2], y[0], y[1], y[2]);

describe("the crown's mean colour at Ivy's gala", () => {
  const means: Record<string, Lab> = {};

  beforeAll(async () => {
    const molar = (await loadMolar(readFileSync(resolve(__dirname, '../../../models/molar.glb')))).sites;
    const success = chapterEnd('success');
    const gala = chapterEnd('public-display');
    expect(success.scenario).toBe('first-patient');
    expect(gala.scenario).toBe('ivy');
    means.first = crownMeanAt(molar, 'first-patient', success.local);
    means.ivy = crownMeanAt(molar, 'ivy', gala.local);
    means.redesigned = crownMeanAt(molar, 'ivy-redesigned', gala.local);
  }, 120_000);

  it('differs from the first patient by more than most observers would accept, towards brown', () => {
    const diff = dE(means.first!, means.ivy!);
    console.info(`ivy at the gala vs the first patient, crown mean: ΔE00 ${diff.toFixed(2)}`);
    expect(diff).toBeGreaterThan(ACCEPTABILITY_THRESHOLD_DE00);
    // Hypomaturation brown: darker and yellower than the healthy enamel the first patient was given.
    expect(means.ivy![0]).toBeLessThan(means.first![0] - 1.5);
    expect(means.ivy![2]).toBeGreaterThan(means.first![2] + 1.5);
  });

  it('stays under what most observers notice when the same patient has the redesigned treatment', () => {
    const diff = dE(means.first!, means.redesigned!);
    console.info(
      `ivy-redesigned at the same moment vs the first patient, crown mean: ΔE00 ${diff.toFixed(2)}`,
    );
    expect(diff).toBeLessThan(PERCEPTIBILITY_THRESHOLD_DE00);
  });
});
