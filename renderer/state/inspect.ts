// `window.toothRebirth.inspect()`: a read-only snapshot of the moment on show, for tests and support.
import { type CompareSideInspection, inspectCompare } from './compare';
import { live } from './live';
import { useApp } from './store';
import { story } from './storyModel';
import type { ViewSettings } from './view';

export interface Inspection {
  time: number;
  duration: number;
  playing: boolean;
  speed: string;
  chapterId: string;
  chapterIndex: number;
  perspective: string;
  language: string;
  stateHash: string;
  restoredFraction: number;
  deltaE00Max: number;
  shapeDeviationMmMax: number;
  bots: number;
  /** Scenario and its local time shown by the latest frame. */
  scenario: string;
  localTime: number;
  /** True when the engine's frame stands for the clock's moment (no catch-up pending). */
  settled: boolean;
  /** Engine frames the scene has drawn into the tooth since start; grows by one per new frame shown. */
  framesApplied: number;
  cuesFired: string[];
  /** The teaching tools on show. */
  view: ViewSettings;
  model: string;
  /** Compare's two views (original left, redesigned right), or null while one view shows. */
  compare: { left: CompareSideInspection; right: CompareSideInspection } | null;
  /** The clock waits for the reader: at a chapter's end or at a clinical pause. */
  held: boolean;
}

export function inspect(): Inspection {
  const s = useApp.getState();
  const m = live.metrics;
  return {
    time: live.time,
    duration: live.duration,
    playing: s.playing,
    speed: s.speed,
    chapterId: story.chapters[s.chapterIndex]?.id ?? '',
    chapterIndex: s.chapterIndex,
    perspective: s.perspective,
    language: s.language,
    stateHash: live.stateHash,
    restoredFraction: m?.restoredFraction ?? 0,
    deltaE00Max: m?.deltaE00.max ?? 0,
    shapeDeviationMmMax: m?.shapeDeviationMm.max ?? 0,
    bots: live.bots,
    scenario: live.scenario,
    localTime: live.localTime,
    settled: live.settled,
    framesApplied: live.framesApplied,
    cuesFired: s.cues.slice(0, s.fired).map((c) => c.id),
    view: s.view,
    model: s.model.name,
    compare: inspectCompare(),
    held: s.chapterHold !== null || s.pause !== null,
  };
}

/** `extra`: test hooks installed beside `inspect` (the fault hooks, with `?faults=1`). */
export function installInspector(extra: Record<string, unknown> = {}): void {
  const api = Object.freeze({ ...extra, inspect: () => Object.freeze(inspect()) });
  Object.defineProperty(window, 'toothRebirth', { value: api, writable: false, configurable: false });
}
