import { describe, expect, it } from 'vitest';
import { accumulateChanges, createFrameView, type FrameView } from '../../../renderer/worker/frame';

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
