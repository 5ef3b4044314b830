// The run's schedule: the layers of the rebuild, the clinical pauses (checkpoints), the end of the treatment.
// The step finds what is due by comparing its step count with the step of the next scheduled change, so the
// common step does no float work outside the bot loop; these functions work out those steps.
import { REDESIGNED_CHECKPOINTS } from './constants';
import type { Checkpoint, EngineConfig } from './types';

/** "Not scheduled": a step count no run reaches (and a small integer for the JIT). */
export const NEVER = 0x3fffffff;

/** The config's pauses (by default the redesigned protocol's, none for the original), sorted by time. */
export function sortedCheckpoints(config: EngineConfig): readonly Checkpoint[] {
  const cps = config.checkpoints ?? (config.protocol === 'redesigned' ? REDESIGNED_CHECKPOINTS : []);
  return cps
    .map((c, i) => ({ c, i }))
    .sort((p, q) => p.c.time - q.c.time || p.i - q.i)
    .map(({ c }) => ({ id: c.id, time: c.time }));
}

/**
 * First step whose time (steps × dt) reaches `time`, within a nanosecond: the first n with
 * `n * dt >= time - 1e-9` (how the end of the treatment is found).
 */
export function stepAt(time: number, dt: number): number {
  let n = Math.max(0, Math.round(time / dt));
  while (n * dt < time - 1e-9) n++;
  while (n > 0 && (n - 1) * dt >= time - 1e-9) n--;
  return n;
}

/**
 * First step at which something scheduled for `time` is due: the first n with `time <= n * dt + 1e-9`
 * (how layers and checkpoints compare their time with the step's), and not before `stepAt(time)`, the step
 * a change is looked for. The two agree but for rounding at the nanosecond; the later is the one that acted.
 */
export function dueAt(time: number, dt: number): number {
  let n = stepAt(time, dt);
  while (!(time <= n * dt + 1e-9)) n++;
  return n;
}

/** Share of the rebuild allowed in layer i of a rebuild in `layers` layers. */
export function layerFraction(layers: number, i: number): number {
  return Math.min(1, (i + 1) / layers);
}

/**
 * A run's schedule in steps, worked out once for a step length (at the start, and again after a restore):
 * within a step, what is due is then found by comparing integers, which allocates nothing (times passed to
 * a function V8 does not inline are boxed on the heap).
 */
export class ScheduleSteps {
  /** Step at which each layer of the rebuild starts. */
  readonly layers: Int32Array;
  /** Step at which each checkpoint (sorted by time) comes. */
  readonly checkpoints: Int32Array;
  /** Step at which the treatment ends. */
  readonly treatmentEnd: number;

  constructor(
    layerStarts: readonly number[],
    checkpoints: readonly Checkpoint[],
    treatmentSeconds: number,
    dt: number,
  ) {
    this.layers = Int32Array.from(layerStarts, (t) => dueAt(t, dt));
    this.checkpoints = Int32Array.from(checkpoints, (c) => dueAt(c.time, dt));
    this.treatmentEnd = stepAt(treatmentSeconds, dt);
  }

  /** The layer in force at step n, given that `layer` is. */
  layerAt(layer: number, n: number): number {
    const layers = this.layers;
    while (layer + 1 < layers.length && layers[layer + 1]! <= n) layer++;
    return layer;
  }

  /** How many checkpoints have come by step n, given that `passed` have. */
  checkpointsPassedAt(passed: number, n: number): number {
    const cps = this.checkpoints;
    while (passed < cps.length && cps[passed]! <= n) passed++;
    return passed;
  }

  /**
   * The step of the next scheduled change after step n (a layer, the end of the treatment or a checkpoint;
   * NEVER when none is left).
   */
  nextAfter(n: number, inTreatment: boolean, layer: number, checkpointsPassed: number): number {
    let next = NEVER;
    if (inTreatment) {
      next = Math.min(next, this.treatmentEnd);
      if (layer + 1 < this.layers.length) next = Math.min(next, this.layers[layer + 1]!);
    }
    if (checkpointsPassed < this.checkpoints.length)
      next = Math.min(next, this.checkpoints[checkpointsPassed]!);
    return Math.max(next, n + 1);
  }
}
