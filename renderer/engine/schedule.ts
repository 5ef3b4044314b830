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

/** First step whose time (steps × dt) reaches `time`, within a nanosecond. */
export function stepAt(time: number, dt: number): number {
  let n = Math.max(0, Math.round(time / dt));
  while (n * dt < time - 1e-9) n++;
  while (n > 0 && (n - 1) * dt >= time - 1e-9) n--;
  return n;
}

/** Share of the rebuild allowed in layer i of a rebuild in `layers` layers. */
export function layerFraction(layers: number, i: number): number {
  return Math.min(1, (i + 1) / layers);
}

/** The layer in force at time t, given that `layer` is (layers start at `starts`, ascending). */
export function layerAt(starts: readonly number[], layer: number, t: number): number {
  while (layer + 1 < starts.length && starts[layer + 1]! <= t + 1e-9) layer++;
  return layer;
}

/** How many checkpoints have come by time t, given that `passed` have. */
export function checkpointsPassedAt(checkpoints: readonly Checkpoint[], passed: number, t: number): number {
  while (passed < checkpoints.length && checkpoints[passed]!.time <= t + 1e-9) passed++;
  return passed;
}

/**
 * The step of the next scheduled change after step `steps` (a layer, the end of the treatment or a checkpoint;
 * NEVER when none is left). Arguments rather than an object: it runs inside a step, which allocates nothing.
 */
export function nextScheduledStep(
  steps: number,
  dt: number,
  inTreatment: boolean,
  treatmentSeconds: number,
  layerStarts: readonly number[],
  layer: number,
  checkpoints: readonly Checkpoint[],
  checkpointsPassed: number,
): number {
  let next = NEVER;
  if (inTreatment) {
    next = Math.min(next, stepAt(treatmentSeconds, dt));
    if (layer + 1 < layerStarts.length) next = Math.min(next, stepAt(layerStarts[layer + 1]!, dt));
  }
  if (checkpointsPassed < checkpoints.length) {
    next = Math.min(next, stepAt(checkpoints[checkpointsPassed]!.time, dt));
  }
  return Math.max(next, steps + 1);
}
