import { describe, expect, it } from 'vitest';
import {
  parseRelaunchHistory,
  RELAUNCH_WINDOW_MS,
  relaunchPlan,
  restartMethod,
} from '../../../../main/policy/relaunch';
import { MAX_COOL_DOWN_MS } from '../../../../main/policy/restart';
import {
  DAILY_RESTART_GRACE_MS,
  dailyRestartDecision,
  msUntilDailyRestart,
} from '../../../../main/policy/schedule';

const H = 3_600_000;

describe('daily restart', () => {
  it('comes at the configured hour, today or tomorrow', () => {
    expect(msUntilDailyRestart(new Date(2025, 2, 10, 1, 30), 4)).toBe(2.5 * H);
    expect(msUntilDailyRestart(new Date(2025, 2, 10, 4, 0), 4)).toBe(24 * H);
    expect(msUntilDailyRestart(new Date(2025, 2, 10, 22, 0), 4)).toBe(6 * H);
  });

  it('skips a day when the app started just before the hour', () => {
    expect(msUntilDailyRestart(new Date(2025, 2, 10, 3, 50), 4, 60_000)).toBe(24 * H + 10 * 60_000);
    expect(msUntilDailyRestart(new Date(2025, 2, 10, 3, 50), 4, 2 * H)).toBe(10 * 60_000);
  });

  it('waits for the attract loop, but not past the grace period', () => {
    expect(dailyRestartDecision(0, true)).toBe('restart');
    expect(dailyRestartDecision(10 * 60_000, false)).toBe('wait');
    expect(dailyRestartDecision(DAILY_RESTART_GRACE_MS, false)).toBe('restart');
  });
});

describe('relaunch back-off', () => {
  it('relaunches a first failure at once, then backs off up to the cool-down ceiling', () => {
    let history: number[] = [];
    const delays: number[] = [];
    let now = 1_000_000;
    for (let i = 0; i < 9; i++) {
      const plan = relaunchPlan(history, now);
      delays.push(plan.delayMs);
      history = plan.history;
      now += plan.delayMs + 1000;
    }
    expect(delays.slice(0, 4)).toEqual([0, 5000, 10_000, 20_000]);
    expect(Math.max(...delays)).toBe(MAX_COOL_DOWN_MS);
    expect(history.length).toBeLessThanOrEqual(10);
  });

  it('forgets failures older than the window and reads a damaged file as empty', () => {
    expect(relaunchPlan([0, 1000], RELAUNCH_WINDOW_MS + 1000).delayMs).toBe(0);
    expect(parseRelaunchHistory('[1, "x", null, 2]')).toEqual([1, 2]);
    for (const text of [null, '', '{', '{"a":1}', 'x'.repeat(5000)])
      expect(parseRelaunchHistory(text)).toEqual([]);
  });

  it('leaves the restart to a supervisor when there is one', () => {
    expect(restartMethod(true)).toBe('exit');
    expect(restartMethod(false)).toBe('relaunch');
  });
});
