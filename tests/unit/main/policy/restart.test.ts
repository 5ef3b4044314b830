import { describe, expect, it } from 'vitest';
import {
  hangResponse,
  MAX_COOL_DOWN_MS,
  RestartPolicy,
  shouldRecover,
} from '../../../../main/policy/restart';

describe('crash-loop guard', () => {
  it('backs off exponentially, then cools down past the limit', () => {
    const policy = new RestartPolicy({ maxRestarts: 3, windowMs: 60_000, baseDelayMs: 1000 });
    expect(policy.recordFailure(0)).toEqual({ action: 'reload', delayMs: 1000, recentFailures: 1 });
    expect(policy.recordFailure(2_000)).toEqual({ action: 'reload', delayMs: 2000, recentFailures: 2 });
    expect(policy.recordFailure(5_000)).toEqual({ action: 'reload', delayMs: 4000, recentFailures: 3 });
    expect(policy.recordFailure(10_000)).toEqual({ action: 'cool-down', delayMs: 60_000, recentFailures: 4 });
  });

  it('forgets failures older than the window', () => {
    const policy = new RestartPolicy({ maxRestarts: 2, windowMs: 10_000 });
    policy.recordFailure(0);
    policy.recordFailure(1_000);
    expect(policy.recentFailures(5_000)).toBe(2);
    // Both earlier failures are out of the window: this one counts as the first again.
    expect(policy.recordFailure(11_000)).toMatchObject({
      action: 'reload',
      recentFailures: 1,
      delayMs: 1000,
    });
  });

  it('tries again after a cool-down, so a kiosk is never left dark for good', () => {
    const policy = new RestartPolicy({ maxRestarts: 2, windowMs: 10_000 });
    let now = 0;
    const decisions = [];
    for (let i = 0; i < 12; i++) {
      const decision = policy.recordFailure(now);
      decisions.push(decision.action);
      now += decision.delayMs + 100; // the page crashes again 100 ms after each reload
    }
    expect(decisions).toEqual([
      'reload',
      'reload',
      'cool-down',
      'reload',
      'reload',
      'cool-down',
      'reload',
      'reload',
      'cool-down',
      'reload',
      'reload',
      'cool-down',
    ]);
  });

  it('bounds the reload rate of a page that always crashes', () => {
    const policy = new RestartPolicy({ maxRestarts: 5, windowMs: 600_000 });
    let now = 0;
    let reloads = 0;
    while (now < 24 * 3600_000) {
      const decision = policy.recordFailure(now);
      reloads++;
      now += decision.delayMs;
    }
    // At most maxRestarts + 1 attempts per window-and-backoff cycle: a few hundred a day, not millions.
    expect(reloads).toBeLessThanOrEqual(6 * Math.ceil((24 * 3600_000) / 600_000));
    expect(reloads).toBeGreaterThan(24);
  });

  it('caps the back-off delay', () => {
    const policy = new RestartPolicy({
      maxRestarts: 50,
      windowMs: 1e9,
      baseDelayMs: 1000,
      maxDelayMs: 30_000,
    });
    let last = 0;
    for (let i = 0; i < 20; i++) last = policy.recordFailure(i).delayMs;
    expect(last).toBe(30_000);
  });

  it('rejects nonsense options', () => {
    expect(() => new RestartPolicy({ maxRestarts: 0, windowMs: 1000 })).toThrow(RangeError);
    expect(() => new RestartPolicy({ maxRestarts: 3, windowMs: NaN })).toThrow(RangeError);
  });

  it('recovers from every way a renderer can go, except a clean exit', () => {
    for (const reason of [
      'crashed',
      'killed',
      'oom',
      'abnormal-exit',
      'launch-failed',
      'integrity-failure',
    ]) {
      expect(shouldRecover(reason)).toBe(true);
    }
    expect(shouldRecover('clean-exit')).toBe(false);
  });

  it('reloads a hung kiosk on its own and asks elsewhere', () => {
    expect(hangResponse('kiosk')).toEqual({ kind: 'reload', afterMs: 10_000 });
    expect(hangResponse('desktop').kind).toBe('ask');
    expect(hangResponse('presenter').kind).toBe('ask');
  });
});

describe('cool-down ceiling', () => {
  it('never waits longer than five minutes, whatever the configured window', () => {
    const policy = new RestartPolicy({ maxRestarts: 1, windowMs: 86_400_000 });
    policy.recordFailure(0);
    expect(policy.recordFailure(1000)).toMatchObject({ action: 'cool-down', delayMs: MAX_COOL_DOWN_MS });
    expect(MAX_COOL_DOWN_MS).toBe(300_000);
  });
});
