// How long a visitor needs to read a text: the one place the kiosk's reading pace is defined.
import { countWords, type Language } from './localized';
import { type Chapter, leadPerspective, type ReadingLevel } from './schema';

/**
 * Children of 10 to 12 read silently at a median of about 150 words a minute, and a quarter of them under
 * about 125 (Hasbrouck and Tindal 2017, with national silent-reading norms). The story paces itself for the
 * slower quarter, and for reading off a screen a couple of metres away.
 */
export const READING_WORDS_PER_MINUTE = 120;
/** Time to find the text and settle into it before reading, and to look up at the tooth afterwards. */
export const READING_EXTRA_SECONDS = 4;

/** Seconds a visitor needs to read `words` words. */
export function readingSeconds(words: number): number {
  const n = Number.isFinite(words) && words > 0 ? words : 0;
  return (n / READING_WORDS_PER_MINUTE) * 60 + READING_EXTRA_SECONDS;
}

/** Seconds to read a text, counted as `countWords` counts. */
export function textReadingSeconds(text: string): number {
  return readingSeconds(countWords(text));
}

/** Seconds to read a chapter's lead voice at a reading level, in a language. */
export function chapterReadingSeconds(chapter: Chapter, level: ReadingLevel, lang: Language): number {
  return textReadingSeconds(leadPerspective(chapter)[level][lang]);
}
