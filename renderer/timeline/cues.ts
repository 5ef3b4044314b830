// Cues: moments computed from the engine's metrics as a scenario runs (thresholds from science.md), placed on
// the story clock. They come from the same deterministic run as the picture, so they fire at the same story
// time in every run, and scrubbing back before a cue hides it again.
import { ACCEPTABILITY_THRESHOLD_DE00, PERCEPTIBILITY_THRESHOLD_DE00 } from '../colour/thresholds';
import { upperBound } from '../engine/search';
import type { StoryClock } from './storyClock';

export type CueKind =
  | 'colour-perceptible'
  | 'colour-unacceptable'
  | 'shape-deviation'
  | 'checkpoint'
  | 'restored';

/** The thresholds the cues fire at: ΔE00 from the colour layer (Paravina et al. 2015); shape and restoration as stated. */
export const THRESHOLDS = {
  /** 50:50 perceptibility threshold, ΔE00. */
  perceptible: PERCEPTIBILITY_THRESHOLD_DE00,
  /** 50:50 acceptability threshold, ΔE00. */
  acceptable: ACCEPTABILITY_THRESHOLD_DE00,
  /** Shape deviation from the target surface that the story calls out, mm. */
  shapeMm: 0.1,
  /** Fraction of the lesion deficit rebuilt that counts as fully restored. */
  restored: 0.99,
} as const;

/** Metrics sampled along one scenario run, struct-of-arrays, in time order. */
export interface MetricTrack {
  readonly scenario: string;
  readonly count: number;
  readonly time: Float64Array;
  readonly deltaE00Max: Float64Array;
  readonly shapeDeviationMmMax: Float64Array;
  readonly restoredFraction: Float64Array;
  /** Means over the lesion's sites, for the charts. */
  readonly deltaE00Mean: Float64Array;
  readonly shapeDeviationMmMean: Float64Array;
}

export interface ScenarioCue {
  readonly id: string;
  readonly kind: CueKind;
  readonly scenario: string;
  /** Scenario-local simulated seconds. */
  readonly localTime: number;
  readonly checkpointId?: string;
}

export interface StoryCue extends ScenarioCue {
  /** Story-clock seconds. */
  readonly time: number;
  readonly chapterIndex: number;
}

function firstCrossing(times: Float64Array, values: Float64Array, count: number, threshold: number): number {
  // The first sample at or above the threshold after one below it (a cue marks a change, not a start state).
  let wasBelow = false;
  for (let i = 0; i < count; i++) {
    const v = values[i]!;
    if (v < threshold) wasBelow = true;
    else if (wasBelow) return times[i]!;
  }
  return Number.NaN;
}

/** The cues of one scenario run: first upward crossing of each threshold, plus the protocol's checkpoints. */
export function detectCues(
  track: MetricTrack,
  checkpoints: readonly { id: string; time: number }[] = [],
): ScenarioCue[] {
  const { time, count, scenario } = track;
  const found: ScenarioCue[] = [];
  const add = (kind: CueKind, localTime: number) => {
    if (Number.isFinite(localTime)) found.push({ id: `${scenario}:${kind}`, kind, scenario, localTime });
  };
  add('colour-perceptible', firstCrossing(time, track.deltaE00Max, count, THRESHOLDS.perceptible));
  add('colour-unacceptable', firstCrossing(time, track.deltaE00Max, count, THRESHOLDS.acceptable));
  add('shape-deviation', firstCrossing(time, track.shapeDeviationMmMax, count, THRESHOLDS.shapeMm));
  add('restored', firstCrossing(time, track.restoredFraction, count, THRESHOLDS.restored));
  found.push(...checkpointCues(scenario, checkpoints));
  return found.sort((a, b) => a.localTime - b.localTime || a.id.localeCompare(b.id));
}

/** A scenario's clinical pauses as cues: known from the scenario's data, before any run. */
export function checkpointCues(
  scenario: string,
  checkpoints: readonly { id: string; time: number }[],
): ScenarioCue[] {
  return checkpoints.map((cp) => ({
    id: `${scenario}:checkpoint:${cp.id}`,
    kind: 'checkpoint',
    scenario,
    localTime: cp.time,
    checkpointId: cp.id,
  }));
}

/**
 * Place scenario cues on the story clock: a cue appears in each chapter that shows its scenario at its moment.
 * A chapter's span is [from, to); the story's very last moment belongs to the last chapter.
 */
export function placeCues(clock: StoryClock, cues: readonly ScenarioCue[]): StoryCue[] {
  const out: StoryCue[] = [];
  const last = clock.segments.length - 1;
  for (const seg of clock.segments) {
    for (const cue of cues) {
      if (cue.scenario !== seg.scenario) continue;
      const inside =
        cue.localTime >= seg.from &&
        (cue.localTime < seg.to || (seg.index === last && cue.localTime === seg.to));
      if (inside) out.push({ ...cue, time: seg.start + (cue.localTime - seg.from), chapterIndex: seg.index });
    }
  }
  return out.sort((a, b) => a.time - b.time || a.id.localeCompare(b.id));
}

// The list `firedCount` searches, read by a module-scope key so the per-frame call allocates no closure.
const NONE: readonly StoryCue[] = [];
let searched = NONE;
const cueTime = (i: number): number => searched[i]!.time;

/** How many of the (time-sorted) cues have fired by story time t. */
export function firedCount(cues: readonly StoryCue[], t: number): number {
  searched = cues;
  const n = upperBound(cues.length, cueTime, t);
  searched = NONE; // holds no list past the call
  return n;
}

/** What `computeTrack` needs of an engine (types only: the timeline never builds one itself). */
export interface TrackEngine {
  readonly dt: number;
  readonly steps: number;
  step(): void;
  metrics(): {
    deltaE00: { max: number; mean: number };
    shapeDeviationMm: { max: number; mean: number };
    restoredFraction: number;
  };
}

/**
 * Run a scenario from its current state to `endTime`, sampling the metrics every `sampleEvery` steps (and at
 * the start). The same seed and configuration give the same track as the run on screen, step for step.
 */
export function computeTrack(
  scenario: string,
  engine: TrackEngine,
  endTime: number,
  sampleEvery = 10,
  onProgress?: (fraction: number) => void,
): MetricTrack {
  const endStep = Math.round(endTime / engine.dt);
  const count = Math.floor((endStep - engine.steps) / sampleEvery) + 1;
  const track = {
    scenario,
    count,
    time: new Float64Array(count),
    deltaE00Max: new Float64Array(count),
    shapeDeviationMmMax: new Float64Array(count),
    restoredFraction: new Float64Array(count),
    deltaE00Mean: new Float64Array(count),
    shapeDeviationMmMean: new Float64Array(count),
  };
  for (let i = 0; i < count; i++) {
    if (i > 0) for (let k = 0; k < sampleEvery; k++) engine.step();
    const m = engine.metrics();
    track.time[i] = engine.steps * engine.dt;
    track.deltaE00Max[i] = m.deltaE00.max;
    track.shapeDeviationMmMax[i] = m.shapeDeviationMm.max;
    track.restoredFraction[i] = m.restoredFraction;
    track.deltaE00Mean[i] = m.deltaE00.mean;
    track.shapeDeviationMmMean[i] = m.shapeDeviationMm.mean;
    if (onProgress && i % 16 === 0) onProgress(i / count);
  }
  return track;
}
