import { describe, expect, it } from 'vitest';
import {
  ACCEPTABILITY_THRESHOLD_DE00,
  deltaE00,
  HEALTHY_ENAMEL_LAB,
  HYPOCALCIFIED_CHALKY_LAB,
  HYPOMATURATION_BROWN_LAB,
  HYPOMATURATION_CREAM_LAB,
  labArrayToRgb,
  labInSrgbGamut,
  labToHex,
  labToLinearSrgb,
  labToSrgb,
  PERCEPTIBILITY_THRESHOLD_DE00,
  srgbToLab,
  WHITE_SPOT_LAB,
} from '../../../renderer/colour';

// Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula: implementation notes, supplementary
// test data, and mathematical observations", Color Res. Appl. 30(1):21-30, Table 1: L1 a1 b1 L2 a2 b2 ΔE00.
const SHARMA_2005: readonly (readonly number[])[] = [
  [50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425],
  [50.0, 3.1571, -77.2803, 50.0, 0.0, -82.7485, 2.8615],
  [50.0, 2.8361, -74.02, 50.0, 0.0, -82.7485, 3.4412],
  [50.0, -1.3802, -84.2814, 50.0, 0.0, -82.7485, 1.0],
  [50.0, -1.1848, -84.8006, 50.0, 0.0, -82.7485, 1.0],
  [50.0, -0.9009, -85.5211, 50.0, 0.0, -82.7485, 1.0],
  [50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669],
  [50.0, -1.0, 2.0, 50.0, 0.0, 0.0, 2.3669],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0009, 7.1792],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.001, 7.1792],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0011, 7.2195],
  [50.0, 2.49, -0.001, 50.0, -2.49, 0.0012, 7.2195],
  [50.0, -0.001, 2.49, 50.0, 0.0009, -2.49, 4.8045],
  [50.0, -0.001, 2.49, 50.0, 0.001, -2.49, 4.8045],
  [50.0, -0.001, 2.49, 50.0, 0.0011, -2.49, 4.7461],
  [50.0, 2.5, 0.0, 50.0, 0.0, -2.5, 4.3065],
  [50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492],
  [50.0, 2.5, 0.0, 61.0, -5.0, 29.0, 22.8977],
  [50.0, 2.5, 0.0, 56.0, -27.0, -3.0, 31.903],
  [50.0, 2.5, 0.0, 58.0, 24.0, 15.0, 19.4535],
  [50.0, 2.5, 0.0, 50.0, 3.1736, 0.5854, 1.0],
  [50.0, 2.5, 0.0, 50.0, 3.2972, 0.0, 1.0],
  [50.0, 2.5, 0.0, 50.0, 1.8634, 0.5757, 1.0],
  [50.0, 2.5, 0.0, 50.0, 3.2592, 0.335, 1.0],
  [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
  [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
  [61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
  [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
  [22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
  [36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
  [90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
  [90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
  [6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
  [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
];

describe('deltaE00 (culori CIEDE2000)', () => {
  it('has all 34 published test pairs', () => {
    expect(SHARMA_2005).toHaveLength(34);
  });

  it.each(SHARMA_2005.map((row, i) => [i + 1, row] as const))(
    'matches Sharma 2005 pair %i to 4 decimals',
    (_n, row) => {
      const [l1, a1, b1, l2, a2, b2, expected] = row as number[];
      expect(deltaE00(l1!, a1!, b1!, l2!, a2!, b2!)).toBeCloseTo(expected!, 4);
    },
  );

  it('is symmetric for every published pair', () => {
    for (const [l1, a1, b1, l2, a2, b2] of SHARMA_2005 as number[][]) {
      expect(deltaE00(l2!, a2!, b2!, l1!, a1!, b1!)).toBeCloseTo(deltaE00(l1!, a1!, b1!, l2!, a2!, b2!), 10);
    }
  });

  it('is zero for identical colours and grows with distance', () => {
    const [l, a, b] = HEALTHY_ENAMEL_LAB;
    expect(deltaE00(l, a, b, l, a, b)).toBe(0);
    const near = deltaE00(l, a, b, l + 0.5, a, b);
    const far = deltaE00(l, a, b, l + 2, a, b);
    expect(near).toBeGreaterThan(0);
    expect(far).toBeGreaterThan(near);
  });
});

describe('enamel palette', () => {
  it('puts healthy enamel inside the ranges science.md gives (L* 70-80, a* 0-2, b* 10-20)', () => {
    const [l, a, b] = HEALTHY_ENAMEL_LAB;
    expect(l).toBeGreaterThanOrEqual(70);
    expect(l).toBeLessThanOrEqual(80);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThanOrEqual(2);
    expect(b).toBeGreaterThanOrEqual(10);
    expect(b).toBeLessThanOrEqual(20);
  });

  it('makes every anomaly colour unacceptable against healthy enamel at full strength', () => {
    const [l, a, b] = HEALTHY_ENAMEL_LAB;
    for (const c of [
      HYPOMATURATION_BROWN_LAB,
      HYPOMATURATION_CREAM_LAB,
      HYPOCALCIFIED_CHALKY_LAB,
      WHITE_SPOT_LAB,
    ]) {
      expect(deltaE00(l, a, b, c[0], c[1], c[2])).toBeGreaterThan(ACCEPTABILITY_THRESHOLD_DE00);
    }
    expect(PERCEPTIBILITY_THRESHOLD_DE00).toBe(0.8);
    expect(ACCEPTABILITY_THRESHOLD_DE00).toBe(1.8);
  });

  it('keeps hypomaturation colours yellower (higher b*) and darker than healthy enamel', () => {
    for (const c of [HYPOMATURATION_BROWN_LAB, HYPOMATURATION_CREAM_LAB]) {
      expect(c[2]).toBeGreaterThan(HEALTHY_ENAMEL_LAB[2]);
      expect(c[0]).toBeLessThan(HEALTHY_ENAMEL_LAB[0]);
    }
    expect(HYPOCALCIFIED_CHALKY_LAB[0]).toBeGreaterThan(HEALTHY_ENAMEL_LAB[0]);
  });

  it('lies inside the sRGB gamut, so what is shown is what is measured', () => {
    for (const c of [
      HEALTHY_ENAMEL_LAB,
      HYPOMATURATION_BROWN_LAB,
      HYPOMATURATION_CREAM_LAB,
      HYPOCALCIFIED_CHALKY_LAB,
      WHITE_SPOT_LAB,
    ]) {
      expect(labInSrgbGamut(c[0], c[1], c[2])).toBe(true);
    }
    expect(labInSrgbGamut(50, 120, 0)).toBe(false);
  });
});

describe('display conversions', () => {
  it('round-trips CIELAB through sRGB so the displayed colour keeps its ΔE00', () => {
    const out = new Float32Array(3);
    const back = [0, 0, 0];
    for (const c of [HEALTHY_ENAMEL_LAB, HYPOMATURATION_BROWN_LAB, WHITE_SPOT_LAB]) {
      labToSrgb(c[0], c[1], c[2], out);
      srgbToLab(out[0]!, out[1]!, out[2]!, back);
      expect(deltaE00(c[0], c[1], c[2], back[0]!, back[1]!, back[2]!)).toBeLessThan(0.01);
    }
  });

  it('maps white and black to the ends of the range, and linear sRGB below encoded sRGB for mid tones', () => {
    const rgb = [0, 0, 0];
    labToSrgb(100, 0, 0, rgb);
    for (const v of rgb) expect(v).toBeCloseTo(1, 3);
    labToSrgb(0, 0, 0, rgb);
    for (const v of rgb) expect(v).toBeCloseTo(0, 6);
    const enc = [0, 0, 0];
    const lin = [0, 0, 0];
    labToSrgb(50, 0, 0, enc);
    labToLinearSrgb(50, 0, 0, lin);
    expect(lin[0]!).toBeLessThan(enc[0]!);
    expect(lin[0]!).toBeCloseTo(0.1842, 3); // L* 50 is Y = 0.1842 of white
  });

  it('clips out-of-gamut colours to 0..1', () => {
    const rgb = [0, 0, 0];
    labToSrgb(50, 120, 0, rgb);
    for (const v of rgb) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });

  it('writes at an offset and converts listed entries of an array only', () => {
    const lab = new Float32Array([75, 1, 15, 62, 8, 30]);
    const out = new Float32Array(6).fill(-1);
    labArrayToRgb(lab, out, false, new Uint32Array([1]));
    expect(out[0]).toBe(-1);
    const one = [0, 0, 0];
    labToSrgb(62, 8, 30, one);
    expect(out[3]).toBeCloseTo(one[0]!, 6);
    expect(out[5]).toBeCloseTo(one[2]!, 6);
    expect(labToHex(100, 0, 0)).toBe('#ffffff');
  });
});
