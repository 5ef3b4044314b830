import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deltaE00 } from '../../../renderer/colour';
import {
  AFTERMATH_SECONDS,
  REDESIGNED_CHECKPOINTS,
  TREATMENT_SECONDS,
} from '../../../renderer/engine/constants';
import { Engine } from '../../../renderer/engine/engine';
import { standInMolarSites } from '../../../renderer/engine/standin';
import type { EngineMetrics, SiteField } from '../../../renderer/engine/types';
import { applyLesion, LESION_PRESETS, loadMolar } from '../../../renderer/mesh';
import {
  engineConfigFor,
  getScenario,
  isScenarioId,
  phaseAt,
  SCENARIO_IDS,
  SCENARIOS,
  type Scenario,
  scenarioSeconds,
} from '../../../renderer/timeline/scenarios';

describe('scenario data', () => {
  it('has the six scenarios with their protocols and the 40 + 40 second spans', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual([...SCENARIO_IDS]);
    const protocol = Object.fromEntries(SCENARIOS.map((s) => [s.id, s.protocol]));
    expect(protocol).toEqual({
      'first-patient': 'original',
      ivy: 'original',
      'young-patient': 'original',
      'ivy-redesigned': 'redesigned',
      'young-patient-redesigned': 'redesigned',
      child: 'redesigned',
    });
    for (const s of SCENARIOS) {
      expect(s.treatmentSeconds).toBe(TREATMENT_SECONDS);
      expect(s.aftermathSeconds).toBe(AFTERMATH_SECONDS);
      expect(scenarioSeconds(s)).toBe(80);
      expect(LESION_PRESETS).toContain(s.lesion.preset);
      expect(s.bots).toBeGreaterThan(0);
      if (s.protocol === 'redesigned') expect(s.checkpoints).toEqual(REDESIGNED_CHECKPOINTS);
      else expect(s.checkpoints).toBeUndefined();
    }
  });

  it('gives the first patient no variants, Ivy strong MMP20 and moderate ENAM, and redesigned twins the same patient', () => {
    expect(getScenario('first-patient')!.patient.genotype).toEqual({});
    const ivy = getScenario('ivy')!;
    expect(ivy.patient.name).toBe('Ivy Liu');
    expect(ivy.patient.genotype.MMP20).toBeGreaterThanOrEqual(0.8);
    expect(ivy.patient.genotype.ENAM).toBeGreaterThanOrEqual(0.3);
    expect(ivy.patient.genotype.ENAM).toBeLessThanOrEqual(0.6);
    for (const [a, b] of [
      ['ivy', 'ivy-redesigned'],
      ['young-patient', 'young-patient-redesigned'],
    ] as const) {
      const x = getScenario(a)!;
      const y = getScenario(b)!;
      expect(y.patient).toEqual(x.patient);
      expect(y.lesion).toEqual(x.lesion);
      expect(y.seed).toBe(x.seed);
    }
    const young = getScenario('young-patient')!.patient.genotype;
    expect((young.KLK4 ?? 0) + (young.FAM83H ?? 0)).toBeGreaterThan(0);
    expect(young.AMELX ?? 0).toBeGreaterThan(0);
  });

  it('ends the treatment where the scenario says, not at a fixed 40 s', () => {
    const s = getScenario('ivy')!;
    expect(phaseAt(s, 0)).toBe('treatment');
    expect(phaseAt(s, s.treatmentSeconds - 0.05)).toBe('treatment');
    expect(phaseAt(s, s.treatmentSeconds)).toBe('aftermath');
    const longer = { ...s, treatmentSeconds: 60 };
    expect(phaseAt(longer, 50)).toBe('treatment');
    expect(scenarioSeconds(longer)).toBe(60 + s.aftermathSeconds);
  });

  it('looks scenarios up by id', () => {
    expect(getScenario('nope')).toBeUndefined();
    expect(isScenarioId('child')).toBe(true);
    expect(isScenarioId('adult')).toBe(false);
  });

  it('builds engine configs, with overrides', () => {
    const s = getScenario('child')!;
    const c = engineConfigFor(s);
    expect(c).toMatchObject({ seed: s.seed, bots: s.bots, protocol: 'redesigned', treatmentSeconds: 40 });
    expect(c.checkpoints).toEqual(REDESIGNED_CHECKPOINTS);
    const o = engineConfigFor(s, { bots: 10, seed: 3, protocol: 'original', genotype: { ENAM: 1 }, dt: 0.1 });
    expect(o).toMatchObject({ bots: 10, seed: 3, protocol: 'original', genotype: { ENAM: 1 }, dt: 0.1 });
    expect(o.checkpoints).toEqual([]);
  });
});

interface Outcome {
  end: EngineMetrics;
  atTreatmentEnd: EngineMetrics;
}

function runScenario(s: Scenario, sites: SiteField, bots: number): Outcome {
  const e = new Engine(sites, engineConfigFor(s, { bots }), deltaE00);
  const treatmentSteps = Math.round(s.treatmentSeconds / e.dt);
  const allSteps = Math.round(scenarioSeconds(s) / e.dt);
  let atTreatmentEnd: EngineMetrics | undefined;
  for (let i = 0; i < allSteps; i++) {
    e.step();
    if (e.steps === treatmentSteps) atTreatmentEnd = e.metrics();
  }
  return { end: e.metrics(), atTreatmentEnd: atTreatmentEnd! };
}

function expectBounds(s: Scenario, { end, atTreatmentEnd }: Outcome): void {
  const label = `${s.id}: ΔE00 max ${end.deltaE00.max}, shape max ${end.shapeDeviationMm.max}, restored ${end.restoredFraction}`;
  if (s.id === 'first-patient') {
    expect(end.deltaE00.max, label).toBeLessThan(0.8);
    expect(end.shapeDeviationMm.max, label).toBeLessThan(0.05);
    expect(end.restoredFraction, label).toBeGreaterThanOrEqual(0.99);
  } else if (s.protocol === 'original') {
    expect(end.deltaE00.max, label).toBeGreaterThan(1.8);
    expect(end.shapeDeviationMm.max, label).toBeGreaterThan(0.2);
    // Growing between the end of the treatment and the end of the aftermath.
    expect(end.deltaE00.max, label).toBeGreaterThan(atTreatmentEnd.deltaE00.max);
    expect(end.shapeDeviationMm.max, label).toBeGreaterThan(atTreatmentEnd.shapeDeviationMm.max);
    expect(end.deltaE00.mean, label).toBeGreaterThan(atTreatmentEnd.deltaE00.mean);
  } else {
    expect(end.deltaE00.max, label).toBeLessThan(0.8);
    expect(end.shapeDeviationMm.max, label).toBeLessThan(0.05);
    expect(end.restoredFraction, label).toBeGreaterThanOrEqual(0.95);
  }
  expect(Math.abs(end.mineralDelivered - end.mineralDeposited)).toBeLessThanOrEqual(
    1e-9 * end.mineralDeposited,
  );
}

describe('scenario outcomes on the stand-in crown', () => {
  for (const bots of [500, 2000]) {
    it.each(SCENARIO_IDS.map((id) => [id]))(`%s with ${bots} bots stays within its bounds`, (id) => {
      const s = getScenario(id)!;
      const sites = standInMolarSites({ sites: 2500, lesion: s.lesion.preset, seed: s.lesion.seed });
      expectBounds(s, runScenario(s, sites, bots));
    });
  }
});

describe('scenario outcomes on the generated molar', () => {
  let molar: SiteField;
  beforeAll(async () => {
    const bytes = readFileSync(resolve(import.meta.dirname, '../../../models/molar.glb'));
    molar = (await loadMolar(bytes)).sites;
  });

  it.each(SCENARIO_IDS.map((id) => [id]))('%s with 1000 bots stays within its bounds', (id) => {
    const s = getScenario(id)!;
    expectBounds(s, runScenario(s, applyLesion(molar, s.lesion.preset, s.lesion.seed), 1000));
  });
});
