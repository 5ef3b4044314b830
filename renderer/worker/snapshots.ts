// Snapshots of the engine state, at every K-th step, kept under a memory budget.
//
// Seeking restores the nearest snapshot at or before the target and steps forward, so a seek costs at most
// K - 1 steps plus one restore and lands exactly where a straight run would. When the snapshots outgrow the
// budget, K doubles and every other snapshot goes: spacing stays uniform and memory stays bounded.
import { lastAtOrBefore, lowerBound } from '../engine/search';
import type { EngineSnapshot } from './engineTypes';

export interface StoredSnapshot {
  readonly steps: number;
  readonly snapshot: EngineSnapshot;
  readonly bytes: number;
}

/** Bytes held by the typed arrays of a snapshot (nested plain objects and arrays included). */
export function snapshotBytes(value: unknown, depth = 0): number {
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (depth > 4 || value === null || typeof value !== 'object') return 0;
  let total = 0;
  if (Array.isArray(value)) {
    for (const v of value) total += snapshotBytes(v, depth + 1);
    return total;
  }
  for (const key of Object.keys(value))
    total += snapshotBytes((value as Record<string, unknown>)[key], depth + 1);
  return total;
}

export const DEFAULT_SNAPSHOT_BUDGET = 256 * 1024 * 1024;
/** Denser snapshots than this buy little: a handful of steps is cheaper than the restore itself. */
export const MIN_SNAPSHOT_EVERY = 8;

/**
 * Spacing that lets snapshots over the whole timeline fit the budget, given the size of one snapshot.
 * Always at least MIN_SNAPSHOT_EVERY and at most the timeline's length.
 */
export function snapshotSpacing(endStep: number, bytesPerSnapshot: number, budgetBytes: number): number {
  const fit = Math.max(1, Math.floor(budgetBytes / Math.max(1, bytesPerSnapshot)));
  const every = Math.ceil(endStep / fit);
  return Math.max(MIN_SNAPSHOT_EVERY, Math.min(Math.max(1, endStep), every));
}

export class SnapshotStore {
  /** Sorted by step, ascending; unique steps. */
  private readonly list: StoredSnapshot[] = [];
  private readonly stepOf = (i: number): number => this.list[i]!.steps;
  private bytes = 0;
  private spacing: number;

  constructor(
    every: number,
    readonly budgetBytes: number = DEFAULT_SNAPSHOT_BUDGET,
  ) {
    if (!Number.isInteger(every) || every < 1)
      throw new RangeError(`snapshot spacing must be a positive integer`);
    this.spacing = every;
  }

  /** Steps between regular snapshots. */
  get every(): number {
    return this.spacing;
  }

  get count(): number {
    return this.list.length;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /** Whether a regular snapshot belongs at this step and is missing. */
  due(steps: number): boolean {
    return steps % this.spacing === 0 && this.indexOf(steps) < 0;
  }

  has(steps: number): boolean {
    return this.indexOf(steps) >= 0;
  }

  /** The snapshot with the greatest step at or before `steps`, or null. */
  floor(steps: number): StoredSnapshot | null {
    const i = lastAtOrBefore(this.list.length, this.stepOf, steps);
    return i < 0 ? null : this.list[i]!;
  }

  /** Steps of all snapshots, ascending (for tests and diagnostics). */
  steps(): number[] {
    return this.list.map((c) => c.steps);
  }

  /** Stores a snapshot taken at `steps`, replacing any at the same step, then keeps within the budget. */
  add(steps: number, snapshot: EngineSnapshot): StoredSnapshot {
    const stored: StoredSnapshot = { steps, snapshot, bytes: snapshotBytes(snapshot) };
    const at = lowerBound(this.list.length, this.stepOf, steps);
    if (at < this.list.length && this.list[at]!.steps === steps) {
      this.bytes -= this.list[at]!.bytes;
      this.list[at] = stored;
    } else {
      this.list.splice(at, 0, stored);
    }
    this.bytes += stored.bytes;
    this.thin();
    return stored;
  }

  private thin(): void {
    // The snapshot at step 0 always stays: every state is reachable from it.
    while (this.bytes > this.budgetBytes && this.list.length > 1) {
      this.spacing *= 2;
      let w = 0;
      let bytes = 0;
      for (let r = 0; r < this.list.length; r++) {
        const c = this.list[r]!;
        if (c.steps === 0 || c.steps % this.spacing === 0) {
          this.list[w++] = c;
          bytes += c.bytes;
        }
      }
      this.list.length = w;
      this.bytes = bytes;
    }
  }

  private indexOf(steps: number): number {
    const i = lowerBound(this.list.length, this.stepOf, steps);
    return i < this.list.length && this.list[i]!.steps === steps ? i : -1;
  }
}
