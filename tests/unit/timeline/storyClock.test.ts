import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoryClock } from '../../../renderer/timeline/storyClock';

const chapters = [
  { id: 'a', scenario: 's1', span: { from: 0, to: 40 } },
  { id: 'b', scenario: 's1', span: { from: 40, to: 80 } },
  { id: 'c', scenario: 's2', span: { from: 10, to: 30 } },
];

describe('StoryClock', () => {
  it('lays chapters end to end', () => {
    const clock = new StoryClock(chapters);
    expect(clock.duration).toBe(100);
    expect(clock.segments.map((s) => [s.start, s.end])).toEqual([
      [0, 40],
      [40, 80],
      [80, 100],
    ]);
  });

  it('maps story time to chapter, scenario and local time', () => {
    const clock = new StoryClock(chapters);
    expect(clock.locate(0)).toEqual({ index: 0, scenario: 's1', localTime: 0 });
    expect(clock.locate(39.5)).toEqual({ index: 0, scenario: 's1', localTime: 39.5 });
    expect(clock.locate(40)).toEqual({ index: 1, scenario: 's1', localTime: 40 });
    expect(clock.locate(85)).toEqual({ index: 2, scenario: 's2', localTime: 15 });
    expect(clock.locate(100)).toEqual({ index: 2, scenario: 's2', localTime: 30 });
  });

  it('clamps out-of-range and non-finite times instead of failing', () => {
    const clock = new StoryClock(chapters);
    expect(clock.locate(-5).localTime).toBe(0);
    expect(clock.locate(1e9)).toEqual({ index: 2, scenario: 's2', localTime: 30 });
    expect(clock.clamp(Number.NaN)).toBe(0);
  });

  it('round-trips any story time through (chapter, local time)', () => {
    const clock = new StoryClock(chapters);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (t) => {
        const loc = clock.locate(t);
        expect(clock.storyTime(loc.index, loc.localTime)).toBeCloseTo(t, 9);
      }),
    );
  });

  it('rejects an empty story or an empty chapter with a clear message', () => {
    expect(() => new StoryClock([])).toThrow(/at least one chapter/);
    expect(() => new StoryClock([{ id: 'x', scenario: 's', span: { from: 5, to: 5 } }])).toThrow(
      /"x" has an empty span/,
    );
  });
});
