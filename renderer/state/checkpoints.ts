// The redesigned protocol's clinical pauses on a story clock. They are the scenarios' data, known before any
// run: the timeline shows them and the controller stops on them from the start.
import { checkpointCues, placeCues, type ScenarioCue, type StoryCue } from '../timeline/cues';
import { getScenario } from '../timeline/scenarios';
import type { StoryClock } from '../timeline/storyClock';

/** The checkpoints of every scenario the clock shows, per scenario (scenario-local times). */
export function scenarioCheckpoints(clock: StoryClock): ScenarioCue[] {
  const ids = [...new Set(clock.segments.map((s) => s.scenario))];
  return ids.flatMap((id) => checkpointCues(id, getScenario(id)?.checkpoints ?? []));
}

/** The checkpoints placed on the story clock, time-sorted. */
export function checkpointsOn(clock: StoryClock): StoryCue[] {
  return placeCues(clock, scenarioCheckpoints(clock));
}
