// The simulation host: one engine for the playhead, snapshots for exact seeking, and an optional second
// engine that fills snapshots ahead of the playhead while the worker is idle. No messaging here: the worker
// adapter (`server.ts`) calls these methods; tests and benchmarks call them directly.
import type { EngineSnapshot, SimEngine } from './engineTypes';
import {
  DEFAULT_SNAPSHOT_BUDGET,
  SnapshotStore,
  type StoredSnapshot,
  snapshotBytes,
  snapshotSpacing,
} from './snapshots';

export interface HostOptions {
  /** Makes a fresh engine at step 0 (same sites, same config every time). */
  createEngine: () => SimEngine;
  /** End of the timeline, simulated seconds. */
  endTime: number;
  snapshotEvery?: number;
  snapshotBudgetBytes?: number;
}

/** Called during long moves; return value ignored. */
export type ProgressFn = (steps: number, targetSteps: number) => void;

/** Steps between two progress reports during a long move. */
const PROGRESS_STRIDE = 16;

export class SimHost {
  readonly engine: SimEngine;
  readonly snapshots: SnapshotStore;
  readonly dt: number;
  readonly endStep: number;
  private scout: SimEngine | null = null;
  private readonly createEngine: () => SimEngine;
  /** Set when the engine's state jumped (restore): every site may differ from the last frame. */
  private jumped = true;

  constructor(opts: HostOptions) {
    if (!Number.isFinite(opts.endTime) || opts.endTime <= 0) {
      throw new RangeError(`endTime must be a positive number of seconds, got ${opts.endTime}`);
    }
    this.createEngine = opts.createEngine;
    this.engine = opts.createEngine();
    if (this.engine.steps !== 0) throw new Error('createEngine must return an engine at step 0');
    this.dt = this.engine.dt;
    this.endStep = Math.round(opts.endTime / this.dt);
    const first = this.engine.snapshot();
    const budget = opts.snapshotBudgetBytes ?? DEFAULT_SNAPSHOT_BUDGET;
    const every = opts.snapshotEvery ?? snapshotSpacing(this.endStep, snapshotBytes(first), budget);
    this.snapshots = new SnapshotStore(every, budget);
    this.snapshots.add(0, first);
  }

  get steps(): number {
    return this.engine.steps;
  }

  get time(): number {
    return this.engine.time;
  }

  /** The step a moment of the timeline falls on, clamped to the timeline. Rejects NaN and negative times. */
  stepsAt(time: number): number {
    if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) {
      throw new RangeError(`time must be a finite number of seconds >= 0, got ${String(time)}`);
    }
    return Math.min(this.endStep, Math.round(time / this.dt));
  }

  /**
   * Brings the engine to `target` steps by the cheapest exact path: straight on from where it is, or from
   * the nearest snapshot at or before the target when that is closer (always when moving back).
   */
  moveTo(target: number, onProgress?: ProgressFn): void {
    if (!Number.isInteger(target) || target < 0) throw new RangeError(`target step must be an integer >= 0`);
    const e = this.engine;
    const from = this.snapshots.floor(target);
    if (target < e.steps || (from !== null && from.steps > e.steps)) {
      if (from === null) throw new Error(`no snapshot at or before step ${target}`);
      e.restore(from.snapshot);
      this.jumped = true;
    }
    this.run(e, target, onProgress);
  }

  /** Moves by `n` steps (negative: back), clamped to the timeline. */
  stepBy(n: number, onProgress?: ProgressFn): void {
    if (!Number.isInteger(n)) throw new RangeError(`step count must be an integer, got ${String(n)}`);
    this.moveTo(Math.max(0, Math.min(this.endStep, this.engine.steps + n)), onProgress);
  }

  /** Replaces the state with a snapshot (one the page kept) and stores it with the others. */
  restore(snapshot: EngineSnapshot): void {
    // The engine checks that the snapshot belongs to this run and changes nothing when it does not; the
    // time step must also be this run's, or the timeline's steps would no longer line up.
    if (snapshot.dt !== this.dt) {
      throw new Error(`the snapshot's time step ${snapshot.dt} s is not this run's ${this.dt} s`);
    }
    this.engine.restore(snapshot);
    this.jumped = true;
    const steps = this.engine.steps;
    if (!this.snapshots.has(steps)) this.snapshots.add(steps, this.engine.snapshot());
  }

  /** True once after the state jumped, so the next frame carries every site. */
  takeJumped(): boolean {
    const j = this.jumped;
    this.jumped = false;
    return j;
  }

  /** The snapshot the current state would be rebuilt from. */
  floorSnapshot(): StoredSnapshot {
    return this.snapshots.floor(this.engine.steps)!;
  }

  /** Highest step such that every regular snapshot up to it exists (fill-ahead progress). */
  coveredSteps(): number {
    const every = this.snapshots.every;
    let s = 0;
    while (s + every <= this.endStep && this.snapshots.has(s + every)) s += every;
    return s;
  }

  /** Whether fill-ahead has snapshots for the whole timeline. */
  filled(): boolean {
    return this.coveredSteps() + this.snapshots.every > this.endStep;
  }

  /**
   * Runs the fill-ahead engine for up to `maxSteps` steps, storing snapshots as it passes them. Returns true
   * while more remains. The playhead engine is not touched.
   */
  fillAhead(maxSteps: number): boolean {
    if (this.filled()) return false;
    const from = this.coveredSteps();
    const every = this.snapshots.every;
    const scout = this.scout ?? this.createEngine();
    this.scout = scout;
    // Any state of a deterministic run is exact, so the scout continues from wherever it stands in this segment.
    if (scout.steps < from || scout.steps >= from + every) {
      scout.restore(this.snapshots.floor(from)!.snapshot);
    }
    const target = Math.min(this.endStep, from + every, scout.steps + maxSteps);
    this.run(scout, target);
    if (this.filled()) {
      this.scout = null;
      return false;
    }
    return true;
  }

  /** Fills every snapshot of the timeline now (benchmarks, tests). */
  fillAll(): void {
    while (this.fillAhead(1 << 20)) {
      // keep going
    }
  }

  private run(e: SimEngine, target: number, onProgress?: ProgressFn): void {
    const store = this.snapshots;
    let n = 0;
    while (e.steps < target) {
      e.step();
      if (store.due(e.steps)) store.add(e.steps, e.snapshot());
      if (onProgress !== undefined && ++n % PROGRESS_STRIDE === 0) onProgress(e.steps, target);
    }
  }
}
