import { describe, expect, it } from 'vitest';
import { deltaE00 } from '../../../renderer/colour';
import {
  GROWTH_RATE_MM_PER_S,
  NATURAL_GROWTH_MM_PER_S,
  REDESIGNED_CHECKPOINTS,
  TIME_COMPRESSION,
  WAKE_DELAY_MIN_S,
} from '../../../renderer/engine/constants';
import { Engine } from '../../../renderer/engine/engine';
import { BotState, type Genotype, type Protocol } from '../../../renderer/engine/types';
import { run, runTo, scenarioEngine, standIn } from './fixtures';

/** Travelling, depositing or returning: the bot has set off. */
function isUnderWay(state: number): boolean {
  return state === BotState.Travelling || state === BotState.Depositing || state === BotState.Returning;
}

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
    // The first wake: a bot that lay dormant at the end of the treatment sets off again, some time after it.
    const dormantAtEnd = Uint8Array.from(e.botStates, (s) => (s === BotState.Dormant ? 1 : 0));
    let firstWake = -1;
    while (e.time < 80 - 1e-9 && firstWake < 0) {
      e.step();
      for (let b = 0; b < e.botCount; b++) {
        if (dormantAtEnd[b] === 1 && isUnderWay(e.botStates[b]!)) firstWake = e.time;
      }
    }
    expect(firstWake).toBeGreaterThanOrEqual(40 + WAKE_DELAY_MIN_S);
    expect(firstWake).toBeLessThan(80);
    runTo(e, 80);
    const after = e.metrics();
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
  });

  it('redesigned protocol: a bot that goes dormant never sets off again, and the recall completes', () => {
    const e = scenarioEngine('ivy-redesigned', 1000, 1200);
    const wasDormant = new Uint8Array(e.botCount);
    let woke = 0;
    let recallComplete = -1;
    while (e.time < 80 - 1e-9) {
      e.step();
      for (let b = 0; b < e.botCount; b++) {
        const st = e.botStates[b]!;
        if (st === BotState.Dormant) wasDormant[b] = 1;
        else if (wasDormant[b] === 1 && isUnderWay(st)) woke++;
      }
      if (recallComplete < 0 && e.metrics().botsByState.recalled === e.botCount) recallComplete = e.time;
    }
    expect(woke).toBe(0);
    expect(recallComplete).toBeGreaterThanOrEqual(40);
    expect(recallComplete).toBeLessThan(80);
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

describe('schedule', () => {
  it('holds the redesigned rebuild at each layer until its checkpoint, and ends the treatment on time', () => {
    const e = scenarioEngine('young-patient-redesigned', 300, 800);
    expect(e.checkpoints).toEqual(REDESIGNED_CHECKPOINTS);
    const end = Math.round(40 / e.dt);
    // During the pauses between layers the swarm waits: the tooth shows one layer, then two, no more.
    for (const [pause, share] of [
      [10, 1 / 3],
      [20, 2 / 3],
    ] as const) {
      runTo(e, pause);
      const held = e.metrics().restoredFraction;
      expect(held, `at the ${pause} s checkpoint`).toBeGreaterThan(share * 0.9);
      expect(held, `at the ${pause} s checkpoint`).toBeLessThanOrEqual(share + 1e-6);
      runTo(e, pause + 3);
      expect(e.metrics().restoredFraction, `after the ${pause} s checkpoint`).toBeGreaterThan(share + 1e-3);
    }
    run(e, end - 1 - e.steps);
    expect(e.inAftermath).toBe(false);
    expect(e.metrics().botsByState.recalled).toBe(0);
    e.step();
    expect(e.steps).toBe(end);
    expect(e.inAftermath).toBe(true);
    expect(e.metrics().botsByState.recalled).toBeGreaterThan(0);
  });

  it('has no checkpoints in the original protocol unless configured, and sorts custom ones', () => {
    expect(scenarioEngine('first-patient', 200, 600).checkpoints).toEqual([]);
    const config = {
      seed: 1,
      bots: 100,
      protocol: 'original' as const,
      genotype: {},
      checkpoints: [
        { id: 'late', time: 7 },
        { id: 'look', time: 2.5 },
      ],
    };
    const custom = new Engine(standIn('caries', 600), config, deltaE00);
    expect(custom.checkpoints).toEqual([
      { id: 'look', time: 2.5 },
      { id: 'late', time: 7 },
    ]);
    // The pauses are part of the run: a state taken with other pauses does not restore into it.
    const other = new Engine(standIn('caries', 600), { ...config, checkpoints: [] }, deltaE00);
    expect(() => custom.restore(other.snapshot())).toThrow(/another run/);
  });

  it('puts the schedule back with a restored snapshot', () => {
    const e = scenarioEngine('ivy-redesigned', 300, 800);
    runTo(e, 5);
    const snap = e.snapshot();
    runTo(e, 45);
    const at45 = e.hash();
    expect(e.inAftermath).toBe(true);
    e.restore(snap);
    expect(e.inAftermath).toBe(false);
    expect(e.metrics().restoredFraction).toBeLessThanOrEqual(1 / 3 + 1e-6);
    runTo(e, 45);
    expect(e.hash()).toBe(at45);
  });
});
