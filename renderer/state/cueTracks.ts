// The cue track of every scenario in the story, computed in a worker from the same deterministic run as on
// screen, so each metric cue lands on the timeline where the run crosses its threshold. The clinical pauses
// need no run: the story places them from the scenarios' data (storyModel.ts).
import type { ToothModel } from '../mesh';
import { detectCues } from '../timeline/cues';
import { getScenario } from '../timeline/scenarios';
import { TrackClient } from '../worker/trackClient';
import { runOf, sitesFor } from './runs';
import { story } from './storyModel';

let tracks: TrackClient | null = null;

/** Forget the cues of the previous tooth and compute this tooth's: the scenario `first` first, then in story order. */
export async function computeCueTracks(tooth: ToothModel, first: string): Promise<void> {
  tracks?.dispose();
  story.clearCues();
  const client = new TrackClient();
  tracks = client;
  const order = [first, ...story.chapters.map((c) => c.scenario)].filter(
    (id, i, all) => all.indexOf(id) === i,
  );
  for (const id of order) {
    const scenario = getScenario(id);
    if (!scenario) continue;
    try {
      const run = runOf(scenario);
      const track = await client.compute(id, run.config, sitesFor(tooth, scenario), run.endTime);
      if (tracks !== client) return; // a newer tooth took over
      story.addScenarioCues(id, detectCues(track), track);
    } catch (err) {
      if (tracks !== client) return;
      console.warn(`Tooth Rebirth: no cue markers for ${id}:`, err instanceof Error ? err.message : err);
    }
  }
}
