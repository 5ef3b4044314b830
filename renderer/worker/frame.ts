// The page's view of the latest frame, filled in place by `SimClient` and read by the scene in its frame loop.
// Plain TypeScript: no DOM, no three.
import type { EngineMetrics } from '../engine/types';

/** The latest frame, updated in place by `SimClient`; read it, never keep its arrays across frames. */
export interface FrameView {
  /** Page-side frame counter, increasing by one per frame received (across worker restarts). */
  seq: number;
  time: number;
  steps: number;
  stateHash: string;
  metrics: EngineMetrics | null;
  botPositions: Float32Array;
  botStates: Uint8Array;
  siteThickness: Float32Array;
  siteLab: Float32Array;
  /** Chalkiness (opacity, matte) per site, 0..1. */
  siteChalk: Float32Array;
  /**
   * Sites changed since the scene last applied a frame (accumulated over frames it did not apply); the first
   * `changedCount` entries are valid. Ignore when `allSitesChanged` is set.
   */
  changedSites: Uint32Array;
  changedCount: number;
  /** Every site may have changed (first frame, seek, restart, or more changes than the list holds). */
  allSitesChanged: boolean;
}

export function createFrameView(): FrameView {
  return {
    seq: 0,
    time: 0,
    steps: 0,
    stateHash: '',
    metrics: null,
    botPositions: new Float32Array(0),
    botStates: new Uint8Array(0),
    siteThickness: new Float32Array(0),
    siteLab: new Float32Array(0),
    siteChalk: new Float32Array(0),
    changedSites: new Uint32Array(0),
    changedCount: 0,
    allSitesChanged: true,
  };
}

/** Adds one frame's changed sites to the view's pending list; falls back to "all changed" when it overflows. */
export function accumulateChanges(view: FrameView, changed: Uint32Array, count: number, full: boolean): void {
  if (full) {
    view.allSitesChanged = true;
    view.changedCount = 0;
    return;
  }
  if (view.allSitesChanged || count === 0) return;
  const at = view.changedCount;
  if (at + count > view.changedSites.length) {
    view.allSitesChanged = true;
    view.changedCount = 0;
    return;
  }
  view.changedSites.set(changed.subarray(0, count), at);
  view.changedCount = at + count;
}
