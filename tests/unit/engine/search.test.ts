import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastAtOrBefore, lowerBound, upperBound } from '../../../renderer/engine/search';

describe('binary search', () => {
  it('agrees with a linear scan on random sorted arrays with repeats', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 40 }),
        fc.integer({ min: -25, max: 25 }),
        (raw, x) => {
          const a = [...raw].sort((p, q) => p - q);
          const key = (i: number) => a[i]!;
          const firstAbove = a.findIndex((v) => v > x);
          const firstAtLeast = a.findIndex((v) => v >= x);
          expect(upperBound(a.length, key, x)).toBe(firstAbove < 0 ? a.length : firstAbove);
          expect(lowerBound(a.length, key, x)).toBe(firstAtLeast < 0 ? a.length : firstAtLeast);
          expect(lastAtOrBefore(a.length, key, x)).toBe((firstAbove < 0 ? a.length : firstAbove) - 1);
        },
      ),
    );
  });

  it('handles an empty range', () => {
    expect(upperBound(0, () => 0, 1)).toBe(0);
    expect(lastAtOrBefore(0, () => 0, 1)).toBe(-1);
  });
});
