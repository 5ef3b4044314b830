// The one rule by which a view keeps its engine on the clock (the main controller and Compare's other side both
// follow it), on a stand-in client whose busy flag and frame the test sets by hand.
import { describe, expect, it } from 'vitest';
import { live } from '../../../renderer/state/live';
import {
  type FrameFigures,
  onClockStep,
  StepRequest,
  stepNearest,
  takeFrame,
} from '../../../renderer/state/stepRequest';
import { createFrameView } from '../../../renderer/worker/frame';

const DT = 0.05;

/** A client that records what it is asked; the test says whether it is busy and which step its frame shows. */
function client(frameStep = 0) {
  const frame = createFrameView();
  frame.steps = frameStep;
  frame.time = frameStep * DT;
  return {
    frame,
    busy: false,
    advances: [] as number[],
    advanceTo(time: number) {
      this.advances.push(time);
      this.busy = true;
    },
  };
}

describe('StepRequest', () => {
  it('asks for nothing while the clock is on the frame’s step (a paused clock), or before a run has a step', () => {
    const c = client(100);
    const r = new StepRequest();
    r.follow(c, 100 * DT, DT);
    r.follow(c, 100 * DT + 0.4 * DT, DT); // still nearest step 100
    r.follow(c, 7, 0);
    expect(c.advances).toEqual([]);
  });

  it('asks once for another step, and not again while that request is under way', () => {
    const c = client(100);
    const r = new StepRequest();
    for (let i = 0; i < 5; i++) r.follow(c, 101 * DT, DT);
    expect(c.advances).toEqual([101 * DT]);
    // Nothing under way, yet the frame is not on the step (the answer was lost or superseded): ask again.
    c.busy = false;
    r.follow(c, 101 * DT, DT);
    expect(c.advances).toEqual([101 * DT, 101 * DT]);
  });

  it('asks at once for a step other than the one under way (the clock moved on)', () => {
    const c = client(100);
    const r = new StepRequest();
    r.follow(c, 101 * DT, DT);
    r.follow(c, 102 * DT, DT);
    expect(c.advances).toEqual([101 * DT, 102 * DT]);
    expect(c.busy).toBe(true);
  });

  it('after a seek, does not ask again for the step sought while it is under way', () => {
    const c = client(0);
    const r = new StepRequest();
    r.sought(9, DT);
    c.busy = true; // the seek is in flight
    r.follow(c, 9, DT);
    expect(c.advances).toEqual([]);
    r.follow(c, 9 + DT, DT);
    expect(c.advances).toEqual([9 + DT]);
  });

  it('after a seek sent before the run had a step, or once forgotten, asks again even while busy', () => {
    const c = client(0);
    c.busy = true;
    const r = new StepRequest();
    r.sought(9, 0);
    r.follow(c, 9, DT);
    expect(c.advances).toEqual([9]);
    r.follow(c, 9, DT);
    expect(c.advances).toEqual([9]);
    r.forget(); // a restarted worker has lost the request
    r.follow(c, 9, DT);
    expect(c.advances).toEqual([9, 9]);
  });

  it('rounds a time to the nearest engine step, as the worker does', () => {
    expect(stepNearest(0.124, DT)).toBe(2);
    expect(stepNearest(0.126, DT)).toBe(3);
    expect(stepNearest(20, DT)).toBe(400);
  });
});

describe('takeFrame', () => {
  const figures = (): FrameFigures => ({
    frameSeq: 0,
    scenario: '',
    localTime: 0,
    stateHash: '',
    metrics: null,
  });

  it('copies a new frame’s figures with the scenario it shows', () => {
    const f = createFrameView();
    f.seq = 4;
    f.time = 1.25;
    f.stateHash = 'abc';
    const into = figures();
    takeFrame(into, f, 'ivy');
    expect(into).toEqual({ frameSeq: 4, scenario: 'ivy', localTime: 1.25, stateHash: 'abc', metrics: null });
  });

  it('leaves the figures alone while the frame is the one they come from', () => {
    const f = createFrameView();
    f.seq = 4;
    const into = figures();
    takeFrame(into, f, 'ivy');
    into.stateHash = 'kept';
    f.stateHash = 'changed in place';
    takeFrame(into, f, 'child');
    expect(into.stateHash).toBe('kept');
    expect(into.scenario).toBe('ivy');
  });

  it('fills the main view’s live figures', () => {
    const f = createFrameView();
    f.seq = live.frameSeq + 1;
    f.stateHash = 'live-hash';
    takeFrame(live, f, 'child');
    expect(live.stateHash).toBe('live-hash');
    expect(live.scenario).toBe('child');
  });
});

describe('onClockStep', () => {
  it('holds within half a step of the clock with nothing under way', () => {
    const c = client(100);
    expect(onClockStep(c, 100 * DT, DT)).toBe(true);
    expect(onClockStep(c, 100 * DT + DT / 2, DT)).toBe(true);
    expect(onClockStep(c, 100 * DT - DT / 2, DT)).toBe(true);
    expect(onClockStep(c, 100 * DT + 0.51 * DT, DT)).toBe(false);
    expect(onClockStep(c, 102 * DT, DT)).toBe(false);
  });

  it('does not hold while a request is under way, or before a run has a step', () => {
    const c = client(100);
    c.busy = true;
    expect(onClockStep(c, 100 * DT, DT)).toBe(false);
    c.busy = false;
    expect(onClockStep(c, 100 * DT, 0)).toBe(false);
  });
});
