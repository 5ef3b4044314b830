import { describe, expect, it } from 'vitest';
import {
  CHAPTERS,
  chapterReadingSeconds,
  LANGUAGES,
  READING_EXTRA_SECONDS,
  READING_WORDS_PER_MINUTE,
  readingSeconds,
  SCENE_DESCRIPTIONS,
  SPEAKER_NOTES,
  sentences,
  textReadingSeconds,
} from '../../../renderer/story';

describe('reading time', () => {
  it('reads at 120 words a minute plus a few seconds', () => {
    expect(READING_WORDS_PER_MINUTE).toBe(120);
    expect(readingSeconds(0)).toBe(READING_EXTRA_SECONDS);
    expect(readingSeconds(120)).toBe(60 + READING_EXTRA_SECONDS);
    expect(readingSeconds(60)).toBe(30 + READING_EXTRA_SECONDS);
    expect(textReadingSeconds('one two three four five six')).toBe(3 + READING_EXTRA_SECONDS);
  });

  it('treats nonsense word counts as no words', () => {
    for (const n of [-5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(readingSeconds(n)).toBe(READING_EXTRA_SECONDS);
  });

  it('times a chapter by its lead voice at the chosen level', () => {
    for (const c of CHAPTERS) {
      for (const lang of LANGUAGES) {
        expect(chapterReadingSeconds(c, 'short', lang)).toBeLessThan(chapterReadingSeconds(c, 'full', lang));
      }
    }
  });
});

describe('speaker notes', () => {
  it('cover every chapter in two to four sentences, ending on one question for the class', () => {
    expect(Object.keys(SPEAKER_NOTES).sort()).toEqual(CHAPTERS.map((c) => c.id).sort());
    for (const [id, note] of Object.entries(SPEAKER_NOTES)) {
      for (const lang of LANGUAGES) {
        const n = sentences(note.point[lang]).length + sentences(note.question[lang]).length;
        expect(n, `${id}/${lang}`).toBeGreaterThanOrEqual(2);
        expect(n, `${id}/${lang}`).toBeLessThanOrEqual(4);
        expect(note.question[lang].trim().endsWith('?'), `${id}/${lang}`).toBe(true);
      }
      expect(note.question.es, id).toContain('¿');
    }
  });
});

describe('scene descriptions', () => {
  it('describe what the 3D view shows in each chapter, in one sentence per language', () => {
    expect(Object.keys(SCENE_DESCRIPTIONS).sort()).toEqual(CHAPTERS.map((c) => c.id).sort());
    for (const [id, text] of Object.entries(SCENE_DESCRIPTIONS)) {
      for (const lang of LANGUAGES) expect(sentences(text[lang]), `${id}/${lang}`).toHaveLength(1);
    }
  });

  it('follow the story: the redesigned runs stop at checkpoints, Ivy’s original run turns brown', () => {
    expect(SCENE_DESCRIPTIONS['public-display']!.en).toMatch(/amber to brown/);
    expect(SCENE_DESCRIPTIONS['redesign-ivy']!.en).toMatch(/checkpoint/);
    expect(SCENE_DESCRIPTIONS.aftermath!.en).toMatch(/tiny dark line in a fissure/);
  });
});
