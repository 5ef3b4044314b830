import { describe, expect, it } from 'vitest';
import { applyLesion } from '../../../renderer/mesh';
import {
  type CutPlane,
  cutPlane,
  cutThickness,
  type CutThickness,
  toothBox,
} from '../../../renderer/scene/cutPlane';
import { CUT_AXES } from '../../../renderer/state/view';
import { molarModel } from './fixtures';

const plane = (): CutPlane => ({ nx: 0, ny: 0, nz: 0, d: 0 });
const stats = (): CutThickness => ({ count: 0, median: 0, max: 0 });

describe('the cut', () => {
  it('runs across the tooth box along each direction, the horizontal cut within the crown', async () => {
    const m = await molarModel();
    const box = toothBox(m);
    // The molar: 11 mm mesiodistally, about 21.5 mm from apex to cusp tip, crown from the cervical line up.
    expect(box.max[0] - box.min[0]).toBeGreaterThan(10);
    expect(box.max[1] - box.min[1]).toBeGreaterThan(20);
    expect(box.crownBottom).toBeGreaterThan(box.min[1] + 10);
    expect(box.crownBottom).toBeLessThan(1);
    const p = plane();
    expect(cutPlane('mesiodistal', 0, box, p)).toMatchObject({ nx: 0, ny: 0, nz: 1, d: box.min[2] });
    expect(cutPlane('buccolingual', 1, box, p)).toMatchObject({ nx: 1, ny: 0, nz: 0, d: box.max[0] });
    expect(cutPlane('horizontal', 0, box, p).d).toBeCloseTo(box.crownBottom, 6);
    expect(cutPlane('horizontal', 0.5, box, p).d).toBeCloseTo((box.crownBottom + box.max[1]) / 2, 6);
    // Out-of-range depths stay on the tooth.
    expect(cutPlane('horizontal', 7, box, p).d).toBe(box.max[1]);
  });

  it('measures the enamel at the cut from the frame’s thickness: a plausible molar’s, and the lesion’s loss', async () => {
    const m = await molarModel();
    const box = toothBox(m);
    const scratch = new Float32Array(m.sites.count);
    for (const axis of CUT_AXES) {
      const s = cutThickness(
        m.sites,
        m.sites.targetThickness,
        cutPlane(axis, 0.5, box, plane()),
        scratch,
        stats(),
      );
      expect(s.count, axis).toBeGreaterThan(20);
      expect(s.median, axis).toBeGreaterThan(0.5);
      expect(s.median, axis).toBeLessThan(2.6);
      expect(s.max, axis).toBeGreaterThanOrEqual(s.median);
      expect(s.max, axis).toBeLessThan(3.2);
    }
    // Eroded cusps: a horizontal cut high in the crown finds less enamel before treatment than healthy.
    const eroded = applyLesion(m.sites, 'erosion', 5);
    const high = cutPlane('horizontal', 0.85, box, plane());
    const healthy = cutThickness(m.sites, m.sites.targetThickness, high, scratch, stats());
    const before = cutThickness(m.sites, eroded.initialThickness, high, scratch, stats());
    expect(before.count).toBe(healthy.count);
    expect(before.median).toBeLessThan(healthy.median);
  });

  it('finds no enamel beyond the tooth', async () => {
    const m = await molarModel();
    const far: CutPlane = { nx: 1, ny: 0, nz: 0, d: 100 };
    const s = cutThickness(m.sites, m.sites.targetThickness, far, new Float32Array(m.sites.count), stats());
    expect(s).toEqual({ count: 0, median: 0, max: 0 });
  });
});
