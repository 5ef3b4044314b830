import { describe, expect, it } from 'vitest';
import { deltaE00 } from '../../../renderer/colour';
import {
  GROWTH_RATE_MM_PER_S,
  NATURAL_GROWTH_MM_PER_S,
  REDESIGNED_CHECKPOINTS,
  TIME_COMPRESSION,
} from '../../../renderer/engine/constants';
import { Engine } from '../../../renderer/engine/engine';
import { BotState, type Genotype, type Protocol } from '../../../renderer/engine/types';
import { run, runTo, scenarioEngine, standIn } from './fixtures';

function engineFor(genotype: Genotype, protocol: Protocol = 'original', bots = 800, seed = 42): Engine {
  return new Engine(standIn('erosion', 1200, 5), { seed, bots, protocol, genotype }, deltaE00);
}

describe('time compression', () => {
  it('derives the growth-rate cap from about 4 µm a day of natural growth', () => {
    expect(NATURAL_GROWTH_MM_PER_S * 86_400).toBeCloseTo(0.004, 12);
    expect(TIME_COMPRESSION).toBe(50 * 86_400);
    expect(GROWTH_RATE_MM_PER_S).toBeCloseTo(0.2, 12);
  });

  it('never lets a site thicken faster than the cap', () => {
    const e = scenarioEngine('first-patient', 2000, 1200);
    const prev = Float32Array.from(e.siteThickness);
    const capPerStep = GROWTH_RATE_MM_PER_S * e.dt;
    let fastest = 0;
    for (let i = 0; i < 400; i++) {
      e.step();
      for (let s = 0; s < e.siteCount; s++) {
        fastest = Math.max(fastest, e.siteThickness[s]! - prev[s]!);
        prev[s] = e.siteThickness[s]!;
      }
    }
    expect(fastest).toBeLessThanOrEqual(capPerStep + 1e-6); // thickness is published as float32
    expect(fastest).toBeGreaterThan(capPerStep * 0.5); // the cap is what limits the deep lesion
  });
});

describe('bots and sites', () => {
  it('bots start in the reservoir, leave it, work, and come back or settle', () => {
    const e = scenarioEngine('first-patient', 1000, 1200);
    expect(e.metrics().botsByState.reservoir).toBe(1000);
    runTo(e, 3);
    const early = e.metrics().botsByState;
    expect(early.travelling + early.depositing).toBeGreaterThan(0);
    expect(early.reservoir).toBeLessThan(1000);
    runTo(e, 39);
    const late = e.metrics().botsByState;
    expect(late.travelling + late.depositing + late.returning).toBe(0);
    expect(late.reservoir).toBe(0);
  });

  it('fills lesion sites to their target and stops there; healthy sites are untouched', () => {
    const e = scenarioEngine('first-patient', 1500, 1200);
    const sites = standIn('caries', 1200, 11);
    let over = 0;
    for (let i = 0; i < 1600; i++) {
      e.step();
      if (i % 50 !== 0) continue;
      for (let s = 0; s < e.siteCount; s++)
        over = Math.max(over, e.siteThickness[s]! - sites.targetThickness[s]!);
    }
    expect(over).toBeLessThan(1e-5);
    let lesion = 0;
    for (let s = 0; s < e.siteCount; s++) {
      const deficit = sites.targetThickness[s]! - sites.initialThickness[s]!;
      if (deficit > 1e-6) {
        lesion++;
        expect(Math.abs(e.siteThickness[s]! - sites.targetThickness[s]!)).toBeLessThan(1e-5);
      } else {
        expect(e.siteThickness[s]).toBe(sites.initialThickness[s]);
      }
    }
    expect(lesion).toBe(e.lesionSites.length);
    expect(lesion).toBeGreaterThan(50);
    expect(e.metrics().restoredFraction).toBeGreaterThan(0.999);
  });

  it('lists exactly the sites that changed since clearChanged()', () => {
    const e = scenarioEngine('first-patient', 800, 1200);
    expect(e.changedCount).toBe(e.siteCount); // the first frame sends everything
    e.clearChanged();
    expect(e.changedCount).toBe(0);
    runTo(e, 2);
    e.clearChanged();
    const before = Float32Array.from(e.siteThickness);
    const labBefore = Float32Array.from(e.siteLab);
    run(e, 3);
    const listed = new Set(Array.from(e.changedSites.subarray(0, e.changedCount)));
    expect(listed.size).toBe(e.changedCount);
    expect(listed.size).toBeGreaterThan(0);
    for (let s = 0; s < e.siteCount; s++) {
      const changed =
        e.siteThickness[s] !== before[s] ||
        e.siteLab[s * 3] !== labBefore[s * 3] ||
        e.siteLab[s * 3 + 2] !== labBefore[s * 3 + 2];
      if (changed) expect(listed.has(s)).toBe(true);
    }
    e.restore(e.snapshot());
    expect(e.changedCount).toBe(e.siteCount); // after a restore, everything may differ
  });

  it('keeps results nearly independent of the number of bots', () => {
    const small = runTo(scenarioEngine('ivy', 500, 1200), 80).metrics();
    const large = runTo(scenarioEngine('ivy', 3000, 1200), 80).metrics();
    expect(Math.abs(small.restoredFraction - large.restoredFraction)).toBeLessThan(0.02);
    expect(small.deltaE00.mean / large.deltaE00.mean).toBeGreaterThan(0.75);
    expect(small.deltaE00.mean / large.deltaE00.mean).toBeLessThan(1.33);
    expect(small.shapeDeviationMm.max / large.shapeDeviationMm.max).toBeGreaterThan(0.75);
    expect(small.shapeDeviationMm.max / large.shapeDeviationMm.max).toBeLessThan(1.33);
  });

  it('has nothing to do on a healthy tooth', () => {
    const e = new Engine(
      standIn('none', 600),
      { seed: 1, bots: 200, protocol: 'original', genotype: {} },
      deltaE00,
    );
    expect(e.lesionSites.length).toBe(0);
    runTo(e, 80);
    const m = e.metrics();
    expect(m.restoredFraction).toBe(1);
    expect(m.mineralDeposited).toBe(0);
    expect(m.deltaE00.max).toBe(0);
    expect(m.botsByState.travelling + m.botsByState.depositing).toBe(0);
  });
});

describe('genotype anomalies', () => {
  it('colour drift grows with MMP20 strength and leaves the shape nearly alone', () => {
    const maxDe: number[] = [];
    for (const s of [0, 0.3, 0.6, 0.9]) {
      const m = runTo(engineFor({ MMP20: s }), 80).metrics();
      maxDe.push(m.deltaE00.max);
      expect(m.shapeDeviationMm.max).toBeLessThan(0.07);
    }
    for (let i = 1; i < maxDe.length; i++) expect(maxDe[i]!).toBeGreaterThan(maxDe[i - 1]!);
    expect(maxDe[0]!).toBeLessThan(0.8);
    expect(maxDe[3]!).toBeGreaterThan(1.8);
  });

  it('moves the colour towards creamy yellow-brown (MMP20, KLK4) and chalky white (FAM83H)', () => {
    for (const [gene, yellower] of [
      ['MMP20', true],
      ['KLK4', true],
      ['FAM83H', false],
    ] as const) {
      const e = runTo(engineFor({ [gene]: 0.9 }), 80);
      let worst = 0;
      for (let s = 1; s < e.siteCount; s++) if (e.siteDeltaE00(s) > e.siteDeltaE00(worst)) worst = s;
      const [l, , b] = [e.siteLab[worst * 3]!, e.siteLab[worst * 3 + 1]!, e.siteLab[worst * 3 + 2]!];
      if (yellower) {
        expect(b).toBeGreaterThan(15);
        expect(l).toBeLessThan(75);
      } else {
        expect(l).toBeGreaterThan(75);
        expect(e.siteChalk[worst]!).toBeGreaterThan(0.3);
      }
    }
  });

  it('shape misreading grows with ENAM and AMELX strength and makes ridges past the target', () => {
    for (const gene of ['ENAM', 'AMELX'] as const) {
      const devs: number[] = [];
      for (const s of [0, 0.4, 0.8])
        devs.push(runTo(engineFor({ [gene]: s }), 80).metrics().shapeDeviationMm.max);
      expect(devs[0]!).toBeLessThan(0.05);
      expect(devs[1]!).toBeGreaterThan(devs[0]!);
      expect(devs[2]!).toBeGreaterThan(devs[1]!);
      expect(devs[2]!).toBeGreaterThan(0.2);
    }
    const sites = standIn('erosion', 1200, 5);
    const e = runTo(engineFor({ AMELX: 0.8 }), 80);
    let above = 0;
    for (const s of e.lesionSites) if (e.siteThickness[s]! > sites.targetThickness[s]! + 0.1) above++;
    expect(above).toBeGreaterThan(0);
  });

  it('is deterministic for a seed and follows the seed', () => {
    const a = runTo(engineFor({ MMP20: 0.7, ENAM: 0.5 }, 'original', 600, 3), 60);
    const b = runTo(engineFor({ MMP20: 0.7, ENAM: 0.5 }, 'original', 600, 3), 60);
    const c = runTo(engineFor({ MMP20: 0.7, ENAM: 0.5 }, 'original', 600, 4), 60);
    expect(Array.from(a.siteLab)).toEqual(Array.from(b.siteLab));
    expect(Array.from(a.siteLab)).not.toEqual(Array.from(c.siteLab));
  });

  it('original protocol: bots lie dormant in the new enamel and wake after the treatment, so anomalies grow', () => {
    const e = scenarioEngine('ivy', 1000, 1200);
    runTo(e, 40);
    const atEnd = e.metrics();
    expect(atEnd.botsByState.dormant).toBeGreaterThan(0);
    expect(e.inAftermath).toBe(true);
    const dormantInEnamel = Array.from(e.botStates).filter((s) => s === BotState.Dormant).length;
    expect(dormantInEnamel).toBe(atEnd.botsByState.dormant);
    runTo(e, 80);
    const after = e.metrics();
    const wake = e.events().find((ev) => ev.kind === 'first-wake');
    expect(wake).toBeDefined();
    expect(wake!.time).toBeGreaterThan(40);
    expect(wake!.time).toBeLessThan(80);
    expect(after.deltaE00.max).toBeGreaterThan(atEnd.deltaE00.max);
    expect(after.shapeDeviationMm.max).toBeGreaterThan(atEnd.shapeDeviationMm.max);
    expect(after.mineralDeposited).toBeGreaterThan(atEnd.mineralDeposited);
  });

  it('redesigned protocol: same patient, anomalies stay below perceptibility, every bot recalled', () => {
    const e = runTo(scenarioEngine('ivy-redesigned', 1000, 1200), 80);
    const m = e.metrics();
    expect(m.deltaE00.max).toBeLessThan(0.8);
    expect(m.shapeDeviationMm.max).toBeLessThan(0.05);
    expect(m.botsByState.recalled).toBe(1000);
    expect(m.mineralCarried).toBe(0);
    expect(e.events().some((ev) => ev.kind === 'first-wake')).toBe(false);
    expect(e.events().find((ev) => ev.kind === 'recall-complete')).toBeDefined();
  });

  it('redesigned protocol rebuilds in layers between its checkpoints', () => {
    const e = scenarioEngine('child', 1000, 1200);
    runTo(e, 9.5);
    const first = e.metrics().restoredFraction;
    expect(first).toBeGreaterThan(0.3);
    expect(first).toBeLessThanOrEqual(1 / 3 + 1e-6);
    runTo(e, 19.5);
    expect(e.metrics().restoredFraction).toBeLessThanOrEqual(2 / 3 + 1e-6);
    runTo(e, 40);
    expect(e.metrics().restoredFraction).toBeGreaterThan(0.99);
  });
});

describe('events', () => {
  it('reports the redesigned checkpoints at their times, in order, with the treatment end', () => {
    const e = scenarioEngine('young-patient-redesigned', 300, 800);
    expect(e.checkpoints).toEqual(REDESIGNED_CHECKPOINTS);
    expect(e.events().map((ev) => ev.id)).toEqual(['checkpoint:genotype-screen']);
    runTo(e, 80);
    const evs = e.events();
    const cps = evs.filter((ev) => ev.kind === 'checkpoint');
    expect(cps.map((ev) => ev.checkpointId)).toEqual(REDESIGNED_CHECKPOINTS.map((c) => c.id));
    for (const ev of cps) {
      const c = REDESIGNED_CHECKPOINTS.find((x) => x.id === ev.checkpointId)!;
      expect(ev.step).toBe(Math.round(c.time / e.dt));
      expect(ev.time).toBeCloseTo(c.time, 9);
    }
    const end = evs.find((ev) => ev.kind === 'treatment-end')!;
    expect(end.time).toBeCloseTo(40, 9);
    for (let i = 1; i < evs.length; i++) expect(evs[i]!.step).toBeGreaterThanOrEqual(evs[i - 1]!.step);
    expect(e.eventCount).toBe(evs.length);
  });

  it('has no checkpoints in the original protocol unless configured, and takes custom ones', () => {
    const plain = runTo(scenarioEngine('first-patient', 200, 600), 41);
    expect(plain.events().filter((ev) => ev.kind === 'checkpoint')).toEqual([]);
    const custom = new Engine(
      standIn('caries', 600),
      { seed: 1, bots: 100, protocol: 'original', genotype: {}, checkpoints: [{ id: 'look', time: 2.5 }] },
      deltaE00,
    );
    runTo(custom, 3);
    expect(custom.events()).toEqual([
      { id: 'checkpoint:look', kind: 'checkpoint', checkpointId: 'look', step: 50, time: 2.5 },
    ]);
  });

  it('forgets events fired after a restored snapshot', () => {
    const e = scenarioEngine('ivy-redesigned', 300, 800);
    runTo(e, 5);
    const snap = e.snapshot();
    runTo(e, 45);
    expect(e.events().length).toBeGreaterThan(3);
    e.restore(snap);
    expect(e.events().map((ev) => ev.id)).toEqual(['checkpoint:genotype-screen']);
  });
});
