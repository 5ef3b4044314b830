// The story's pace at chapter ends. On a desktop the clock holds at the end of each chapter until the reader
// goes on (when the setting asks for it); at a kiosk, where a visitor may walk away mid-chapter and nobody
// stands at the attract loop, it holds for the time a slow young reader needs for the lead voice at the
// current reading level, then goes on by itself. The controller applies the hold (controller.ts); this module
// says how long, and in which order a chapter's voices come.
import { type Chapter, CHAPTERS, chapterReadingSeconds } from '../story';
import { useApp } from './store';

/**
 * How far before a chapter's end the clock holds: the end itself is the next chapter's first moment, so the
 * clock waits a hair before it and the chapter (its text, its scenario's last frame) stays on show.
 */
export const HOLD_BEFORE_END = 1e-6;

export const pacing = {
  /** A kiosk session (or its attract loop): holds end by themselves after the reading time. */
  kiosk: false,
  /** Multiplies every reading time (1: the real pace). */
  readingScale: 1,
  /** Wall seconds the reader has had the chapter on show, since entering it or since the last touch. */
  waited: 0,
};

/** Someone touched the kiosk: a hold starts its reading time again. */
export function restartReadingWait(): void {
  pacing.waited = 0;
}

/** Seconds a kiosk holds at the end of chapter `index`: time to read its lead voice as it is on show. */
export function holdSeconds(index: number): number {
  const chapter = CHAPTERS[index];
  if (!chapter) return 0;
  const { settings, language } = useApp.getState();
  return chapterReadingSeconds(chapter, settings.readingLevel, language) * pacing.readingScale;
}

/** A chapter's voices, the lead first, then the others in the story's order. */
export function voicesOf(chapter: Chapter): Chapter['perspectives'] {
  const lead = chapter.perspectives.filter((p) => p.character === chapter.lead);
  return [...lead, ...chapter.perspectives.filter((p) => p.character !== chapter.lead)];
}
