import { describe, expect, it } from 'vitest';
import {
  accumulateChanges,
  applyFrame,
  buildSiteVertexMap,
  createFrameView,
  type FrameView,
} from '../../../renderer/worker/frame';

function frameWith(sites: number, bots: number): FrameView {
  const f = createFrameView();
  f.botPositions = Float32Array.from({ length: 3 * bots }, (_, i) => i + 0.5);
  f.botStates = Uint8Array.from({ length: bots }, (_, i) => i % 5);
  f.siteThickness = Float32Array.from({ length: sites }, (_, i) => 1 + i);
  f.siteLab = Float32Array.from({ length: 3 * sites }, (_, i) => 100 + i);
  f.changedSites = new Uint32Array(sites);
  f.allSitesChanged = false;
  return f;
}

describe('buildSiteVertexMap', () => {
  it('groups vertices by site and leaves out unmapped vertices', () => {
    const map = buildSiteVertexMap([2, 0, 2, -1, 1, 0, 7], 3);
    expect(Array.from(map.offsets)).toEqual([0, 2, 3, 5]);
    expect(Array.from(map.vertices.subarray(0, 2)).sort()).toEqual([1, 5]);
    expect(Array.from(map.vertices.subarray(2, 3))).toEqual([4]);
    expect(Array.from(map.vertices.subarray(3, 5)).sort()).toEqual([0, 2]);
  });
});

describe('accumulateChanges', () => {
  it('appends changes over frames the scene did not apply', () => {
    const f = frameWith(4, 1);
    accumulateChanges(f, Uint32Array.of(1, 3), 2, false);
    accumulateChanges(f, Uint32Array.of(0, 9), 1, false);
    expect(f.changedCount).toBe(3);
    expect(Array.from(f.changedSites.subarray(0, 3))).toEqual([1, 3, 0]);
    expect(f.allSitesChanged).toBe(false);
  });

  it('falls back to all sites when the list would overflow or the frame is full', () => {
    const f = frameWith(2, 1);
    accumulateChanges(f, Uint32Array.of(0, 1), 2, false);
    accumulateChanges(f, Uint32Array.of(1), 1, false);
    expect(f.allSitesChanged).toBe(true);
    const g = frameWith(2, 1);
    accumulateChanges(g, Uint32Array.of(0), 1, true);
    expect(g.allSitesChanged).toBe(true);
    expect(g.changedCount).toBe(0);
  });
});

describe('applyFrame', () => {
  const vertexSite = [0, 1, 1, 2, 0];
  const map = buildSiteVertexMap(vertexSite, 3);

  it('copies bots and the changed sites into their vertices, then consumes the change list', () => {
    const f = frameWith(3, 4);
    f.changedSites[0] = 1;
    f.changedCount = 1;
    const positions = new Float32Array(12);
    const states = new Float32Array(4);
    const vertexThickness = new Float32Array(5).fill(-1);
    const vertexLab = new Float32Array(15).fill(-1);
    const n = applyFrame(f, { positions, states, siteVertices: map, vertexThickness, vertexLab });
    expect(n).toBe(1);
    expect(Array.from(positions)).toEqual(Array.from(f.botPositions));
    expect(Array.from(states)).toEqual([0, 1, 2, 3]);
    expect(Array.from(vertexThickness)).toEqual([-1, 2, 2, -1, -1]);
    expect(Array.from(vertexLab.subarray(3, 9))).toEqual([103, 104, 105, 103, 104, 105]);
    expect(vertexLab[0]).toBe(-1);
    expect(f.changedCount).toBe(0);
    expect(applyFrame(f, { siteVertices: map, vertexThickness })).toBe(0);
  });

  it('applies every site when all changed', () => {
    const f = frameWith(3, 2);
    f.allSitesChanged = true;
    const vertexThickness = new Float32Array(5);
    expect(applyFrame(f, { siteVertices: map, vertexThickness })).toBe(3);
    expect(Array.from(vertexThickness)).toEqual(vertexSite.map((s) => 1 + s));
    expect(f.allSitesChanged).toBe(false);
  });

  it('fills a shorter bot array with the first bots', () => {
    const f = frameWith(1, 4);
    const positions = new Float32Array(6);
    applyFrame(f, { positions });
    expect(Array.from(positions)).toEqual(Array.from(f.botPositions.subarray(0, 6)));
  });
});
