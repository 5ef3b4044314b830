// Start-up options from the page address (web mode, tests, support links) and the kiosk configuration.
// A malformed value is ignored with a console warning: the app still starts with its defaults.
import { SWARM_MAX } from './settings';

export interface StartOptions {
  /** Bots in the swarm (the scenario's default when absent). */
  bots: number | null;
  /** Story time to open at, seconds. */
  time: number;
  /** Start playing at once. */
  autoplay: boolean;
  /** Kiosk behaviour in web mode (attract screen after idle, loop the story). */
  kiosk: boolean;
  /** Kiosk: seconds without a touch before the story starts again (null: the configured default). */
  idleSeconds: number | null;
}

/** The address may ask for a tiny swarm (tests, weak machines); the settings offer from SWARM_MIN up. */
export const BOTS_MIN = 50;
/** The largest swarm anywhere in the app: the settings' own limit, one fact. */
export const BOTS_MAX = SWARM_MAX;

export function parseStartOptions(search: string): StartOptions {
  const q = new URLSearchParams(search);
  const problems: string[] = [];
  const num = (key: string): number | null => {
    const raw = q.get(key);
    if (raw === null) return null;
    const v = Number(raw);
    if (!Number.isFinite(v)) {
      problems.push(`${key}=${raw} is not a number`);
      return null;
    }
    return v;
  };
  const bots = num('bots');
  const time = num('t');
  const idle = num('idle');
  const opts: StartOptions = {
    bots: bots === null ? null : Math.round(Math.min(BOTS_MAX, Math.max(BOTS_MIN, bots))),
    time: time === null ? 0 : Math.max(0, time),
    autoplay: q.get('play') === '1',
    kiosk: q.get('kiosk') === '1',
    idleSeconds: idle === null ? null : Math.round(Math.min(3600, Math.max(15, idle))),
  };
  if (problems.length > 0 && typeof console !== 'undefined') {
    console.warn(`Tooth Rebirth: ignored start options: ${problems.join('; ')}`);
  }
  return opts;
}
