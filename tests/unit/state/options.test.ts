import { describe, expect, it, vi } from 'vitest';
import {
  BOTS_MAX,
  BOTS_MIN,
  IDLE_MIN,
  IDLE_MIN_SOAK,
  parseStartOptions,
} from '../../../renderer/state/options';

describe('start options from the page address', () => {
  it('reads the swarm size, start time, autoplay and kiosk flags', () => {
    expect(parseStartOptions('?bots=400&t=12.5&play=1&kiosk=1&idle=30')).toEqual({
      bots: 400,
      time: 12.5,
      autoplay: true,
      kiosk: true,
      idleSeconds: 30,
      faults: false,
      soak: false,
    });
  });

  it('uses the defaults when nothing is given', () => {
    expect(parseStartOptions('')).toEqual({
      bots: null,
      time: 0,
      autoplay: false,
      kiosk: false,
      idleSeconds: null,
      faults: false,
      soak: false,
    });
  });

  it('clamps a swarm size out of range and a negative time', () => {
    expect(parseStartOptions('?bots=1').bots).toBe(BOTS_MIN);
    expect(parseStartOptions('?bots=1e12').bots).toBe(BOTS_MAX);
    expect(parseStartOptions('?t=-40').time).toBe(0);
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

  it('ignores malformed values with one warning and still starts', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const o = parseStartOptions('?bots=lots&t=NaN&play=yes');
    expect(o).toEqual({
      bots: null,
      time: 0,
      autoplay: false,
      kiosk: false,
      idleSeconds: null,
      faults: false,
      soak: false,
    });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/bots=lots.*t=NaN/);
    warn.mockRestore();
  });
});
