// Start-up options from the page address (web mode, tests, support links) and the kiosk configuration.
// A malformed value is ignored and one out of range is brought into range; either way the app still starts,
// and says what it changed (`notes`: a console warning, and a line on screen, see bootstrap.ts).
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
  /** What was ignored or changed in the address, one plain sentence each (empty when nothing was). */
  notes: string[];
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
/** Longest kiosk idle time from the address: an hour. */
export const IDLE_MAX = 3600;

const count = new Intl.NumberFormat('en');

export function parseStartOptions(search: string): StartOptions {
  const q = new URLSearchParams(search);
  const notes: string[] = [];
  const num = (key: string): number | null => {
    const raw = q.get(key);
    if (raw === null) return null;
    const v = Number(raw);
    if (!Number.isFinite(v)) {
      notes.push(`${key}=${raw} is not a number, so it was ignored`);
      return null;
    }
    return v;
  };
  /** v brought into [min, max] (`unit` of the range); a change is noted, saying what it means (`meaning`). */
  const within = (
    key: string,
    v: number,
    min: number,
    max: number,
    unit: string,
    meaning: (kept: string) => string,
  ): number => {
    const kept = Math.min(max, Math.max(min, v));
    if (kept !== v) {
      const range = `${count.format(min)} to ${count.format(max)}${unit ? ` ${unit}` : ''}`;
      notes.push(`${key}=${q.get(key)} is outside ${range}, so ${meaning(count.format(kept))}`);
    }
    return kept;
  };
  const bots = num('bots');
  const time = num('t');
  const idle = num('idle');
  const reading = num('reading');
  const soak = q.get('soak') === '1';
  // Brought into range in the order the options are listed above, so the notes read in that order.
  const swarm =
    bots === null
      ? null
      : Math.round(within('bots', bots, BOTS_MIN, BOTS_MAX, 'bots', (n) => `the swarm has ${n}`));
  let startTime = 0;
  if (time !== null && time < 0)
    notes.push(`t=${q.get('t')} is before the story begins, so it opens at the start`);
  else if (time !== null) startTime = time;
  const idleSeconds =
    idle === null
      ? null
      : Math.round(
          within(
            'idle',
            idle,
            soak ? IDLE_MIN_SOAK : IDLE_MIN,
            IDLE_MAX,
            'seconds',
            (n) => `the kiosk waits ${n} s`,
          ),
        );
  let readingScale = 1;
  if (reading !== null && !(reading > 0))
    notes.push(`reading=${reading} is not a positive scale, so it was ignored`);
  else if (reading !== null)
    readingScale = within(
      'reading',
      reading,
      READING_SCALE_MIN,
      READING_SCALE_MAX,
      '',
      (n) => `the scale is ${n}`,
    );
  const opts: StartOptions = {
    bots: swarm,
    time: startTime,
    autoplay: q.get('play') === '1',
    kiosk: q.get('kiosk') === '1',
    readingScale,
    idleSeconds,
    faults: soak || q.get('faults') === '1',
    soak,
    notes,
  };
  if (notes.length > 0 && typeof console !== 'undefined') {
    console.warn(`Tooth Rebirth: start options changed: ${notes.join('; ')}`);
  }
  return opts;
}
