// Slow state (zustand): what the interface shows and the user chooses. Per-frame values live in `live.ts`.
import { create } from 'zustand';
import type { StoryCue } from '../timeline/cues';
import { defaultSettings, loadSettings, type Settings } from './settings';
import { DEFAULT_VIEW, type ViewSettings } from './view';

export type Language = 'en' | 'es';
export type Speed = 'slow' | 'normal' | 'fast';

/** Story seconds per wall second at each speed. */
export const SPEED_FACTOR: Record<Speed, number> = { slow: 0.4, normal: 1, fast: 3 };

/** One press of Step forward/back moves the story by this much (ten engine steps of 0.05 s). */
export const STEP_SECONDS = 0.5;

export interface ModelStatus {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** 0..1 while loading. */
  progress: number;
  stage: string;
  /** File or model name on show. */
  name: string;
  /** The one-line message of the last failed load (the current tooth stays in place). */
  error: string | null;
  /** What the loader inferred (units, welding), in words. */
  note: string;
}

export interface CheckpointPause {
  cueId: string;
  scenario: string;
  checkpointId: string;
}

/** The clock waits at the end of a chapter for the reader (pacing.ts). */
export interface ChapterHold {
  chapterIndex: number;
  /** Story time the clock holds at, just before the next chapter. */
  time: number;
}

export interface AppState {
  language: Language;
  playing: boolean;
  speed: Speed;
  chapterIndex: number;
  /** Active perspective tab (a character id), per the current chapter. */
  perspective: string;
  /** Every cue known so far, on the story clock, time-sorted (grows as scenario tracks are computed). */
  cues: StoryCue[];
  /** How many of `cues` have fired at the current time. */
  fired: number;
  pause: CheckpointPause | null;
  model: ModelStatus;
  simStatus: 'starting' | 'preparing' | 'ready' | 'error';
  simMessage: string;
  /** The teaching tools on show (cut, labels, map, charts, swarm, compare): `inspect().view`. */
  view: ViewSettings;
  /** The viewer's remembered settings (settings.ts); a kiosk starts from its own defaults. */
  settings: Settings;
  /** Kiosk: nobody has touched the screen for a while; the attract overlay shows. */
  idle: boolean;
  /** Kiosk: seconds left before the story starts again for the next visitor (null: no warning shown). */
  idleCountdown: number | null;
  /** The clock waits at a chapter's end until the reader goes on (null: not holding). */
  chapterHold: ChapterHold | null;
}

const LANGUAGE_KEY = 'tooth-rebirth.language';

export function storedLanguage(): Language {
  try {
    const v = globalThis.localStorage?.getItem(LANGUAGE_KEY);
    return v === 'es' || v === 'en' ? v : 'en';
  } catch {
    return 'en';
  }
}

export function rememberLanguage(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Storage can be disabled (private mode, kiosk policy): the choice then lasts for the session only.
  }
}

/** localStorage where the page may use it (a sandboxed or private page may refuse it). */
export function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export const useApp = create<AppState>(() => ({
  language: storedLanguage(),
  playing: false,
  speed: 'normal',
  chapterIndex: 0,
  perspective: '',
  cues: [],
  fired: 0,
  pause: null,
  model: { status: 'idle', progress: 0, stage: '', name: '', error: null, note: '' },
  simStatus: 'starting',
  simMessage: '',
  view: DEFAULT_VIEW,
  settings: loadSettings(defaultSettings(false), safeStorage()),
  idle: false,
  idleCountdown: null,
  chapterHold: null,
}));
