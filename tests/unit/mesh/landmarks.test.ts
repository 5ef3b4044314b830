import { describe, expect, it } from 'vitest';
import { readLandmarks } from '../../../renderer/mesh/landmarks';
import { MAX_LANDMARK_POINTS } from '../../../renderer/mesh/types';
import { molarModel } from './fixtures';

describe('landmarks', () => {
  it('the generated molar states each of its landmarks once', async () => {
    const m = await molarModel();
    const ids = m.landmarks?.map((l) => l.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('cusp-distolingual');
    expect(ids).toContain('pulp');
  });

  it('leaves out malformed landmarks from a file’s extras and keeps the well-formed ones', () => {
    const good = { id: 'enamel', points: [0, 1, 2] };
    expect(readLandmarks(undefined)).toBeUndefined();
    expect(readLandmarks('cusps')).toBeUndefined();
    expect(
      readLandmarks([
        null,
        { id: 'nose', points: [0, 0, 0] },
        { id: 'pulp', points: [0, 0] },
        { id: 'pulp', points: [0, 0, Number.NaN] },
        { id: 'pulp', points: [0, 0, 0], clearance: [-1] },
        { id: 'dentin', points: [0, 0, 0], clearance: [1, 2] },
        { id: 'root-mesial', points: new Array((MAX_LANDMARK_POINTS + 1) * 3).fill(0) },
        good,
        { id: 'enamel', points: [9, 9, 9] },
      ]),
    ).toEqual([good]);
    expect(readLandmarks([{ id: 'pulp', points: [1, 2, 3], clearance: [0.5] }])).toEqual([
      { id: 'pulp', points: [1, 2, 3], clearance: [0.5] },
    ]);
  });
});
