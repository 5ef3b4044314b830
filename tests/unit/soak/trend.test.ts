import { describe, expect, it } from 'vitest';
import { secondHalfGrowth } from '../../soak/trend';

describe('secondHalfGrowth', () => {
  it('measures from the first sample at or past half the run to the last', () => {
    const samples = [
      { cycle: 50, mb: 13.76 },
      { cycle: 450, mb: 16.31 },
      { cycle: 500, mb: 16.08 },
      { cycle: 550, mb: 16.2 },
      { cycle: 1000, mb: 16.37 },
    ];
    const g = secondHalfGrowth(samples, 1000)!;
    expect(g.from).toEqual({ cycle: 500, mb: 16.08 });
    expect(g.to).toEqual({ cycle: 1000, mb: 16.37 });
    expect(g.pct).toBeCloseTo(1.8035, 3);
  });

  it('says nothing when the samples do not reach both halves', () => {
    expect(secondHalfGrowth([], 20)).toBeNull();
    expect(secondHalfGrowth([{ cycle: 20, mb: 12 }], 20)).toBeNull();
    expect(
      secondHalfGrowth(
        [
          { cycle: 2, mb: 12 },
          { cycle: 4, mb: 12.5 },
        ],
        20,
      ),
    ).toBeNull();
  });
});
