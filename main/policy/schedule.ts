// The daily soft restart of a kiosk: the whole app starts afresh once a day at a quiet hour (04:00 unless the
// config says otherwise), which clears whatever hours of running left behind (heap, GPU process, caches).
// Local time, as staff read it; the caller passes the clock.

/** After the hour has come, how long the restart waits for the attract loop before going ahead anyway. */
export const DAILY_RESTART_GRACE_MS = 60 * 60_000;
/** An app started shortly before the hour is fresh enough: its first restart is the next day's. */
export const MIN_UPTIME_BEFORE_DAILY_RESTART_MS = 60 * 60_000;

/** Milliseconds from `now` to the next daily restart at `hour`:00 local time. */
export function msUntilDailyRestart(now: Date, hour: number, uptimeMs = Number.POSITIVE_INFINITY): number {
  const next = new Date(now.getTime());
  next.setHours(hour, 0, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  // Started less than an hour before the hour: skip to the day after.
  if (uptimeMs + (next.getTime() - now.getTime()) < MIN_UPTIME_BEFORE_DAILY_RESTART_MS) {
    next.setDate(next.getDate() + 1);
  }
  return next.getTime() - now.getTime();
}

/**
 * Once the hour has come: restart while the attract loop shows (nobody is at the exhibit), or after the
 * grace period in any case, so a page that never reports its attract loop still gets its daily restart.
 */
export function dailyRestartDecision(sinceDueMs: number, attractLoop: boolean): 'restart' | 'wait' {
  return attractLoop || sinceDueMs >= DAILY_RESTART_GRACE_MS ? 'restart' : 'wait';
}
