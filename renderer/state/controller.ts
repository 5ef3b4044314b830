// The frame loop's brain: moves the story clock, keeps the simulation worker on the clock's moment, and copies
// the latest frame's figures into `live`. Called once per frame from the scene (`useFrame`); allocates nothing
// on the steady path.
import type { SiteField } from '../engine/types';
import { applyLesion, type ToothModel } from '../mesh';
import { detectCues } from '../timeline/cues';
import { engineConfigFor, getScenario, type Scenario, scenarioSeconds } from '../timeline/scenarios';
import type { Location } from '../timeline/storyClock';
import { SimClient } from '../worker/client';
import { TrackClient } from '../worker/trackClient';
import { live } from './live';
import { useTooth } from './model';
import { SPEED_FACTOR, useApp } from './store';
import { story } from './storyModel';

/** The clock waits for the engine when it falls this far behind (seconds), so the picture matches the clock. */
const MAX_LAG = 0.35;
/** A long frame (tab in the background, a breakpoint) never jumps the story by more than this. */
const MAX_FRAME_SECONDS = 0.1;

let client: SimClient | null = null;
let botsOverride: number | null = null;
let activeScenario = '';
let activeTooth: ToothModel | null = null;
let starting = false;
let tracks: TrackClient | null = null;
/** The tooth whose cue tracks are being computed (a new tooth starts them again). */
let trackedTooth: ToothModel | null = null;
const lesioned = new Map<string, SiteField>();
const loc: Location = { index: 0, scenario: '', localTime: 0 };

export function configureSim(options: { bots: number | null }): void {
  botsOverride = options.bots;
}

function simClient(): SimClient {
  if (!client) {
    client = SimClient.create();
    client.onError((e) => useApp.setState({ simStatus: 'error', simMessage: e.message }));
    client.onRestart(() => {
      live.seekPending = true;
    });
  }
  return client;
}

function sitesFor(tooth: ToothModel, scenario: Scenario): SiteField {
  const key = `${scenario.lesion.preset}:${scenario.lesion.seed}`;
  let sites = lesioned.get(key);
  if (!sites) {
    sites = applyLesion(tooth.sites, scenario.lesion.preset, scenario.lesion.seed);
    lesioned.set(key, sites);
  }
  return sites;
}

async function startScenario(tooth: ToothModel, id: string): Promise<void> {
  const scenario = getScenario(id);
  if (!scenario) {
    useApp.setState({ simStatus: 'error', simMessage: `The story names an unknown scenario "${id}".` });
    return;
  }
  starting = true;
  useApp.setState({ simStatus: 'starting' });
  try {
    const c = simClient();
    // The very configuration the cue track runs with, so both runs are one and the same.
    const config = engineConfigFor(scenario, { bots: botsOverride ?? scenario.bots });
    const info = await c.initRun(
      { label: id, config, endTime: scenarioSeconds(scenario) },
      sitesFor(tooth, scenario),
    );
    live.bots = info.bots;
    activeScenario = id;
    activeTooth = tooth;
    live.seekPending = true;
    useApp.setState({ simStatus: 'ready', simMessage: '' });
  } catch (err) {
    useApp.setState({ simStatus: 'error', simMessage: err instanceof Error ? err.message : String(err) });
  } finally {
    starting = false;
  }
}

/**
 * Compute the cue track of every scenario in the story, the one on show first, then in story order. Each track
 * is the same deterministic run as on screen, so its cues land on the timeline where the run crosses them.
 */
async function computeTracks(tooth: ToothModel, first: string): Promise<void> {
  trackedTooth = tooth;
  tracks?.dispose();
  const client = new TrackClient();
  tracks = client;
  const order = [first, ...story.chapters.map((c) => c.scenario)].filter(
    (id, i, all) => all.indexOf(id) === i,
  );
  for (const id of order) {
    const scenario = getScenario(id);
    if (!scenario || tracks !== client) continue;
    try {
      const config = engineConfigFor(scenario, { bots: botsOverride ?? scenario.bots });
      const track = await client.compute(id, config, sitesFor(tooth, scenario), scenarioSeconds(scenario));
      if (tracks !== client || trackedTooth !== tooth) return; // a newer tooth took over
      story.addScenarioCues(id, detectCues(track, scenario.checkpoints ?? []), track);
    } catch (err) {
      console.warn(`Tooth Rebirth: no cue markers for ${id}:`, err instanceof Error ? err.message : err);
    }
  }
}

/** One frame: `dt` wall seconds since the last. */
export function tick(dt: number): void {
  const tooth = useTooth.getState().tooth;
  if (!tooth) return;
  if (tooth !== activeTooth) {
    lesioned.clear();
    activeScenario = '';
  }
  story.clock.locate(live.time, loc);
  if (tooth !== trackedTooth) {
    story.clearCues();
    void computeTracks(tooth, loc.scenario);
  }
  if (loc.scenario !== activeScenario) {
    live.settled = false;
    if (!starting) void startScenario(tooth, loc.scenario);
    return;
  }
  const c = simClient();
  const s = useApp.getState();
  const step = c.info?.dt ?? 0;

  // Move the clock while playing, unless the engine lags behind it.
  const frameLocal = c.frame.time;
  if (s.playing && s.pause === null && !live.seekPending && loc.localTime - frameLocal < MAX_LAG) {
    const before = live.time;
    let next = Math.min(live.duration, before + Math.min(dt, MAX_FRAME_SECONDS) * SPEED_FACTOR[s.speed]);
    // A redesigned-protocol checkpoint between then and now: stop on it and ask the clinician's question.
    const cue = nextCheckpointCue(before, next);
    if (cue) {
      next = cue.time;
      useApp.setState({
        pause: { cueId: cue.id, scenario: cue.scenario, checkpointId: cue.checkpointId ?? '' },
      });
    }
    live.time = next;
    if (next >= live.duration) useApp.setState({ playing: false });
    story.sync(live.time);
    story.clock.locate(live.time, loc);
    if (loc.scenario !== activeScenario) {
      live.settled = false; // crossed into another scenario: start it next frame
      return;
    }
  }

  if (live.seekPending) {
    live.seekPending = false;
    void c.seek(loc.localTime).catch(() => {
      // superseded by a newer request, or reported through onError
    });
  } else if (step > 0 && Math.round(loc.localTime / step) !== c.frame.steps) {
    // Only when the clock has moved to another engine step (the worker rounds a time to its step): a paused
    // clock sends nothing.
    c.advanceTo(loc.localTime);
  }

  // Copy the latest frame's figures (the scene reads the arrays from the client's frame directly).
  const f = c.frame;
  if (f.seq !== live.frameSeq) {
    live.frameSeq = f.seq;
    live.stateHash = f.stateHash;
    live.metrics = f.metrics;
    live.scenario = activeScenario;
    live.localTime = f.time;
  }
  // The engine shows the step nearest the clock (the worker rounds a time to its step).
  live.settled =
    !live.seekPending && !c.busy && step > 0 && Math.abs(f.time - loc.localTime) <= step / 2 + 1e-9;
}

function nextCheckpointCue(from: number, to: number) {
  const cues = useApp.getState().cues;
  for (const cue of cues) {
    if (cue.kind === 'checkpoint' && cue.time > from && cue.time <= to) return cue;
  }
  return null;
}

/** The running client (the scene reads frames from it); null before the first scenario starts. */
export function currentClient(): SimClient | null {
  return client;
}

export function disposeSim(): void {
  client?.dispose();
  client = null;
  tracks?.dispose();
  tracks = null;
  trackedTooth = null;
  activeScenario = '';
}
