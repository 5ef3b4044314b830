import { describe, expect, it } from 'vitest';
import { IdleClock } from '../../../renderer/state/idleClock';

describe('the kiosk’s idle clock', () => {
  it('counts the seconds since the last touch while the page ticks on time', () => {
    const c = new IdleClock(0, 1000);
    expect(c.tick(1000)).toBe(1);
    expect(c.tick(2000)).toBe(2);
    c.touch(2500);
    expect(c.tick(3000)).toBe(0.5);
    expect(c.tick(4000)).toBe(1.5);
  });

  it('does not count a stall of the page as a visitor’s absence', () => {
    const c = new IdleClock(0, 1000);
    expect(c.tick(1000)).toBe(1);
    // The page stood still for eight seconds (a GPU context rebuilt): one interval of it counts.
    expect(c.tick(9000)).toBe(2);
    expect(c.tick(10_000)).toBe(3);
  });

  it('counts a tick a little late as it is, and never more than an interval of a stall', () => {
    const c = new IdleClock(0, 250);
    expect(c.tick(450)).toBeCloseTo(0.45); // under two intervals: on time
    c.touch(500);
    // Stood still from the tick at 450 ms to 5,500 ms: of the 5 s since the touch, 0.2 s count (an interval of
    // the stall, less the 50 ms between the tick and the touch).
    expect(c.tick(5500)).toBeCloseTo(0.2);
  });
});
