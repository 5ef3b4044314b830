import { describe, expect, it } from 'vitest';
import type { EngineSnapshot } from '../../../renderer/worker/engineTypes';
import {
  MIN_SNAPSHOT_EVERY,
  SnapshotStore,
  snapshotBytes,
  snapshotSpacing,
} from '../../../renderer/worker/snapshots';

function fakeSnapshot(steps: number, bytes: number): EngineSnapshot {
  return {
    format: 'tooth-rebirth-engine/1',
    runKey: 'k',
    dt: 0.05,
    steps,
    bots: 1,
    sites: 1,
    scalars: new Float64Array(0),
    prng: new Uint32Array(0),
    arrays: { a: new Uint8Array(bytes) },
  };
}

describe('snapshotBytes', () => {
  it('adds up the typed arrays nested in a snapshot', () => {
    const s = {
      a: new Float32Array(10),
      b: { c: new Uint8Array(3), d: [new Float64Array(2)] },
      n: 5,
      t: 'x',
    };
    expect(snapshotBytes(s)).toBe(40 + 3 + 16);
  });
});

describe('snapshotSpacing', () => {
  it('fits the whole timeline into the budget', () => {
    const every = snapshotSpacing(1600, 4_000_000, 64_000_000);
    expect(Math.ceil(1600 / every + 1) * 4_000_000).toBeLessThanOrEqual(64_000_000 + 4_000_000);
    expect(every).toBeGreaterThanOrEqual(MIN_SNAPSHOT_EVERY);
  });

  it('never goes below the minimum spacing nor beyond the timeline', () => {
    expect(snapshotSpacing(1600, 1, 1e12)).toBe(MIN_SNAPSHOT_EVERY);
    expect(snapshotSpacing(100, 1e9, 1)).toBe(100);
  });
});

describe('SnapshotStore', () => {
  it('finds the nearest snapshot at or before a step', () => {
    const store = new SnapshotStore(10, 1e9);
    for (const s of [0, 10, 20, 40]) store.add(s, fakeSnapshot(s, 8));
    expect(store.floor(0)?.steps).toBe(0);
    expect(store.floor(9)?.steps).toBe(0);
    expect(store.floor(10)?.steps).toBe(10);
    expect(store.floor(39)?.steps).toBe(20);
    expect(store.floor(1000)?.steps).toBe(40);
    expect(store.floor(-1)).toBeNull();
    expect(store.due(30)).toBe(true);
    expect(store.due(20)).toBe(false);
    expect(store.due(25)).toBe(false);
  });

  it('replaces a snapshot at the same step without counting it twice', () => {
    const store = new SnapshotStore(10, 1e9);
    store.add(10, fakeSnapshot(10, 100));
    store.add(10, fakeSnapshot(10, 50));
    expect(store.count).toBe(1);
    expect(store.totalBytes).toBe(50);
  });

  it('keeps within its budget by doubling the spacing, and always keeps step 0', () => {
    const store = new SnapshotStore(10, 1000);
    for (let s = 0; s <= 300; s += 10) store.add(s, fakeSnapshot(s, 100));
    expect(store.totalBytes).toBeLessThanOrEqual(1000);
    expect(store.every).toBeGreaterThan(10);
    const steps = store.steps();
    expect(steps[0]).toBe(0);
    for (const s of steps) expect(s % store.every).toBe(0);
    // Uniform spacing: consecutive snapshots are exactly `every` apart.
    for (let i = 1; i < steps.length; i++) expect(steps[i]! - steps[i - 1]!).toBe(store.every);
  });

  it('rejects a spacing that is not a positive integer', () => {
    expect(() => new SnapshotStore(0)).toThrow(/positive integer/);
    expect(() => new SnapshotStore(2.5)).toThrow(/positive integer/);
  });
});
