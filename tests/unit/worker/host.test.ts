import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimHost } from '../../../renderer/worker/host';
import { config, endTime, makeEngine, sites, straightHashes } from './fixture';
import { createEngine } from '../../../renderer/worker/engineFactory';

function host(opts: { every?: number; budget?: number } = {}): SimHost {
  return new SimHost({
    createEngine: makeEngine,
    endTime,
    ...(opts.every !== undefined ? { snapshotEvery: opts.every } : {}),
    ...(opts.budget !== undefined ? { snapshotBudgetBytes: opts.budget } : {}),
  });
}

describe('SimHost seeking', () => {
  const straight = straightHashes();
  const endStep = straight.length - 1;

  it('seeking to random moments in random order matches a straight run', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: endTime, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 5, max: 200 }),
        (times, every) => {
          const h = host({ every });
          for (const t of times) {
            const target = h.stepsAt(t);
            h.moveTo(target);
            expect(h.steps).toBe(target);
            expect(h.engine.hash()).toBe(straight[target]);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('stays exact when the budget forces snapshots to thin out', () => {
    const bytes = host().snapshots.totalBytes;
    const h = host({ every: 10, budget: bytes * 6 });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: endStep }), { minLength: 1, maxLength: 20 }),
        (steps) => {
          for (const s of steps) {
            h.moveTo(s);
            expect(h.engine.hash()).toBe(straight[s]);
          }
          expect(h.snapshots.totalBytes).toBeLessThanOrEqual(bytes * 6);
        },
      ),
      { numRuns: 20 },
    );
    expect(h.snapshots.every).toBeGreaterThan(10);
  });

  it('fills snapshots ahead with a second engine, and those snapshots are exact', () => {
    const h = host({ every: 50 });
    h.moveTo(30);
    const before = h.engine.hash();
    let rounds = 0;
    while (h.fillAhead(7)) rounds++;
    expect(rounds).toBeGreaterThan(10);
    expect(h.filled()).toBe(true);
    expect(h.coveredSteps()).toBe(Math.floor(endStep / 50) * 50);
    // The playhead did not move.
    expect(h.steps).toBe(30);
    expect(h.engine.hash()).toBe(before);
    for (const s of h.snapshots.steps()) {
      h.moveTo(s);
      expect(h.engine.hash()).toBe(straight[s]);
    }
  });

  it('moves by steps forwards and backwards, clamped to the timeline', () => {
    const h = host({ every: 40 });
    h.stepBy(25);
    expect(h.engine.hash()).toBe(straight[25]);
    h.stepBy(-10);
    expect(h.engine.hash()).toBe(straight[15]);
    h.stepBy(-100);
    expect(h.steps).toBe(0);
    h.moveTo(endStep);
    h.stepBy(5);
    expect(h.steps).toBe(endStep);
    expect(h.engine.hash()).toBe(straight[endStep]);
  });

  it('reports a jump only after a restore', () => {
    const h = host({ every: 20 });
    expect(h.takeJumped()).toBe(true);
    h.moveTo(10);
    expect(h.takeJumped()).toBe(false);
    h.moveTo(5);
    expect(h.takeJumped()).toBe(true);
  });

  it('resumes in a fresh host from a snapshot stored by another', () => {
    const a = host({ every: 30 });
    a.moveTo(200);
    const from = a.floorSnapshot();
    expect(from.steps).toBe(180);
    const b = host({ every: 30 });
    b.restore(from.snapshot);
    expect(b.engine.hash()).toBe(straight[180]);
    b.moveTo(200);
    expect(b.engine.hash()).toBe(straight[200]);
    expect(b.snapshots.has(180)).toBe(true);
  });
});

describe('SimHost bad input', () => {
  it('rejects times that are not finite and >= 0, and clamps past the end', () => {
    const h = host();
    expect(() => h.stepsAt(Number.NaN)).toThrow(/finite number/);
    expect(() => h.stepsAt(-1)).toThrow(/finite number/);
    expect(() => h.stepsAt(Number.POSITIVE_INFINITY)).toThrow(/finite number/);
    expect(h.stepsAt(endTime + 100)).toBe(h.endStep);
    expect(() => h.moveTo(2.5)).toThrow(/integer/);
    expect(() => h.stepBy(0.5)).toThrow(/integer/);
  });

  it('refuses a snapshot of another run and keeps its state', () => {
    const h = host();
    h.moveTo(40);
    const hash = h.engine.hash();
    const other = createEngine(sites, { ...config, seed: config.seed + 1 });
    other.step();
    expect(() => h.restore(other.snapshot())).toThrow(/another run/);
    const otherDt = createEngine(sites, { ...config, dt: 0.025 });
    expect(() => h.restore(otherDt.snapshot())).toThrow(/time step/);
    expect(h.steps).toBe(40);
    expect(h.engine.hash()).toBe(hash);
  });

  it('rejects a timeline end that is not a positive number', () => {
    expect(() => new SimHost({ createEngine: makeEngine, endTime: 0 })).toThrow(/endTime/);
    expect(() => new SimHost({ createEngine: makeEngine, endTime: Number.NaN })).toThrow(/endTime/);
  });
});
