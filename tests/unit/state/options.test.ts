import { describe, expect, it, vi } from 'vitest';
import {
  BOTS_MAX,
  BOTS_MIN,
  IDLE_MIN,
  IDLE_MIN_SOAK,
  parseStartOptions,
  READING_SCALE_MAX,
  READING_SCALE_MIN,
} from '../../../renderer/state/options';
import { SWARM_MAX } from '../../../renderer/state/settings';

describe('start options from the page address', () => {
  it('reads the swarm size, start time, autoplay and kiosk flags', () => {
    expect(parseStartOptions('?bots=400&t=12.5&play=1&kiosk=1&idle=30&reading=0.05')).toEqual({
      bots: 400,
      time: 12.5,
      autoplay: true,
      kiosk: true,
      idleSeconds: 30,
      readingScale: 0.05,
      faults: false,
      soak: false,
      notes: [],
    });
  });

  it('uses the defaults when nothing is given', () => {
    expect(parseStartOptions('')).toEqual({
      bots: null,
      time: 0,
      autoplay: false,
      kiosk: false,
      idleSeconds: null,
      readingScale: 1,
      faults: false,
      soak: false,
      notes: [],
    });
  });

  it('clamps a swarm size out of range and a negative time', () => {
    expect(parseStartOptions('?bots=1').bots).toBe(BOTS_MIN);
    expect(parseStartOptions('?bots=1e12').bots).toBe(BOTS_MAX);
    expect(parseStartOptions('?t=-40').time).toBe(0);
    expect(parseStartOptions('?reading=0.0001').readingScale).toBe(READING_SCALE_MIN);
    expect(parseStartOptions('?reading=1000').readingScale).toBe(READING_SCALE_MAX);
  });

  it('accepts a short idle time only for a soak run, which also turns the fault hooks on', () => {
    expect(parseStartOptions('?kiosk=1&idle=1').idleSeconds).toBe(IDLE_MIN);
    expect(parseStartOptions('?kiosk=1&idle=1&soak=1')).toMatchObject({
      idleSeconds: IDLE_MIN_SOAK,
      faults: true,
      soak: true,
    });
    expect(parseStartOptions('?faults=1')).toMatchObject({ faults: true, soak: false });
  });

  it('accepts a swarm of a million bots from the address, the settings’ own limit', () => {
    expect(BOTS_MAX).toBe(SWARM_MAX);
    expect(parseStartOptions('?bots=1000000').bots).toBe(1_000_000);
    expect(parseStartOptions('?bots=250000').bots).toBe(250_000);
    expect(parseStartOptions('?bots=1000001').bots).toBe(1_000_000);
  });

  it('ignores malformed values with one warning and still starts', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const o = parseStartOptions('?bots=lots&t=NaN&play=yes&reading=-2');
    expect(o).toEqual({
      bots: null,
      time: 0,
      autoplay: false,
      kiosk: false,
      idleSeconds: null,
      readingScale: 1,
      faults: false,
      soak: false,
      notes: [
        'bots=lots is not a number, so it was ignored',
        't=NaN is not a number, so it was ignored',
        'reading=-2 is not a positive scale, so it was ignored',
      ],
    });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/bots=lots.*t=NaN.*reading=-2/);
    expect(parseStartOptions('?reading=slow').readingScale).toBe(1);
    warn.mockRestore();
  });

  it('says what it brought into range, in words a person who wrote the link can act on', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseStartOptions('?bots=-7').notes).toEqual([
      'bots=-7 is outside 50 to 1,000,000 bots, so the swarm has 50',
    ]);
    expect(parseStartOptions('?bots=2e6&t=-3&kiosk=1&idle=2').notes).toEqual([
      'bots=2e6 is outside 50 to 1,000,000 bots, so the swarm has 1,000,000',
      't=-3 is before the story begins, so it opens at the start',
      'idle=2 is outside 15 to 3,600 seconds, so the kiosk waits 15 s',
    ]);
    expect(parseStartOptions('?reading=9').notes).toEqual([
      'reading=9 is outside 0.01 to 4, so the scale is 4',
    ]);
    // In range: nothing to say, and no warning.
    warn.mockClear();
    expect(parseStartOptions('?bots=400&t=3&kiosk=1&idle=30&reading=0.5').notes).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
