// The story's cues: the clinical pauses are on the timeline from the start (scenario data, no run needed); the
// metric cues join them as each scenario's cue track arrives, and leave with a new tooth.
import { describe, expect, it } from 'vitest';
import { useApp } from '../../../renderer/state/store';
import { story } from '../../../renderer/state/storyModel';
import { CHAPTERS } from '../../../renderer/story';
import { detectCues, type MetricTrack } from '../../../renderer/timeline/cues';
import { getScenario } from '../../../renderer/timeline/scenarios';

const checkpointIds = () =>
  useApp
    .getState()
    .cues.filter((c) => c.kind === 'checkpoint')
    .map((c) => c.id);

/** Every checkpoint of every scenario the story shows (a scenario shown in two chapters may place one twice). */
const expected = [...new Set(CHAPTERS.map((c) => c.scenario))].flatMap((id) =>
  (getScenario(id)?.checkpoints ?? []).map((cp) => `${id}:checkpoint:${cp.id}`),
);

function track(scenario: string): MetricTrack {
  // ΔE00 max crosses 0.8 at 2 s and 1.8 at 4 s.
  const time = Float64Array.of(0, 2, 4, 6);
  return {
    scenario,
    count: 4,
    time,
    deltaE00Max: Float64Array.of(0, 1, 2, 2),
    shapeDeviationMmMax: new Float64Array(4),
    restoredFraction: new Float64Array(4),
    deltaE00Mean: Float64Array.of(0, 0.5, 1, 1),
    shapeDeviationMmMean: new Float64Array(4),
  };
}

describe('the story model', () => {
  it('places the clinical pauses on the timeline before any cue track has run', () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(checkpointIds())).toEqual(new Set(expected));
    const cues = useApp.getState().cues;
    for (let i = 1; i < cues.length; i++) expect(cues[i]!.time).toBeGreaterThanOrEqual(cues[i - 1]!.time);
  });

  it('adds metric cues from a track, keeps the pauses once each, and forgets only the metric cues for a new tooth', () => {
    const id = 'ivy-redesigned';
    const before = checkpointIds();
    story.addScenarioCues(id, detectCues(track(id), getScenario(id)!.checkpoints), track(id));
    const cues = useApp.getState().cues;
    expect(cues.some((c) => c.id === `${id}:colour-unacceptable`)).toBe(true);
    expect(checkpointIds()).toEqual(before);
    expect(story.trackOf(id)?.count).toBe(4);
    story.clearCues();
    expect(useApp.getState().cues.some((c) => c.kind !== 'checkpoint')).toBe(false);
    expect(checkpointIds()).toEqual(before);
    expect(story.trackOf(id)).toBeUndefined();
  });
});
