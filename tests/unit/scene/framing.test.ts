import { describe, expect, it } from 'vitest';
import { FRAME_MARGIN, frameSphere } from '../../../renderer/scene/framing';

/** Angular radius of a sphere of radius r seen from distance d. */
const angularRadius = (r: number, d: number) => Math.asin(r / d);

describe('framing a model by its bounding sphere', () => {
  it('fits a full arch and a single tooth inside the view with the same margin', () => {
    for (const r of [8, 40]) {
      const f = frameSphere(r, 35, 16 / 9);
      const half = (35 * Math.PI) / 360;
      expect(angularRadius(r, f.distance)).toBeLessThan(half);
      expect(Math.sin(half) / Math.sin(angularRadius(r, f.distance))).toBeCloseTo(FRAME_MARGIN, 6);
    }
    expect(frameSphere(40, 35, 1.5).distance / frameSphere(8, 35, 1.5).distance).toBeCloseTo(5, 6);
  });

  it('fits the narrower angle in a portrait view', () => {
    const f = frameSphere(40, 35, 0.5);
    const hHalf = Math.atan(Math.tan((35 * Math.PI) / 360) * 0.5);
    expect(angularRadius(40, f.distance)).toBeLessThan(hHalf);
  });

  it('sets the depth range and zoom limits from the size', () => {
    const f = frameSphere(40, 35, 1.5);
    expect(f.minDistance).toBeGreaterThan(40);
    expect(f.maxDistance).toBeGreaterThan(f.distance);
    expect(f.near).toBeLessThan(f.minDistance - 40);
    expect(f.far).toBeGreaterThan(f.maxDistance + 40);
  });
});
