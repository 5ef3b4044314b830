import { describe, expect, it } from 'vitest';
import { CHARACTERS, LANGUAGES, STORY_CONTENT, UI_STRINGS } from '../../../renderer/story';
import { collectLocalized } from './walk';

const all = collectLocalized(STORY_CONTENT);

// Texts that are rightly the same in both languages: the product's name, people's names, a cognate, and
// glossary headwords that are symbols or gene names (AMELX, ΔE00, CIELAB).
const SAME_IN_BOTH = new Set([
  'uiStrings.appTitle',
  'uiStrings.speedNormal',
  'uiStrings.nanobots',
  ...CHARACTERS.filter((c) => c.name.en === c.name.es).map(
    (c) => `characters[${CHARACTERS.indexOf(c)}].name`,
  ),
]);
const isSymbolTerm = (path: string, text: string) =>
  /^glossary\[\d+\]\.term$/.test(path) && /^[A-ZΔ0-9]+$/.test(text);

describe('every text of the story, in English and Spanish', () => {
  it('finds all the content it is meant to check', () => {
    // chapters × (title + summary + whatsReal + perspectives) plus characters, cues and interface strings
    const perspectives = STORY_CONTENT.chapters.reduce((n, c) => n + c.perspectives.length, 0);
    expect(all.length).toBeGreaterThan(perspectives + Object.keys(UI_STRINGS).length + CHARACTERS.length * 2);
  });

  it('is never empty in either language', () => {
    for (const { path, text } of all) {
      for (const lang of LANGUAGES) expect(text[lang].trim().length, `${path}.${lang}`).toBeGreaterThan(0);
    }
  });

  it('is translated: the Spanish differs from the English', () => {
    for (const { path, text } of all) {
      if (SAME_IN_BOTH.has(path) || isSymbolTerm(path, text.en)) continue;
      expect(text.es, path).not.toBe(text.en);
    }
    // The exceptions are few and really are names.
    expect(SAME_IN_BOTH.size).toBeLessThanOrEqual(7);
  });

  it('keeps each language to itself (no English sentence left in the Spanish, or the reverse)', () => {
    const english = /\b(the|and|with|you|this|that)\b/i;
    const spanish = /\b(el|los|las|que|con|una|del|para)\b/i;
    for (const { path, text } of all) {
      expect(text.es, `${path}.es`).not.toMatch(english);
      expect(text.en, `${path}.en`).not.toMatch(spanish);
    }
  });

  it('quotes speech the way each language does, with typographic marks', () => {
    for (const { path, text } of all) {
      expect(text.en, `${path}.en`).not.toMatch(/["«»]/);
      expect(text.es, `${path}.es`).not.toMatch(/["“”]/);
      // Straight apostrophes creep in when text is pasted; the content uses ’.
      expect(text.en, `${path}.en`).not.toMatch(/'/);
    }
  });

  it('calls the dental assistant Mateo, never Mateos', () => {
    for (const { path, text } of all) {
      for (const lang of LANGUAGES) expect(text[lang], `${path}.${lang}`).not.toMatch(/Mateos/);
    }
  });

  it('leaves no placeholder in the prose (placeholders belong to interface strings)', () => {
    for (const { path, text } of all) {
      if (path.startsWith('uiStrings.')) continue;
      for (const lang of LANGUAGES) expect(text[lang], `${path}.${lang}`).not.toMatch(/[{}]/);
    }
  });
});
