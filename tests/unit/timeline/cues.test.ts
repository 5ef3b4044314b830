import { describe, expect, it } from 'vitest';
import {
  detectCues,
  firedCount,
  type MetricTrack,
  placeCues,
  THRESHOLDS,
} from '../../../renderer/timeline/cues';
import { StoryClock } from '../../../renderer/timeline/storyClock';

function track(scenario: string, fn: (t: number) => [number, number, number]): MetricTrack {
  const count = 161;
  const t = new Float64Array(count);
  const de = new Float64Array(count);
  const sh = new Float64Array(count);
  const rf = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    t[i] = i * 0.5;
    [de[i], sh[i], rf[i]] = fn(t[i]!);
  }
  return {
    scenario,
    count,
    time: t,
    deltaE00Max: de,
    shapeDeviationMmMax: sh,
    restoredFraction: rf,
    deltaE00Mean: de.map((v) => v / 2),
    shapeDeviationMmMean: sh.map((v) => v / 2),
  };
}

describe('cues', () => {
  it('fires each threshold at its first upward crossing', () => {
    const ivy = track('ivy', (t) => [t * 0.05, t > 50 ? 0.3 : 0, Math.min(1, t / 30)]);
    const cues = detectCues(ivy);
    const at = (kind: string) => cues.find((c) => c.kind === kind)?.localTime;
    expect(at('colour-perceptible')).toBe(16); // 0.05 * 16 = 0.8
    expect(at('colour-unacceptable')).toBe(36); // 0.05 * 36 = 1.8
    expect(at('shape-deviation')).toBe(50.5);
    expect(at('restored')).toBeCloseTo(THRESHOLDS.restored * 30, 0);
  });

  it('fires no colour cue for a run that stays below the perceptibility threshold', () => {
    const good = track('first-patient', (t) => [0.3, 0.01, Math.min(1, t / 40)]);
    const kinds = detectCues(good).map((c) => c.kind);
    expect(kinds).toEqual(['restored']);
  });

  it('adds the protocol checkpoints and keeps time order', () => {
    const r = track('ivy-redesigned', () => [0.2, 0, 0.5]);
    const cues = detectCues(r, [
      { id: 'screen', time: 30 },
      { id: 'look', time: 10 },
    ]);
    expect(cues.map((c) => c.checkpointId)).toEqual(['look', 'screen']);
  });

  it('places cues in every chapter that shows their moment, and counts fired cues by time', () => {
    const clock = new StoryClock([
      { id: 'ivy-1', scenario: 'ivy', span: { from: 0, to: 40 } },
      { id: 'ivy-2', scenario: 'ivy', span: { from: 40, to: 80 } },
      { id: 'other', scenario: 'x', span: { from: 0, to: 40 } },
    ]);
    const cues = detectCues(track('ivy', (t) => [t * 0.05, 0, 0]));
    const placed = placeCues(clock, cues);
    expect(placed.map((c) => [c.kind, c.time, c.chapterIndex])).toEqual([
      ['colour-perceptible', 16, 0],
      ['colour-unacceptable', 36, 0],
    ]);
    expect(firedCount(placed, 0)).toBe(0);
    expect(firedCount(placed, 16)).toBe(1);
    expect(firedCount(placed, 35.9)).toBe(1);
    expect(firedCount(placed, 80)).toBe(2);
  });
});

describe('computeTrack', () => {
  it('samples a run at fixed steps and finds the same cues as the run itself', async () => {
    const { Engine } = await import('../../../renderer/engine');
    const { standInMolarSites } = await import('../../../renderer/engine');
    const { deltaE00 } = await import('../../../renderer/colour');
    const { engineConfigFor, getScenario } = await import('../../../renderer/timeline/scenarios');
    const { computeTrack, detectCues } = await import('../../../renderer/timeline/cues');
    const scenario = getScenario('ivy')!;
    const make = () => new Engine(standInMolarSites(), engineConfigFor(scenario, { bots: 300 }), deltaE00);
    const track = computeTrack('ivy', make(), 80, 20);
    expect(track.count).toBe(81);
    expect(track.time[80]).toBeCloseTo(80, 9);
    const cues = detectCues(track);
    const cue = cues.find((c) => c.kind === 'colour-unacceptable');
    expect(cue).toBeDefined();
    // Replaying the same scenario to the cue's moment shows the metric over the threshold, and one sample before
    // it under the threshold.
    const replay = make();
    const stepsAtCue = Math.round(cue!.localTime / replay.dt);
    while (replay.steps < stepsAtCue - 20) replay.step();
    expect(replay.metrics().deltaE00.max).toBeLessThan(1.8);
    while (replay.steps < stepsAtCue) replay.step();
    expect(replay.metrics().deltaE00.max).toBeGreaterThanOrEqual(1.8);
  });
});
