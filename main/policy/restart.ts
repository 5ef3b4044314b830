// Crash-loop guard for the view. A kiosk runs all day with nobody to press a button, so a renderer that
// crashes or hangs is reloaded on its own; but a page that crashes on every load must not be reloaded in a
// tight loop. Each failure is timestamped by the caller (no clock in here, so the policy is testable):
// reloads back off exponentially, and past `maxRestarts` failures within the window the guard waits out the
// window before trying again, but never longer than MAX_COOL_DOWN_MS: a museum would rather see a retry than a
// dark screen for the rest of the afternoon.
import type { AppMode } from '../ipc/contract';

/** The longest a kiosk ever waits before trying again, whatever the configured window. */
export const MAX_COOL_DOWN_MS = 5 * 60_000;

export interface RestartPolicyOptions {
  maxRestarts: number;
  windowMs: number;
  /** Delay before the first reload; doubles for each further failure within the window. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export type RestartDecision =
  | { action: 'reload'; delayMs: number; recentFailures: number }
  | { action: 'cool-down'; delayMs: number; recentFailures: number };

export class RestartPolicy {
  private readonly failures: number[] = [];
  private readonly maxRestarts: number;
  private readonly windowMs: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(options: RestartPolicyOptions) {
    if (!(options.maxRestarts >= 1) || !(options.windowMs > 0)) {
      throw new RangeError('RestartPolicy needs maxRestarts >= 1 and windowMs > 0');
    }
    this.maxRestarts = Math.floor(options.maxRestarts);
    this.windowMs = options.windowMs;
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
  }

  /** Records a failure at `nowMs` and says what to do about it. */
  recordFailure(nowMs: number): RestartDecision {
    while (this.failures.length > 0 && nowMs - this.failures[0]! >= this.windowMs) this.failures.shift();
    this.failures.push(nowMs);
    // Only the last maxRestarts + 1 failures can matter; keeping no more bounds the memory.
    if (this.failures.length > this.maxRestarts + 1) this.failures.shift();
    const recentFailures = this.failures.length;
    if (recentFailures > this.maxRestarts) {
      return { action: 'cool-down', delayMs: Math.min(this.windowMs, MAX_COOL_DOWN_MS), recentFailures };
    }
    const delayMs = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (recentFailures - 1));
    return { action: 'reload', delayMs, recentFailures };
  }

  /** Failures still inside the window at `nowMs`. */
  recentFailures(nowMs: number): number {
    return this.failures.filter((t) => nowMs - t < this.windowMs).length;
  }
}

/** `render-process-gone` reasons that call for a reload: all but a clean exit. */
export function shouldRecover(reason: string): boolean {
  return reason !== 'clean-exit';
}

/**
 * What to do when the view stops answering (`unresponsive`): a kiosk reloads on its own after a short grace;
 * on a desktop or in front of a class the person at the screen is asked, after a longer one (a heavy model
 * can legitimately take a while to load).
 */
export function hangResponse(mode: AppMode): { kind: 'reload' | 'ask'; afterMs: number } {
  return mode === 'kiosk' ? { kind: 'reload', afterMs: 10_000 } : { kind: 'ask', afterMs: 20_000 };
}
