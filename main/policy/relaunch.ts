// Relaunching the whole app, the last resort of a kiosk (an uncaught error in the main process, the GPU
// process crashing again and again, the daily soft restart). Failures are remembered across launches in a
// small file, so an app that fails at every start backs off instead of spinning; the wait never exceeds the
// cool-down ceiling of the view's own restart policy.
import { MAX_COOL_DOWN_MS } from './restart';

/** Failures further back than this are forgotten. */
export const RELAUNCH_WINDOW_MS = 30 * 60_000;
const MAX_HISTORY = 10;
const BASE_DELAY_MS = 5_000;

/** The relaunch history file's text (a JSON array of epoch milliseconds), read leniently. */
export function parseRelaunchHistory(text: string | null): number[] {
  if (text === null || text.length > 4096) return [];
  try {
    const raw: unknown = JSON.parse(text);
    if (!Array.isArray(raw)) return [];
    return raw.filter((t): t is number => typeof t === 'number' && Number.isFinite(t)).slice(-MAX_HISTORY);
  } catch {
    return [];
  }
}

export interface RelaunchPlan {
  /** Wait this long before relaunching: 0 for a first failure, then doubling, at most MAX_COOL_DOWN_MS. */
  delayMs: number;
  /** The history to write back, this failure included. */
  history: number[];
  recentFailures: number;
}

export function relaunchPlan(history: readonly number[], nowMs: number): RelaunchPlan {
  const recent = history.filter((t) => t <= nowMs && nowMs - t < RELAUNCH_WINDOW_MS);
  const delayMs =
    recent.length === 0 ? 0 : Math.min(MAX_COOL_DOWN_MS, BASE_DELAY_MS * 2 ** (recent.length - 1));
  return { delayMs, history: [...recent, nowMs].slice(-MAX_HISTORY), recentFailures: recent.length + 1 };
}

/**
 * How the app restarts itself. Under a supervisor (`--supervised`: a systemd unit, Shell Launcher) it only
 * exits and lets the supervisor start it, since a process it did not start would be killed with the old one
 * (systemd) or would race the supervisor's own restart for the single-instance lock. Otherwise it relaunches.
 */
export function restartMethod(supervised: boolean): 'relaunch' | 'exit' {
  return supervised ? 'exit' : 'relaunch';
}

/** Exit status of a restart under a supervisor: EX_TEMPFAIL, "try again", distinct from a crash or a quit. */
export const RESTART_EXIT_CODE = 75;
