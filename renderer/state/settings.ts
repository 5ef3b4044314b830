// The viewer's settings: remembered in localStorage, read back field by field (a damaged or outdated field
// falls back to its default and the rest is kept), and all reset by Reset in a kiosk. The language is a setting
// too, but it has its own key (store.ts) because the page sets `lang` from it before anything else loads.
import { z } from 'zod';

export const SETTINGS_KEY = 'tooth-rebirth.settings';

/** Swarm sizes offered: from a light swarm for weak machines to the engine's large swarms. */
export const SWARM_MIN = 5_000;
export const SWARM_MAX = 1_000_000;
export const SWARM_DEFAULT = 20_000;

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const READING_LEVELS = ['short', 'full'] as const;
export type ReadingLevel = (typeof READING_LEVELS)[number];

const fields = {
  /** 'system' follows prefers-reduced-motion. */
  reducedMotion: z.enum(['system', 'on', 'off']),
  /** 'projector': high contrast for a projected classroom screen. */
  theme: z.enum(['default', 'projector']),
  textSize: z.enum(TEXT_SIZES),
  bots: z.number().int().min(SWARM_MIN).max(SWARM_MAX),
  pauseAtChapterEnds: z.boolean(),
  readingLevel: z.enum(READING_LEVELS),
};
export const SettingsSchema = z.strictObject(fields);
export type Settings = z.infer<typeof SettingsSchema>;

/** The defaults on a desktop; a kiosk reads long texts less and never waits for a reader at chapter ends. */
export function defaultSettings(kiosk: boolean): Settings {
  return {
    reducedMotion: 'system',
    theme: 'default',
    textSize: 'normal',
    bots: SWARM_DEFAULT,
    pauseAtChapterEnds: !kiosk,
    readingLevel: kiosk ? 'short' : 'full',
  };
}

/** Reads stored settings over the defaults, field by field; never throws. */
export function parseSettings(raw: unknown, defaults: Settings): Settings {
  const out: Settings = { ...defaults };
  if (raw === null || typeof raw !== 'object') return out;
  const rec = raw as Record<string, unknown>;
  for (const key of Object.keys(fields) as (keyof Settings)[]) {
    if (!Object.hasOwn(rec, key)) continue;
    const r = fields[key].safeParse(rec[key]);
    if (r.success) (out as Record<string, unknown>)[key] = r.data;
  }
  return out;
}

export function loadSettings(defaults: Settings, storage: Pick<Storage, 'getItem'> | undefined): Settings {
  try {
    const text = storage?.getItem(SETTINGS_KEY);
    return text ? parseSettings(JSON.parse(text), defaults) : { ...defaults };
  } catch {
    // Unreadable storage or damaged JSON: the defaults, as on a first visit.
    return { ...defaults };
  }
}

export function saveSettings(s: Settings, storage: Pick<Storage, 'setItem'> | undefined): void {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(s));
  } catch {
    // Storage can be disabled (private mode, kiosk policy): the choice then lasts for the session only.
  }
}
