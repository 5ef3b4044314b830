import { describe, expect, it } from 'vitest';
import { deltaE00 } from '../../../renderer/colour';
import { Engine } from '../../../renderer/engine/engine';
import { EngineInputError } from '../../../renderer/engine/validation';
import type { EngineSnapshot } from '../../../renderer/engine/types';
import { run, scenarioEngine, standIn } from './fixtures';

describe('determinism', () => {
  it('gives the same hash for the same seed, step by step, in both protocols', () => {
    for (const id of ['ivy', 'young-patient-redesigned'] as const) {
      const a = scenarioEngine(id, 600, 1200);
      const b = scenarioEngine(id, 600, 1200);
      expect(a.hash()).toBe(b.hash());
      for (let i = 0; i < 1000; i++) {
        a.step();
        b.step();
        if (i % 97 === 0) expect(a.hash()).toBe(b.hash());
      }
      expect(a.hash()).toBe(b.hash());
      expect(a.metrics()).toEqual(b.metrics());
    }
  });

  it('gives another hash for another seed, and the runs really differ', () => {
    const a = run(scenarioEngine('ivy', 600, 1200), 300);
    const b = run(scenarioEngine('ivy', 600, 1200, { seed: 9999 }), 300);
    expect(a.hash()).not.toBe(b.hash());
    let differ = 0;
    for (let i = 0; i < a.botPositions.length; i++) if (a.botPositions[i] !== b.botPositions[i]) differ++;
    expect(differ).toBeGreaterThan(a.botPositions.length / 2);
  });

  it('changes the hash when any part of the state changes', () => {
    const e = run(scenarioEngine('first-patient', 300, 800), 50);
    const before = e.hash();
    e.step();
    expect(e.hash()).not.toBe(before);
    const again = e.hash();
    expect(e.hash()).toBe(again); // hashing does not change the state
  });

  it('restores a snapshot exactly: same hash, same future, including the random state and dt', () => {
    // The original protocol draws wake times from the PRNG while running, so the PRNG state matters.
    const e = scenarioEngine('ivy', 800, 1200);
    run(e, 700);
    const snap = e.snapshot();
    const hashAt700 = e.hash();
    run(e, 400); // past the end of the treatment: bots embed and draw wake times
    const hashAt1100 = e.hash();
    const metricsAt1100 = e.metrics();

    e.restore(snap);
    expect(e.steps).toBe(700);
    expect(e.time).toBeCloseTo(35, 9);
    expect(e.dt).toBe(0.05);
    expect(e.hash()).toBe(hashAt700);
    run(e, 400);
    expect(e.hash()).toBe(hashAt1100);
    expect(e.metrics()).toEqual(metricsAt1100);

    // Into a fresh engine of the same run, after a structured clone (as between worker and page).
    const fresh = scenarioEngine('ivy', 800, 1200);
    fresh.restore(structuredClone(snap));
    expect(fresh.hash()).toBe(hashAt700);
    run(fresh, 400);
    expect(fresh.hash()).toBe(hashAt1100);
  });

  it('keeps dt in the snapshot and the hash', () => {
    const slow = scenarioEngine('first-patient', 200, 600, { dt: 0.1 });
    expect(slow.dt).toBe(0.1);
    run(slow, 10);
    const snap = slow.snapshot();
    expect(snap.dt).toBe(0.1);
    expect(slow.time).toBeCloseTo(1, 12);
    const other = scenarioEngine('first-patient', 200, 600, { dt: 0.1 });
    other.restore(snap);
    expect(other.dt).toBe(0.1);
    expect(other.hash()).toBe(slow.hash());
    const defaultDt = run(scenarioEngine('first-patient', 200, 600), 20);
    expect(defaultDt.time).toBeCloseTo(1, 12);
    expect(defaultDt.hash()).not.toBe(slow.hash());
  });

  it('makes snapshots of owned buffers that can all be transferred', () => {
    const e = run(scenarioEngine('child', 300, 800), 30);
    const snap = e.snapshot();
    const buffers = [
      snap.scalars.buffer,
      snap.prng.buffer,
      ...Object.values(snap.arrays).map((a) => a.buffer),
    ];
    expect(new Set(buffers).size).toBe(buffers.length);
    for (const a of [snap.scalars, snap.prng, ...Object.values(snap.arrays)]) expect(a.byteOffset).toBe(0);
    // A snapshot is a copy: stepping on does not change it.
    const copy = structuredClone(snap);
    run(e, 30);
    expect(snap).toEqual(copy);
  });

  it('refuses snapshots of another run or a damaged snapshot, and changes nothing when it does', () => {
    const e = run(scenarioEngine('ivy', 400, 900), 100);
    const before = e.hash();
    const other = run(scenarioEngine('ivy', 400, 900, { seed: 5 }), 100).snapshot();
    expect(() => e.restore(other)).toThrow(EngineInputError);
    expect(() => e.restore(other)).toThrow(/another run/);
    const good = e.snapshot();
    const bad: EngineSnapshot[] = [
      { ...good, format: 'x' as never },
      { ...good, steps: -1 },
      { ...good, dt: Number.NaN },
      { ...good, prng: new Uint32Array(3) },
      { ...good, arrays: { ...good.arrays, siteMineral: new Float64Array(3) } },
      { ...good, arrays: { ...good.arrays, botStates: new Float32Array(good.bots) } },
    ];
    const { botLoad: _dropped, ...missing } = good.arrays;
    bad.push({ ...good, arrays: missing });
    for (const s of bad) {
      expect(() => e.restore(s)).toThrow(EngineInputError);
      expect(e.hash()).toBe(before);
    }
    expect(() => e.restore(null as never)).toThrow(EngineInputError);
    expect(e.hash()).toBe(before);
  });

  it('does not depend on the object identity of the sites (same values, same run)', () => {
    const a = new Engine(
      standIn('mixed', 900, 3),
      { seed: 3, bots: 300, protocol: 'original', genotype: { ENAM: 0.4 } },
      deltaE00,
    );
    const b = new Engine(
      standIn('mixed', 900, 3),
      { seed: 3, bots: 300, protocol: 'original', genotype: { ENAM: 0.4 } },
      deltaE00,
    );
    run(a, 200);
    b.restore(a.snapshot());
    expect(b.hash()).toBe(a.hash());
  });
});
