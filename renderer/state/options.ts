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
  /** Kiosk: multiplies the reading time a chapter's end waits (1: the real pace; tests shorten it). */
  readingScale: number;
  /** Tests: the fault hooks on `window.toothRebirth.faults` (`?faults=1`, implied by `?soak=1`). */
  faults: boolean;
  /** The soak run: idle times down to IDLE_MIN_SOAK seconds, so thousands of visits fit in hours. */
  soak: boolean;
}

/** The address may ask for a tiny swarm (tests, weak machines); the settings offer from SWARM_MIN up. */
export const BOTS_MIN = 50;
/** The largest swarm anywhere in the app: the settings' own limit, one fact. */
export const BOTS_MAX = SWARM_MAX;
/** Bounds of the reading-time scale (`reading=`): tests shorten the kiosk's waits at chapter ends with it. */
export const READING_SCALE_MIN = 0.01;
export const READING_SCALE_MAX = 4;
/** Shortest kiosk idle time from the address: long enough for the warning to be read. */
export const IDLE_MIN = 15;
/** Shortest idle time a soak run may ask for. */
export const IDLE_MIN_SOAK = 1;

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
  const reading = num('reading');
  if (reading !== null && !(reading > 0)) problems.push(`reading=${reading} is not a positive scale`);
  const soak = q.get('soak') === '1';
  const opts: StartOptions = {
    bots: bots === null ? null : Math.round(Math.min(BOTS_MAX, Math.max(BOTS_MIN, bots))),
    time: time === null ? 0 : Math.max(0, time),
    autoplay: q.get('play') === '1',
    kiosk: q.get('kiosk') === '1',
    readingScale:
      reading === null || !(reading > 0)
        ? 1
        : Math.min(READING_SCALE_MAX, Math.max(READING_SCALE_MIN, reading)),
    idleSeconds:
      idle === null ? null : Math.round(Math.min(3600, Math.max(soak ? IDLE_MIN_SOAK : IDLE_MIN, idle))),
    faults: soak || q.get('faults') === '1',
    soak,
  };
  if (problems.length > 0 && typeof console !== 'undefined') {
    console.warn(`Tooth Rebirth: ignored start options: ${problems.join('; ')}`);
  }
  return opts;
}
