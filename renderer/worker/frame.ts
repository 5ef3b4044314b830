// The page's view of the latest frame, and the copy of a frame into the scene's GPU arrays.
// Plain TypeScript: no DOM, no three. The scene calls `applyFrame` inside its frame loop and then flags the
// attributes it touched for upload.
import type { EngineEvent, EngineMetrics } from '../engine/types';

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
  /** Engine events fired up to this frame, in order (checkpoint pauses, treatment end, ...). */
  events: readonly EngineEvent[];
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
    events: [],
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

/** Vertices of the enamel mesh that show each site, in compressed rows: site s owns vertices[offsets[s]..offsets[s+1]). */
export interface SiteVertexMap {
  readonly offsets: Uint32Array;
  readonly vertices: Uint32Array;
}

/** Builds the site -> vertices map from each vertex's site (a negative or out-of-range site leaves the vertex out). */
export function buildSiteVertexMap(vertexSite: ArrayLike<number>, sites: number): SiteVertexMap {
  const offsets = new Uint32Array(sites + 1);
  for (let v = 0; v < vertexSite.length; v++) {
    const s = vertexSite[v]!;
    if (s >= 0 && s < sites) offsets[s + 1]!++;
  }
  for (let s = 0; s < sites; s++) offsets[s + 1]! += offsets[s]!;
  const vertices = new Uint32Array(offsets[sites]!);
  const fill = offsets.slice(0, sites);
  for (let v = 0; v < vertexSite.length; v++) {
    const s = vertexSite[v]!;
    if (s >= 0 && s < sites) vertices[fill[s]!++] = v;
  }
  return { offsets, vertices };
}

/** Where a frame goes. Every target is optional; arrays are the scene's GPU attribute arrays. */
export interface FrameTargets {
  /** Bot positions, 3 per bot. A shorter array takes the first bots. */
  positions?: Float32Array;
  /** Bot state codes, 1 per bot. */
  states?: Float32Array | Uint8Array;
  siteVertices?: SiteVertexMap;
  /** Enamel thickness per vertex, mm. */
  vertexThickness?: Float32Array;
  /** CIELAB per vertex, 3 per vertex. */
  vertexLab?: Float32Array;
  /** Chalkiness per vertex. */
  vertexChalk?: Float32Array;
}

/**
 * Copies a frame into the targets: all bot positions and states, and the values of the sites that changed
 * (all of them when `allSitesChanged`) into their vertices. Consumes the change list: afterwards
 * `changedCount` is 0 and `allSitesChanged` false. Returns the number of sites applied (0: site attributes
 * need no upload). Allocates nothing.
 */
export function applyFrame(frame: FrameView, t: FrameTargets): number {
  if (t.positions !== undefined) {
    const src = frame.botPositions;
    const n = Math.min(src.length, t.positions.length);
    t.positions.set(n === src.length ? src : src.subarray(0, n));
  }
  if (t.states !== undefined) {
    const src = frame.botStates;
    const n = Math.min(src.length, t.states.length);
    t.states.set(n === src.length ? src : src.subarray(0, n));
  }
  let applied = 0;
  const map = t.siteVertices;
  const sites = frame.siteThickness.length;
  const vt = t.vertexThickness;
  const vl = t.vertexLab;
  const vc = t.vertexChalk;
  if (map !== undefined && sites > 0 && (vt !== undefined || vl !== undefined || vc !== undefined)) {
    const th = frame.siteThickness;
    const lab = frame.siteLab;
    const chalk = frame.siteChalk;
    const { offsets, vertices } = map;
    const all = frame.allSitesChanged;
    const count = all ? sites : frame.changedCount;
    const list = frame.changedSites;
    for (let i = 0; i < count; i++) {
      const s = all ? i : list[i]!;
      const thickness = th[s]!;
      const c = chalk[s]!;
      const l = lab[3 * s]!;
      const a = lab[3 * s + 1]!;
      const b = lab[3 * s + 2]!;
      const end = offsets[s + 1]!;
      for (let k = offsets[s]!; k < end; k++) {
        const v = vertices[k]!;
        if (vt !== undefined) vt[v] = thickness;
        if (vc !== undefined) vc[v] = c;
        if (vl !== undefined) {
          vl[3 * v] = l;
          vl[3 * v + 1] = a;
          vl[3 * v + 2] = b;
        }
      }
    }
    applied = count;
  }
  frame.changedCount = 0;
  frame.allSitesChanged = false;
  return applied;
}
