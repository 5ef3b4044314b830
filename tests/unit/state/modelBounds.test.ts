import { describe, expect, it } from 'vitest';
import { modelBounds, modelKind } from '../../../renderer/state/model';

function layer(points: number[][]) {
  return { positions: Float32Array.from(points.flat()) };
}

describe('what a model is, by its size', () => {
  it('measures the box, its centre and the sphere that holds every layer', () => {
    const b = modelBounds({
      layers: [
        layer([
          [-38, 0, -5],
          [38, 10, 20],
        ]),
        layer([[0, -2, 0]]),
      ] as never,
    });
    expect(b.min).toEqual([-38, -2, -5]);
    expect(b.max).toEqual([38, 10, 20]);
    expect(b.centre).toEqual([0, 4, 7.5]);
    expect(b.across).toBe(76);
    expect(b.radius).toBeCloseTo(Math.hypot(38, 6, 12.5), 4);
  });

  it('names a single tooth, part of an arch and a full arch', () => {
    expect(modelKind(11)).toBe('tooth');
    expect(modelKind(30)).toBe('tooth');
    expect(modelKind(42)).toBe('partial-arch');
    expect(modelKind(77)).toBe('full-arch');
  });
});
