// The story on one clock: chapters from renderer/story laid end to end, and the cues known so far: the
// clinical pauses from the start (scenario data), the metric cues as each scenario's cue track arrives.
// `sync(t)` updates the slow state only when something a person can see changes (chapter, fired cues).
import { CHAPTERS } from '../story';
import { firedCount, type MetricTrack, placeCues, type ScenarioCue, type StoryCue } from '../timeline/cues';
import { StoryClock } from '../timeline/storyClock';
import { scenarioCheckpoints } from './checkpoints';
import { live } from './live';
import { voicesOf } from './pacing';
import { useApp } from './store';

const clock = new StoryClock(CHAPTERS);
live.duration = clock.duration;
const checkpoints = scenarioCheckpoints(clock);
/** Metric cues per scenario, from its cue track. */
const scenarioCues = new Map<string, ScenarioCue[]>();
/** Each scenario's metrics along its whole run (the cue track), for charts that show history after a scrub. */
const tracks = new Map<string, MetricTrack>();
let placed: StoryCue[] = [];
place();

function place(): void {
  // Sorted keys: the order of the placed list never depends on which scenario finished first.
  const metric = [...scenarioCues.keys()].sort().flatMap((k) => scenarioCues.get(k) ?? []);
  placed = placeCues(clock, [...checkpoints, ...metric]);
  useApp.setState({ cues: placed, fired: firedCount(placed, live.time) });
}

/** The voices of chapter `index`, the lead first. */
function charactersIn(index: number): string[] {
  const chapter = CHAPTERS[index];
  return chapter ? voicesOf(chapter).map((p) => p.character) : [];
}

function sync(t: number): void {
  const s = useApp.getState();
  const index = clock.indexAt(t);
  const fired = firedCount(placed, t);
  if (index !== s.chapterIndex || fired !== s.fired || s.perspective === '') {
    const present = charactersIn(index);
    // A new chapter opens on its lead voice; within a chapter the reader's choice stays.
    const keep = index === s.chapterIndex && present.includes(s.perspective);
    const perspective = keep ? s.perspective : (present[0] ?? '');
    useApp.setState({ chapterIndex: index, fired, perspective });
  }
}

/** Record the metric cues of a scenario run (computed once per scenario from its metric track), and the track. */
function addScenarioCues(scenario: string, cues: ScenarioCue[], track?: MetricTrack): void {
  scenarioCues.set(
    scenario,
    cues.filter((c) => c.kind !== 'checkpoint'),
  );
  if (track) tracks.set(scenario, track);
  place();
}

/** Forget every metric cue (a new tooth changes every run); the clinical pauses stay, they are the protocol's. */
function clearCues(): void {
  scenarioCues.clear();
  tracks.clear();
  place();
}

function trackOf(scenario: string): MetricTrack | undefined {
  return tracks.get(scenario);
}

export const story = { clock, chapters: CHAPTERS, charactersIn, sync, addScenarioCues, clearCues, trackOf };
