import { converter, inGamut } from 'culori';
import { describe, expect, it } from 'vitest';
import {
  ACCEPTABILITY_THRESHOLD_DE00,
  deltaE00,
  PERCEPTIBILITY_THRESHOLD_DE00,
} from '../../../renderer/colour';
import {
  HEALTHY_ENAMEL_LAB,
  HYPOCALCIFIED_CHALKY_LAB,
  HYPOMATURATION_BROWN_LAB,
  HYPOMATURATION_CREAM_LAB,
  WHITE_SPOT_LAB,
} from '../../../renderer/engine/palette';

// Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula: implementation notes, supplementary
// test data, and mathematical observations", Color Res. Appl. 30(1):21-30, Table 1, one row per numbered
// pair of the paper: pair, L1 a1 b1, L2 a2 b2, ΔE00 (published to 4 decimals).
const SHARMA_2005: readonly (readonly number[])[] = [
  [1, 50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425],
  [2, 50.0, 3.1571, -77.2803, 50.0, 0.0, -82.7485, 2.8615],
  [3, 50.0, 2.8361, -74.02, 50.0, 0.0, -82.7485, 3.4412],
  [4, 50.0, -1.3802, -84.2814, 50.0, 0.0, -82.7485, 1.0],
  [5, 50.0, -1.1848, -84.8006, 50.0, 0.0, -82.7485, 1.0],
  [6, 50.0, -0.9009, -85.5211, 50.0, 0.0, -82.7485, 1.0],
  [7, 50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669],
  [8, 50.0, -1.0, 2.0, 50.0, 0.0, 0.0, 2.3669],
  [9, 50.0, 2.49, -0.001, 50.0, -2.49, 0.0009, 7.1792],
  [10, 50.0, 2.49, -0.001, 50.0, -2.49, 0.001, 7.1792],
  [11, 50.0, 2.49, -0.001, 50.0, -2.49, 0.0011, 7.2195],
  [12, 50.0, 2.49, -0.001, 50.0, -2.49, 0.0012, 7.2195],
  [13, 50.0, -0.001, 2.49, 50.0, 0.0009, -2.49, 4.8045],
  [14, 50.0, -0.001, 2.49, 50.0, 0.001, -2.49, 4.8045],
  [15, 50.0, -0.001, 2.49, 50.0, 0.0011, -2.49, 4.7461],
  [16, 50.0, 2.5, 0.0, 50.0, 0.0, -2.5, 4.3065],
  [17, 50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492],
  [18, 50.0, 2.5, 0.0, 61.0, -5.0, 29.0, 22.8977],
  [19, 50.0, 2.5, 0.0, 56.0, -27.0, -3.0, 31.903],
  [20, 50.0, 2.5, 0.0, 58.0, 24.0, 15.0, 19.4535],
  [21, 50.0, 2.5, 0.0, 50.0, 3.1736, 0.5854, 1.0],
  [22, 50.0, 2.5, 0.0, 50.0, 3.2972, 0.0, 1.0],
  [23, 50.0, 2.5, 0.0, 50.0, 1.8634, 0.5757, 1.0],
  [24, 50.0, 2.5, 0.0, 50.0, 3.2592, 0.335, 1.0],
  [25, 60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
  [26, 63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
  [27, 61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
  [28, 35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
  [29, 22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
  [30, 36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
  [31, 90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
  [32, 90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
  [33, 6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
  [34, 2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
];

describe('deltaE00 (culori CIEDE2000)', () => {
  it.each(SHARMA_2005.map((row) => [row[0], row] as const))(
    'matches Sharma 2005 pair %i within the published rounding (5e-5)',
    (_n, row) => {
      const [, l1, a1, b1, l2, a2, b2, expected] = row as number[];
      expect(Math.abs(deltaE00(l1!, a1!, b1!, l2!, a2!, b2!) - expected!)).toBeLessThanOrEqual(5e-5);
    },
  );

  // The table is only a test if it is the paper's whole table: its pairs are numbered 1 to 34, and the paper
  // built some of them to known values (pairs 4-6 and 21-24 at exactly ΔE00 = 1; pairs 7 and 8 are one pair in
  // both orders; pairs 9-12 and 13-15 straddle the hue-angle discontinuity by 0.0001 in a* or b*). A dropped,
  // repeated or shifted row breaks one of these.
  it('transcribes the whole of Table 1, row by row', () => {
    expect(SHARMA_2005.map((row) => row[0])).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
    for (const row of SHARMA_2005) expect(row, `pair ${row[0]}`).toHaveLength(8);
    const pair = (n: number) => SHARMA_2005[n - 1]!;
    for (const n of [4, 5, 6, 21, 22, 23, 24]) expect(pair(n)[7], `pair ${n}`).toBe(1);
    expect(pair(8).slice(1, 4)).toEqual(pair(7).slice(4, 7));
    expect(pair(8).slice(4, 7)).toEqual(pair(7).slice(1, 4));
    // Across the discontinuity the published difference jumps although the colours barely move.
    expect(pair(11)[7]! - pair(10)[7]!).toBeCloseTo(0.0403, 4);
    expect(pair(15)[7]! - pair(14)[7]!).toBeCloseTo(-0.0584, 4);
  });

  it('is symmetric for every published pair', () => {
    for (const [, l1, a1, b1, l2, a2, b2] of SHARMA_2005 as number[][]) {
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

const toRgb = converter('rgb');
const inSrgb = inGamut('rgb');

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
      expect(inSrgb(toRgb({ mode: 'lab65', l: c[0], a: c[1], b: c[2] }))).toBe(true);
    }
    expect(inSrgb(toRgb({ mode: 'lab65', l: 50, a: 120, b: 0 }))).toBe(false);
  });
});
