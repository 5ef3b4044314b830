// The controller on a story of two chapters (an original-protocol run, then a redesigned one with its clinical
// pauses), driven frame by frame with a stand-in simulation client that answers only when the test says so.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteField } from '../../../renderer/engine/types';
import type { ToothModel } from '../../../renderer/mesh';
import { actions } from '../../../renderer/state/actions';
import {
  IDLE_CHECKPOINT_SECONDS,
  MAX_FRAME_SECONDS,
  MAX_LAG,
  SimController,
  type SimPort,
} from '../../../renderer/state/controller';
import { inspect } from '../../../renderer/state/inspect';
import { live } from '../../../renderer/state/live';
import { useTooth } from '../../../renderer/state/model';
import { HOLD_BEFORE_END, pacing, restartReadingWait } from '../../../renderer/state/pacing';
import { defaultSettings } from '../../../renderer/state/settings';
import { useApp } from '../../../renderer/state/store';
import { getScenario } from '../../../renderer/timeline/scenarios';
import { StoryClock } from '../../../renderer/timeline/storyClock';
import { createFrameView } from '../../../renderer/worker/frame';

const DT = 0.05;

/** A simulation client that records requests and answers the latest one when told to. */
class FakeSim implements SimPort {
  frame = createFrameView();
  info: { dt: number } | null = null;
  seeks: number[] = [];
  advances: number[] = [];
  runs: string[] = [];
  private target: number | null = null;

  get busy(): boolean {
    return this.target !== null;
  }
  initRun(run: { label: string }): Promise<{ bots: number }> {
    this.runs.push(run.label);
    this.info = { dt: DT };
    return Promise.resolve({ bots: 64 });
  }
  seek(time: number): Promise<unknown> {
    this.seeks.push(time);
    this.target = time;
    return Promise.resolve();
  }
  advanceTo(time: number): void {
    this.advances.push(time);
    this.target = time;
  }
  /** The worker publishes the frame of the latest request: the step nearest its time. */
  answer(): void {
    if (this.target === null) return;
    const f = this.frame;
    f.steps = Math.round(this.target / DT);
    f.time = f.steps * DT;
    f.seq++;
    f.stateHash = `h${f.steps}`;
    this.target = null;
  }
  requests(): number {
    return this.seeks.length + this.advances.length;
  }
  onError(): () => void {
    return () => undefined;
  }
  onRestart(): () => void {
    return () => undefined;
  }
  dispose(): void {}
}

// Chapter 1 shows Ivy's original run (0..20 s), chapter 2 the child's redesigned run (0..30 s) from story 20 s.
const clock = new StoryClock([
  { id: 'one', scenario: 'ivy', span: { from: 0, to: 20 } },
  { id: 'two', scenario: 'child', span: { from: 0, to: 30 } },
]);
const child = getScenario('child')!;
/** Story time of the child's checkpoint with this id. */
const at = (id: string) => 20 + child.checkpoints!.find((c) => c.id === id)!.time;

const noSites: SiteField = {
  count: 0,
  positions: new Float32Array(0),
  normals: new Float32Array(0),
  targetThickness: new Float32Array(0),
  initialThickness: new Float32Array(0),
  area: new Float32Array(0),
};
const tooth = { sites: noSites } as unknown as ToothModel;

let sim: FakeSim;
let controller: SimController;
let synced: number[];

/** Seconds a kiosk holds at each chapter's end, in these tests. */
const KIOSK_HOLD = 3;

/** A controller whose simulation runs the scenario at story time t and shows that moment, paused. */
async function readyAt(t: number): Promise<void> {
  sim = new FakeSim();
  synced = [];
  controller = new SimController(sim, { clock, sync: (time) => synced.push(time) }, () => KIOSK_HOLD);
  live.time = t;
  live.seekPending = true;
  controller.tick(0);
  await vi.waitFor(() => expect(useApp.getState().simStatus).toBe('ready'));
  controller.tick(0);
  sim.answer();
  controller.tick(0);
  expect(live.settled).toBe(true);
}

/** Frames of `dt` wall seconds, the worker answering each frame's request at once. */
function play(frames: number, dt = 0.1): void {
  for (let i = 0; i < frames; i++) {
    controller.tick(dt);
    sim.answer();
  }
}

beforeEach(() => {
  useTooth.setState({ tooth });
  // The clock runs through chapter ends unless a test asks for the hold.
  useApp.setState({
    playing: false,
    pause: null,
    speed: 'normal',
    idle: false,
    simStatus: 'starting',
    chapterHold: null,
    settings: { ...defaultSettings(false), pauseAtChapterEnds: false },
  });
  pacing.kiosk = false;
  live.seekPending = true;
  live.settled = false;
  live.frameSeq = 0;
});

describe('SimController', () => {
  it('starts the scenario the clock is in, and the next when the clock crosses into another chapter', async () => {
    await readyAt(19.5);
    expect(sim.runs).toEqual(['ivy']);
    expect(sim.seeks).toEqual([19.5]);
    expect(live.stateHash).toBe(`h${Math.round(19.5 / DT)}`);
    useApp.setState({ playing: true });
    play(6);
    await vi.waitFor(() => expect(sim.runs).toEqual(['ivy', 'child']));
    play(2);
    expect(live.scenario).toBe('child');
    // The redesigned run opens with a clinical pause (the genotype screen) at the chapter's first moment.
    expect(live.time).toBe(20);
    expect(useApp.getState().pause?.checkpointId).toBe('genotype-screen');
  });

  it('moves the clock by the frame time while the engine keeps up', async () => {
    await readyAt(5);
    useApp.setState({ playing: true });
    play(10, 0.05);
    expect(live.time).toBeCloseTo(5.5, 9);
    expect(synced.at(-1)).toBe(live.time);
  });

  it('waits for the engine when it falls more than MAX_LAG behind, then goes on', async () => {
    await readyAt(5);
    useApp.setState({ playing: true });
    // The worker answers nothing: the clock runs ahead up to the lag limit and stops there.
    for (let i = 0; i < 20; i++) controller.tick(0.05);
    const ahead = live.time - 5;
    expect(ahead).toBeGreaterThanOrEqual(MAX_LAG);
    expect(ahead).toBeLessThan(MAX_LAG + 0.05 + 1e-9);
    expect(live.settled).toBe(false);
    const stuck = live.time;
    controller.tick(0.05);
    expect(live.time).toBe(stuck);
    sim.answer();
    controller.tick(0.05);
    expect(live.time).toBeCloseTo(stuck + 0.05, 9);
  });

  it('never jumps more than MAX_FRAME_SECONDS (times the speed) on a long frame', async () => {
    await readyAt(5);
    useApp.setState({ playing: true });
    controller.tick(3);
    expect(live.time).toBeCloseTo(5 + MAX_FRAME_SECONDS, 9);
    sim.answer();
    useApp.setState({ speed: 'fast' });
    controller.tick(3);
    expect(live.time).toBeCloseTo(5 + MAX_FRAME_SECONDS + 3 * MAX_FRAME_SECONDS, 9);
  });

  it('sends no requests while the clock is paused, and one seek when the clock is moved', async () => {
    await readyAt(7);
    const before = sim.requests();
    for (let i = 0; i < 30; i++) controller.tick(0.05);
    expect(sim.requests()).toBe(before);
    expect(live.time).toBe(7);
    actions.seek(9);
    controller.tick(0.05);
    controller.tick(0.05);
    expect(sim.seeks.at(-1)).toBe(9);
    expect(sim.requests()).toBe(before + 1);
  });

  it('is settled only on the step nearest the clock with no request under way; moving the clock clears it at once', async () => {
    await readyAt(7);
    expect(live.settled).toBe(true);
    actions.stepForward();
    expect(live.settled).toBe(false); // before any frame runs
    controller.tick(0);
    expect(sim.busy).toBe(true);
    expect(live.settled).toBe(false); // asked, not answered
    sim.answer();
    controller.tick(0);
    expect(live.settled).toBe(true);
    expect(sim.frame.time).toBeCloseTo(live.time, 9);
    // The engine on another step than the clock's (a frame from an older request): not settled.
    sim.frame.time = live.time - 2 * DT;
    controller.tick(0);
    expect(live.settled).toBe(false);
  });

  it('knows the clinical pauses from the scenario data, before any run', () => {
    const c = new SimController(new FakeSim(), { clock, sync: () => undefined });
    expect(c.checkpoints.map((cue) => cue.time)).toEqual(
      child.checkpoints!.map((cp) => 20 + cp.time).filter((t) => t <= clock.duration),
    );
    expect(c.checkpoints.every((cue) => cue.scenario === 'child' && cue.kind === 'checkpoint')).toBe(true);
  });

  it("stops on a clinical pause with the clinician's question until Continue", async () => {
    const t = at('first-layer');
    await readyAt(t - 0.23);
    useApp.setState({ playing: true });
    play(5);
    expect(live.time).toBe(t);
    expect(useApp.getState().pause).toEqual({
      cueId: 'child:checkpoint:first-layer',
      scenario: 'child',
      checkpointId: 'first-layer',
    });
    // The story waits for the clinician, however long.
    play(300, 0.5);
    expect(live.time).toBe(t);
    expect(useApp.getState().playing).toBe(true);
    expect(live.settled).toBe(true);
    actions.continueFromCheckpoint();
    play(3);
    expect(useApp.getState().pause).toBeNull();
    expect(live.time).toBeCloseTo(t + 0.3, 9);
  });

  it('at an unattended kiosk, shows a clinical pause for a while and then goes on by itself', async () => {
    const t = at('colour-check');
    await readyAt(t - 0.05);
    useApp.setState({ playing: true, idle: true });
    play(2);
    expect(useApp.getState().pause?.checkpointId).toBe('colour-check');
    play(IDLE_CHECKPOINT_SECONDS - 1, 1);
    expect(useApp.getState().pause).not.toBeNull();
    expect(live.time).toBe(t);
    play(1, 1);
    expect(useApp.getState().pause).toBeNull();
    play(2);
    expect(live.time).toBeGreaterThan(t);
  });

  it('releases the change list only when told the frame was drawn', async () => {
    await readyAt(7);
    const f = sim.frame;
    f.changedSites = Uint32Array.of(3, 5, 0);
    f.changedCount = 2;
    f.allSitesChanged = false;
    controller.tick(0);
    expect(f.changedCount).toBe(2);
    controller.frameDrawn();
    expect(f.changedCount).toBe(0);
    f.allSitesChanged = true;
    controller.frameDrawn();
    expect(f.allSitesChanged).toBe(false);
  });
  describe('at the end of a chapter', () => {
    /** The moment the clock holds at: a hair before the next chapter, so the chapter stays on show. */
    const END = 20 - HOLD_BEFORE_END;
    const holdOn = () => useApp.setState((s) => ({ settings: { ...s.settings, pauseAtChapterEnds: true } }));

    it('holds the clock until the reader goes on, however long, when the setting asks for it', async () => {
      holdOn();
      await readyAt(19.5);
      useApp.setState({ playing: true });
      play(8);
      expect(live.time).toBe(END);
      expect(clock.indexAt(live.time)).toBe(0);
      expect(useApp.getState().chapterHold).toEqual({ chapterIndex: 0, time: END });
      expect(inspect().held).toBe(true);
      play(300, 0.5);
      expect(live.time).toBe(END);
      expect(sim.runs).toEqual(['ivy']);
      expect(live.settled).toBe(true);
      actions.continueStory();
      expect(inspect().held).toBe(false);
      await vi.waitFor(() => {
        play(1);
        expect(sim.runs).toEqual(['ivy', 'child']);
      });
      play(2);
      // On into the next chapter, where the redesigned run opens with its clinical pause: held again.
      expect(live.time).toBe(20);
      expect(useApp.getState().pause?.checkpointId).toBe('genotype-screen');
      expect(useApp.getState().chapterHold).toBeNull();
      expect(inspect().held).toBe(true);
    });

    it('runs straight through when the setting is off on a desktop, and never holds at the story’s end', async () => {
      await readyAt(19.5);
      useApp.setState({ playing: true });
      play(8);
      expect(useApp.getState().chapterHold).toBeNull();
      expect(live.time).toBe(20);
      holdOn();
      useApp.setState({ pause: null });
      actions.seek(clock.duration - 0.2);
      useApp.setState({ playing: true });
      await vi.waitFor(() => {
        play(1);
        expect(live.time).toBe(clock.duration);
      });
      expect(useApp.getState().chapterHold).toBeNull();
      expect(useApp.getState().playing).toBe(false);
    });

    it('ends the hold when the clock is moved or paused by hand, so Play goes on', async () => {
      holdOn();
      await readyAt(19.8);
      useApp.setState({ playing: true });
      play(4);
      expect(useApp.getState().chapterHold).not.toBeNull();
      actions.pause();
      controller.tick(0.1);
      expect(useApp.getState().chapterHold).toBeNull();
      actions.play();
      await vi.waitFor(() => {
        play(1);
        expect(sim.runs).toEqual(['ivy', 'child']);
      });
      // Back to the end by a seek: held again, then moved away by another seek.
      actions.seek(19.8);
      await vi.waitFor(() => {
        play(1);
        expect(useApp.getState().chapterHold).not.toBeNull();
      });
      actions.seek(10);
      controller.tick(0);
      expect(useApp.getState().chapterHold).toBeNull();
    });

    it('at a kiosk, counts the reading time from entering the chapter, so a chapter read as it played does not wait again', async () => {
      pacing.kiosk = true;
      await readyAt(16);
      useApp.setState({ playing: true });
      // Long wall frames: the clock moves at most MAX_FRAME_SECONDS each, the reader reads the whole frame.
      for (let i = 0; i < 100 && live.time < END; i++) play(1, 0.5);
      expect(live.time).toBe(END);
      expect(useApp.getState().chapterHold).not.toBeNull();
      play(1, 0.5);
      expect(useApp.getState().chapterHold).toBeNull();
      expect(useApp.getState().playing).toBe(true);
    });

    it('at a kiosk, goes on by itself after the reading time, which a touch starts again', async () => {
      pacing.kiosk = true;
      await readyAt(19.9);
      useApp.setState({ playing: true });
      play(2);
      expect(live.time).toBe(END);
      play(2, 1);
      expect(live.time).toBe(END);
      restartReadingWait(); // a visitor touches the screen
      play(KIOSK_HOLD - 1, 1);
      expect(useApp.getState().chapterHold).not.toBeNull();
      play(1, 1);
      expect(useApp.getState().chapterHold).toBeNull();
      expect(useApp.getState().playing).toBe(true);
      await vi.waitFor(() => {
        play(1);
        expect(live.time).toBe(20);
      });
    });
  });
});
