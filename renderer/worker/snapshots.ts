// Checkpoints of the engine state, at every K-th step, kept under a memory budget.
//
// Seeking restores the nearest checkpoint at or before the target and steps forward, so a seek costs at most
// K - 1 steps plus one restore and lands exactly where a straight run would. When the checkpoints outgrow
// the budget, K doubles and every other checkpoint goes: spacing stays uniform and memory stays bounded.
import type { EngineSnapshot } from './engineTypes';

export interface Checkpoint {
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

export const DEFAULT_CHECKPOINT_BUDGET = 256 * 1024 * 1024;
/** Denser checkpoints than this buy little: a handful of steps is cheaper than the restore itself. */
export const MIN_CHECKPOINT_EVERY = 8;

/**
 * Spacing that lets checkpoints over the whole timeline fit the budget, given the size of one snapshot.
 * Always at least MIN_CHECKPOINT_EVERY and at most the timeline's length.
 */
export function checkpointSpacing(endStep: number, bytesPerSnapshot: number, budgetBytes: number): number {
  const fit = Math.max(1, Math.floor(budgetBytes / Math.max(1, bytesPerSnapshot)));
  const every = Math.ceil(endStep / fit);
  return Math.max(MIN_CHECKPOINT_EVERY, Math.min(Math.max(1, endStep), every));
}

export class CheckpointStore {
  /** Sorted by step, ascending; unique steps. */
  private readonly list: Checkpoint[] = [];
  private bytes = 0;
  private spacing: number;

  constructor(
    every: number,
    readonly budgetBytes: number = DEFAULT_CHECKPOINT_BUDGET,
  ) {
    if (!Number.isInteger(every) || every < 1)
      throw new RangeError(`checkpoint spacing must be a positive integer`);
    this.spacing = every;
  }

  /** Steps between regular checkpoints. */
  get every(): number {
    return this.spacing;
  }

  get count(): number {
    return this.list.length;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /** The step of the last checkpoint, or -1 when empty. */
  get lastSteps(): number {
    return this.list.length === 0 ? -1 : this.list[this.list.length - 1]!.steps;
  }

  /** Whether a regular checkpoint belongs at this step and is missing. */
  due(steps: number): boolean {
    return steps % this.spacing === 0 && this.indexOf(steps) < 0;
  }

  has(steps: number): boolean {
    return this.indexOf(steps) >= 0;
  }

  /** The checkpoint with the greatest step at or before `steps`, or null. */
  floor(steps: number): Checkpoint | null {
    let lo = 0;
    let hi = this.list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid]!.steps <= steps) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found < 0 ? null : this.list[found]!;
  }

  /** Steps of all checkpoints, ascending (for tests and diagnostics). */
  steps(): number[] {
    return this.list.map((c) => c.steps);
  }

  /** Stores a snapshot taken at `steps`, replacing any at the same step, then keeps within the budget. */
  add(steps: number, snapshot: EngineSnapshot): Checkpoint {
    const cp: Checkpoint = { steps, snapshot, bytes: snapshotBytes(snapshot) };
    const at = this.insertionIndex(steps);
    if (at < this.list.length && this.list[at]!.steps === steps) {
      this.bytes -= this.list[at]!.bytes;
      this.list[at] = cp;
    } else {
      this.list.splice(at, 0, cp);
    }
    this.bytes += cp.bytes;
    this.thin();
    return cp;
  }

  clear(): void {
    this.list.length = 0;
    this.bytes = 0;
  }

  private thin(): void {
    // The checkpoint at step 0 always stays: every state is reachable from it.
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
    const i = this.insertionIndex(steps);
    return i < this.list.length && this.list[i]!.steps === steps ? i : -1;
  }

  private insertionIndex(steps: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid]!.steps < steps) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
