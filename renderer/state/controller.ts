// The frame loop's brain: moves the story clock, keeps the simulation on the clock's moment, stops on the
// redesigned protocol's clinical pauses and at chapter ends (pacing.ts), and copies the latest frame's figures into `live`. The simulation
// client and the story (its clock) are given to it, so tests drive it with stand-ins. Allocates nothing on the
// steady path.
import { upperBound } from '../engine/search';
import type { SiteField } from '../engine/types';
import type { ToothModel } from '../mesh';
import type { StoryCue } from '../timeline/cues';
import { getScenario } from '../timeline/scenarios';
import type { Location, StoryClock } from '../timeline/storyClock';
import type { SimError, SimRun } from '../worker/client';
import type { FrameView } from '../worker/frame';
import { actions } from './actions';
import { checkpointsOn } from './checkpoints';
import { live } from './live';
import { useTooth } from './model';
import { HOLD_BEFORE_END, holdSeconds, pacing } from './pacing';
import { runOf, sitesFor } from './runs';
import { onClockStep, StepRequest, takeFrame } from './stepRequest';
import { SPEED_FACTOR, useApp } from './store';

/** The clock waits for the engine when it falls this far behind (seconds), so the picture matches the clock. */
export const MAX_LAG = 0.35;
/** A long frame (tab in the background, a breakpoint) never jumps the story by more than this (wall seconds). */
export const MAX_FRAME_SECONDS = 0.1;
/** How long an unattended kiosk lingers on a clinical pause before the story goes on (wall seconds). */
export const IDLE_CHECKPOINT_SECONDS = 8;

/** What the controller needs of the simulation client (`SimClient`, or a stand-in in tests). */
export interface SimPort {
  /** The latest frame, updated in place by the client. */
  readonly frame: FrameView;
  /** The running scenario's figures once it has started (its engine step, seconds). */
  readonly info: { readonly dt: number } | null;
  /** A request is in flight or queued. */
  readonly busy: boolean;
  initRun(run: SimRun, sites: SiteField): Promise<{ bots: number }>;
  seek(time: number): Promise<unknown>;
  advanceTo(time: number): void;
  onError(cb: (error: SimError) => void): () => void;
  onRestart(cb: (reason: string) => void): () => void;
  dispose(): void;
}

/** The story the controller plays: its clock, and what to update when the clock moves. */
export interface StoryPort {
  readonly clock: StoryClock;
  /** The clock moved to story time t: update what the interface shows (chapter, fired cues). */
  sync(t: number): void;
}

/** Another engine on the same clock (Compare's second view): the clock waits for it as for its own. */
export interface Companion {
  /** True while that engine is behind scenario-local time `localTime` (or still starting). */
  lagging(localTime: number): boolean;
}

const checkpointTime = (cues: readonly StoryCue[]) => (i: number) => cues[i]!.time;

export class SimController {
  private readonly client: SimPort;
  private readonly story: StoryPort;
  /** The clinical pauses on the story clock, time-sorted, from the scenarios' data. */
  readonly checkpoints: readonly StoryCue[];
  private readonly checkpointKey: (i: number) => number;
  private readonly unsubscribe: (() => void)[];
  private readonly loc: Location = { index: 0, scenario: '', localTime: 0 };
  /** The chapter whose reading time `pacing.waited` counts (a kiosk's reader starts reading on entering it). */
  private readingChapter = -1;
  private activeScenario = '';
  private activeTooth: ToothModel | null = null;
  private starting = false;
  private readonly stepRequest = new StepRequest();
  /** Wall seconds a clinical pause has lasted while nobody is at the kiosk. */
  private idlePaused = 0;
  /** Compare's second view, when there is one. */
  companion: Companion | null = null;
  /** Seconds a kiosk holds at the end of chapter i before going on by itself. */
  private readonly holdSecondsOf: (index: number) => number;

  constructor(client: SimPort, story: StoryPort, holdSecondsOf: (index: number) => number = holdSeconds) {
    this.client = client;
    this.story = story;
    this.holdSecondsOf = holdSecondsOf;
    this.checkpoints = checkpointsOn(story.clock);
    this.checkpointKey = checkpointTime(this.checkpoints);
    this.unsubscribe = [
      client.onError((e) => useApp.setState({ simStatus: 'error', simMessage: e.message })),
      client.onRestart(() => {
        live.seekPending = true;
      }),
    ];
  }

  /** The simulation's latest frame (the scene reads its arrays by mutation inside the frame loop). */
  get frame(): FrameView {
    return this.client.frame;
  }

  /** One frame: `dt` wall seconds since the last. */
  tick(dt: number): void {
    const tooth = useTooth.getState().tooth;
    if (!tooth) return;
    if (tooth !== this.activeTooth) this.activeScenario = '';
    const loc = this.story.clock.locate(live.time, this.loc);
    if (loc.scenario !== this.activeScenario) {
      live.settled = false;
      if (!this.starting) void this.start(tooth, loc.scenario);
      return;
    }
    const c = this.client;
    const step = c.info?.dt ?? 0;
    this.lingerIfIdle(dt);
    this.countReading(loc.index, dt);
    this.keepHold();

    // Move the clock while playing, unless the engine lags behind it.
    const s = useApp.getState();
    if (
      s.playing &&
      s.pause === null &&
      s.chapterHold === null &&
      !live.seekPending &&
      loc.localTime - c.frame.time < MAX_LAG &&
      !this.companion?.lagging(loc.localTime)
    ) {
      const before = live.time;
      const duration = this.story.clock.duration;
      let next = Math.min(duration, before + Math.min(dt, MAX_FRAME_SECONDS) * SPEED_FACTOR[s.speed]);
      // A clinical pause between then and now: stop on it and ask the clinician's question.
      const i = upperBound(this.checkpoints.length, this.checkpointKey, before);
      const cue = this.checkpoints[i];
      // The end of the chapter on show, where the clock waits for the reader, if it lies ahead.
      const holdAt = this.holdTime(loc.index, before);
      if (cue !== undefined && cue.time <= next && cue.time <= holdAt) {
        next = cue.time;
        useApp.setState({
          pause: { cueId: cue.id, scenario: cue.scenario, checkpointId: cue.checkpointId ?? '' },
        });
      } else if (holdAt <= next) {
        next = holdAt;
        useApp.setState({ chapterHold: { chapterIndex: loc.index, time: holdAt } });
      }
      live.time = next;
      if (next >= duration) useApp.setState({ playing: false });
      this.story.sync(live.time);
      this.story.clock.locate(live.time, loc);
      if (loc.scenario !== this.activeScenario) {
        live.settled = false; // crossed into another scenario: start it next frame
        return;
      }
    }

    if (live.seekPending) {
      live.seekPending = false;
      this.stepRequest.sought(loc.localTime, step);
      void c.seek(loc.localTime).catch(() => {
        // superseded by a newer request, or reported through onError
      });
    } else {
      this.stepRequest.follow(c, loc.localTime, step);
    }

    takeFrame(live, c.frame, this.activeScenario);
    // Never settled while a seek waits to be sent (a worker restart asks for one whenever it happens).
    live.settled = !live.seekPending && onClockStep(c, loc.localTime, step);
  }

  /**
   * The scene has drawn the latest frame: every reader of its change list (the tooth's geometry, and any
   * read-out before it) has seen it, so the list starts afresh for the frames to come. Called once per drawn
   * frame, after the scene's own updates.
   */
  frameDrawn(): void {
    const f = this.client.frame;
    f.changedCount = 0;
    f.allSitesChanged = false;
  }

  /** Start the run on show again (a new swarm size, or Compare sharing out the swarm): the next frame starts it at the clock's moment. */
  restartRun(): void {
    this.activeScenario = '';
    live.settled = false;
  }

  dispose(): void {
    for (const off of this.unsubscribe) off();
    this.client.dispose();
    this.activeScenario = '';
    this.activeTooth = null;
  }

  /**
   * Story time the clock holds at in chapter `index` when moving on from `from`, or Infinity where it does not
   * hold: after the last chapter, with the setting off on a desktop, or once the reader has gone on.
   */
  private holdTime(index: number, from: number): number {
    const segments = this.story.clock.segments;
    if (index >= segments.length - 1) return Number.POSITIVE_INFINITY;
    if (!pacing.kiosk && !useApp.getState().settings.pauseAtChapterEnds) return Number.POSITIVE_INFINITY;
    const at = segments[index]!.end - HOLD_BEFORE_END;
    return from < at ? at : Number.POSITIVE_INFINITY;
  }

  /**
   * A hold at a chapter's end lasts until the reader goes on. Moving the clock (a seek, a step, Next chapter)
   * or pausing by hand ends it, so Play then goes on. A kiosk never waits for someone who may have walked
   * away: it goes on by itself once the lead voice has had its reading time, which a touch starts again.
   */
  private keepHold(): void {
    const s = useApp.getState();
    const hold = s.chapterHold;
    if (hold === null) return;
    if (live.time !== hold.time || !s.playing) {
      useApp.setState({ chapterHold: null });
      return;
    }
    if (!pacing.kiosk) return;
    if (pacing.waited >= this.holdSecondsOf(hold.chapterIndex)) {
      pacing.waited = 0;
      actions.continueStory();
    }
  }

  /**
   * A kiosk visitor reads while the chapter plays, so the reading time counts from entering the chapter (or from
   * the last touch), and the hold at its end lasts only what reading still needs: a short text read during a
   * 40 s chapter does not make the visitor wait again at its end.
   */
  private countReading(index: number, dt: number): void {
    if (index !== this.readingChapter) {
      this.readingChapter = index;
      pacing.waited = 0;
    }
    if (useApp.getState().playing) pacing.waited += dt;
  }

  /** While nobody is at a kiosk, nobody can press Continue: a clinical pause shows its question, then moves on. */
  private lingerIfIdle(dt: number): void {
    const s = useApp.getState();
    if (s.pause === null || !s.idle) {
      this.idlePaused = 0;
      return;
    }
    this.idlePaused += dt;
    if (this.idlePaused >= IDLE_CHECKPOINT_SECONDS) {
      this.idlePaused = 0;
      actions.continueFromCheckpoint();
    }
  }

  private async start(tooth: ToothModel, id: string): Promise<void> {
    const scenario = getScenario(id);
    if (!scenario) {
      useApp.setState({ simStatus: 'error', simMessage: `The story names an unknown scenario "${id}".` });
      return;
    }
    this.starting = true;
    useApp.setState({ simStatus: 'starting' });
    try {
      const info = await this.client.initRun(runOf(scenario), sitesFor(tooth, scenario));
      live.bots = info.bots;
      this.stepRequest.forget();
      this.activeScenario = id;
      this.activeTooth = tooth;
      live.seekPending = true;
      useApp.setState({ simStatus: 'ready', simMessage: '' });
    } catch (err) {
      useApp.setState({ simStatus: 'error', simMessage: err instanceof Error ? err.message : String(err) });
    } finally {
      this.starting = false;
    }
  }
}
