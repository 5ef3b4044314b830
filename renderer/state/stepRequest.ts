// How a view keeps its engine on the story clock's moment, written once for every view that runs one (the main
// controller, and Compare's other side): which engine step to ask for and when, when a published frame's
// figures are taken, and when the picture is settled. Allocates nothing.
import type { EngineMetrics } from '../engine/types';
import type { FrameView } from '../worker/frame';

/** What following the clock needs of a simulation client (`SimPort` has it). */
export interface StepClient {
  /** The latest published frame, updated in place by the client. */
  readonly frame: FrameView;
  /** A request is in flight or queued. */
  readonly busy: boolean;
  advanceTo(time: number): void;
}

/** The engine step nearest scenario-local time `localTime`: the worker rounds a time to its step this way. */
export const stepNearest = (localTime: number, step: number): number => Math.round(localTime / step);

/**
 * The engine step a view last asked its client for. A view asks only when the clock is on another step than the
 * frame's, and only if that step was not asked for already or the client has nothing under way: a paused clock
 * sends nothing, and a request in flight is not repeated every frame.
 */
export class StepRequest {
  /** The engine step last asked for (-1: none). */
  private requested = -1;

  /**
   * Asks `client` for the step nearest `localTime` when the rule above says so. `step` is the run's engine step
   * in seconds (0 before a run has started: nothing is asked).
   */
  follow(client: StepClient, localTime: number, step: number): void {
    if (step <= 0) return;
    const target = stepNearest(localTime, step);
    if (target !== client.frame.steps && (target !== this.requested || !client.busy)) {
      this.requested = target;
      client.advanceTo(localTime);
    }
  }

  /** The step nearest `localTime` was asked for by a seek: `follow` does not ask for it again while it is under way. */
  sought(localTime: number, step: number): void {
    this.requested = step > 0 ? stepNearest(localTime, step) : -1;
  }

  /** Nothing is known to be asked for (a new run, a restarted worker, a stopped view): `follow` asks afresh. */
  forget(): void {
    this.requested = -1;
  }
}

/** The figures a view shows of its engine's latest frame: `live` for the main view, Compare's other side. */
export interface FrameFigures {
  /** The seq of the frame the figures come from. */
  frameSeq: number;
  scenario: string;
  /** Scenario-local simulated seconds of the frame. */
  localTime: number;
  stateHash: string;
  metrics: EngineMetrics | null;
}

/** Copies the frame's figures into `into` when it is another frame than theirs; `scenario` is the run it shows. */
export function takeFrame(into: FrameFigures, frame: FrameView, scenario: string): void {
  if (frame.seq === into.frameSeq) return;
  into.frameSeq = frame.seq;
  into.stateHash = frame.stateHash;
  into.metrics = frame.metrics;
  into.scenario = scenario;
  into.localTime = frame.time;
}

/**
 * The client's frame is the engine step nearest the clock's scenario-local time `localTime` (within half a step:
 * the worker rounds a time to its step) and nothing is under way. False before a run has started (`step` 0).
 */
export function onClockStep(
  client: Pick<StepClient, 'frame' | 'busy'>,
  localTime: number,
  step: number,
): boolean {
  return !client.busy && step > 0 && Math.abs(client.frame.time - localTime) <= step / 2 + 1e-9;
}
