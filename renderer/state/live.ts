// Per-frame values: a plain mutable object, written and read inside the frame loop, never React state.
// DOM read-outs (clock, scrubber) read it from the frame loop (frameLoop.ts) without re-rendering.
import type { EngineMetrics } from '../engine/types';

export interface LiveState {
  /** Story-clock seconds shown now. */
  time: number;
  /** Story-clock length, seconds. */
  duration: number;
  scenario: string;
  /** Scenario-local simulated seconds of the latest frame. */
  localTime: number;
  stateHash: string;
  metrics: EngineMetrics | null;
  bots: number;
  /** Incremented when a new frame arrived from the worker. */
  frameSeq: number;
  /** Engine frames the scene has drawn into the tooth since start: tests wait on it instead of on time. */
  framesApplied: number;
  /** Set by a seek or a step: the sim must jump, not advance smoothly. */
  seekPending: boolean;
  /** The engine's latest frame is the step nearest the clock's moment, and no request is under way. */
  settled: boolean;
}

export const live: LiveState = {
  time: 0,
  duration: 0,
  scenario: '',
  localTime: 0,
  stateHash: '',
  metrics: null,
  bots: 0,
  frameSeq: 0,
  framesApplied: 0,
  seekPending: true,
  settled: false,
};
