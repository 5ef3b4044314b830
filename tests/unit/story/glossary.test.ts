import { describe, expect, it } from 'vitest';
import {
  findGlossaryTerms,
  GLOSSARY,
  glossaryEntry,
  LANGUAGES,
  sentences,
  STORY_CONTENT,
} from '../../../renderer/story';
import { collectLocalized } from './walk';

// The texts a visitor reads: the chapters, the cues and the checkpoint prompts (not the glossary itself).
const texts = collectLocalized({
  chapters: STORY_CONTENT.chapters,
  cueLines: STORY_CONTENT.cueLines,
  cueOverrides: STORY_CONTENT.cueOverrides,
  checkpointPrompts: STORY_CONTENT.checkpointPrompts,
});

describe('the glossary', () => {
  it('explains about fifteen terms, the five genes among them, each in one to three sentences', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(15);
    const ids = GLOSSARY.map((e) => e.id);
    for (const id of [
      'enamel',
      'dentin',
      'pulp',
      'lesion',
      'delta-e00',
      'genotype',
      'amelogenesis-imperfecta',
      'amelx',
      'enam',
      'mmp20',
      'klk4',
      'fam83h',
      'fissure',
      'cielab',
    ]) {
      expect(ids).toContain(id);
    }
    for (const e of GLOSSARY) {
      for (const lang of LANGUAGES) {
        const n = sentences(e.definition[lang]).length;
        expect(n, `${e.id}/${lang}`).toBeGreaterThanOrEqual(1);
        expect(n, `${e.id}/${lang}`).toBeLessThanOrEqual(3);
      }
    }
  });

  it('finds every term in at least one text of the story, in each language', () => {
    for (const e of GLOSSARY) {
      for (const lang of LANGUAGES) {
        const where = texts.filter(({ text }) =>
          findGlossaryTerms(text[lang], lang).some((m) => m.id === e.id),
        );
        expect(where.length, `${e.id} in ${lang}`).toBeGreaterThan(0);
      }
    }
  });

  it('finds terms as whole words in any case, longest form first, without overlaps', () => {
    const text = 'Enamel, enamels and the ENAM gene; CIEDE2000 gives ΔE00. Dentine over pulp.';
    const found = findGlossaryTerms(text, 'en').map((m) => [m.id, text.slice(m.start, m.end)]);
    expect(found).toEqual([
      ['enamel', 'Enamel'],
      ['enam', 'ENAM'],
      ['delta-e00', 'CIEDE2000'],
      ['delta-e00', 'ΔE00'],
      ['dentin', 'Dentine'],
      ['pulp', 'pulp'],
    ]);
    const es = 'La amelogénesis imperfecta deja el esmalte fino en las cúspides.';
    expect(findGlossaryTerms(es, 'es').map((m) => m.id)).toEqual([
      'amelogenesis-imperfecta',
      'enamel',
      'cusp',
    ]);
    expect(findGlossaryTerms('', 'en')).toEqual([]);
  });

  it('looks entries up by id', () => {
    expect(glossaryEntry('mmp20')?.term.en).toBe('MMP20');
    expect(glossaryEntry('nothing')).toBeUndefined();
  });
});
