import { describe, expect, it } from 'vitest';
import {
  BEAT_IDS,
  CHAPTERS,
  CHARACTER_IDS,
  CORE_CHARACTERS,
  countWords,
  LANGUAGES,
  splitWhatsReal,
  validateStory,
} from '../../../renderer/story';
import { getScenario, scenarioSeconds } from '../../../renderer/timeline/scenarios';

/** The catalogue's scenario a chapter shows (every chapter names a known one). */
const scenarioOf = (c: (typeof CHAPTERS)[number]) => {
  const s = getScenario(c.scenario);
  if (!s) throw new Error(`${c.id}: unknown scenario ${c.scenario}`);
  return s;
};

const speaks = (id: string) => CHAPTERS.filter((c) => c.perspectives.some((p) => p.character === id)).length;

describe('the story content', () => {
  it('passes its own schema', () => {
    const story = validateStory();
    expect(story.chapters.map((c) => c.id)).toEqual(CHAPTERS.map((c) => c.id));
    expect(story.characters).toHaveLength(CHARACTER_IDS.length);
  });

  it('has at least ten chapters with unique kebab-case ids', () => {
    expect(CHAPTERS.length).toBeGreaterThanOrEqual(10);
    const ids = CHAPTERS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('tells every beat, in the story’s order', () => {
    const order = CHAPTERS.map((c) => BEAT_IDS.indexOf(c.beat));
    expect(order.every((v, i) => i === 0 || v >= order[i - 1]!)).toBe(true);
    expect([...new Set(CHAPTERS.map((c) => c.beat))]).toEqual([...BEAT_IDS]);
  });

  it('opens on the first patient’s treatment and ends with the child', () => {
    const first = CHAPTERS[0]!;
    const last = CHAPTERS.at(-1)!;
    expect([first.beat, first.scenario, first.span.from]).toEqual(['success', 'first-patient', 0]);
    expect([last.beat, last.scenario]).toEqual(['aftermath', 'child']);
  });

  it('uses the original procedure until the redesign, and only the redesigned one after it', () => {
    const redesignAt = CHAPTERS.findIndex((c) => c.beat === 'redesign');
    expect(redesignAt).toBeGreaterThan(0);
    for (const [i, c] of CHAPTERS.entries()) {
      expect(scenarioOf(c).protocol, c.id).toBe(i < redesignAt ? 'original' : 'redesigned');
    }
  });

  it('shows treatments in the treatment span and side effects in the weeks after', () => {
    const byBeat = (beat: string) => CHAPTERS.filter((c) => c.beat === beat);
    for (const c of byBeat('success').concat(byBeat('ivy-treatment'), byBeat('meeting'))) {
      expect(c.span.to, c.id).toBeLessThanOrEqual(scenarioOf(c).treatmentSeconds);
    }
    for (const c of byBeat('flood').concat(
      byBeat('investigation'),
      byBeat('public-display'),
      byBeat('young-patient'),
    )) {
      expect(c.span.from, c.id).toBeGreaterThanOrEqual(scenarioOf(c).treatmentSeconds);
    }
    // Ivy's anomalies grow in her aftermath: the press sees them after Kade has begun to look.
    const investigation = byBeat('investigation')[0]!;
    const display = byBeat('public-display')[0]!;
    expect(display.scenario).toBe('ivy');
    expect(display.span.to).toBeGreaterThanOrEqual(investigation.span.to);
  });

  it('keeps each span inside its scenario’s run, at least 20 simulated seconds long', () => {
    for (const c of CHAPTERS) {
      const length = scenarioSeconds(scenarioOf(c));
      expect(c.span.from, c.id).toBeGreaterThanOrEqual(0);
      expect(c.span.to, c.id).toBeLessThanOrEqual(length);
      expect(c.span.from, c.id).toBeLessThan(c.span.to);
      expect(c.span.to - c.span.from, c.id).toBeGreaterThanOrEqual(20);
    }
  });

  it('gives every one of the seven characters a voice', () => {
    for (const id of CHARACTER_IDS) expect(speaks(id), id).toBeGreaterThan(0);
  });

  it('lets Elena, Mateo, Dr. Almasi and Kade speak in most chapters', () => {
    expect([...CORE_CHARACTERS].sort()).toEqual(['almasi', 'elena', 'kade', 'mateo']);
    for (const id of CORE_CHARACTERS) expect(speaks(id) * 2, id).toBeGreaterThan(CHAPTERS.length);
  });

  it('has each character speak at most once per chapter, with several voices in each', () => {
    for (const c of CHAPTERS) {
      const who = c.perspectives.map((p) => p.character);
      expect(new Set(who).size, c.id).toBe(who.length);
      expect(who.length, c.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('writes every perspective in 60 to 200 words, in both languages', () => {
    for (const c of CHAPTERS) {
      for (const p of c.perspectives) {
        for (const lang of LANGUAGES) {
          const n = countWords(p.text[lang]);
          expect(n, `${c.id}/${p.character}/${lang}`).toBeGreaterThanOrEqual(60);
          expect(n, `${c.id}/${p.character}/${lang}`).toBeLessThanOrEqual(200);
        }
      }
    }
  });

  it('says plainly in every chapter what is fiction and what is science', () => {
    for (const c of CHAPTERS) {
      for (const lang of LANGUAGES) {
        const parts = splitWhatsReal(c.whatsReal[lang], lang);
        expect(parts, `${c.id}/${lang}`).not.toBeNull();
        expect(parts!.fiction.length, `${c.id}/${lang}`).toBeGreaterThan(20);
        expect(parts!.science.length, `${c.id}/${lang}`).toBeGreaterThan(40);
      }
      expect(c.whatsReal.en).toMatch(/^Fiction: .+ Science: /);
      expect(c.whatsReal.es).toMatch(/^Ficción: .+ Ciencia: /);
    }
  });

  it('cites a source in every sentence of a science note that gives a figure', () => {
    // A sentence with a figure needs a citation in brackets: an author and year, or the reference book.
    const citation =
      /\((?:[^()]*\d{4}|oral histology textbooks|manuales de histología oral|Wheeler’s Dental Anatomy)[^()]*\)/;
    // Digits inside gene names, the formula's name and the ΔE00 symbol are not figures.
    const notFigures = /CIEDE2000|ΔE00|MMP20|KLK4|FAM83H/g;
    let checked = 0;
    for (const c of CHAPTERS) {
      for (const lang of LANGUAGES) {
        const science = splitWhatsReal(c.whatsReal[lang], lang)!.science;
        const sentences = science.split(/(?<=[.!?])\s+(?=[\p{Lu}¿¡«“])/u);
        for (const sentence of sentences) {
          if (!/\d/.test(sentence.replace(notFigures, ''))) continue;
          checked++;
          expect(sentence, `${c.id}/${lang}`).toMatch(citation);
        }
      }
    }
    expect(checked).toBeGreaterThan(CHAPTERS.length);
  });

  it('cites only sources listed in the project’s science notes', () => {
    const known = [
      'Shao et al. 2019',
      'Paravina et al. 2015',
      'Smith et al. 2017',
      'Wright 2006',
      'Xu et al. 2012',
      'Wheeler’s Dental Anatomy',
      'oral histology textbooks',
      'manuales de histología oral',
    ];
    for (const c of CHAPTERS) {
      for (const lang of LANGUAGES) {
        for (const [, inside] of c.whatsReal[lang].matchAll(/\(([^()]+)\)/g)) {
          // Only brackets that cite (a year or a reference book); others hold symbols or gene names.
          if (!/\d{4}|textbooks|manuales|Anatomy/.test(inside!)) continue;
          for (const source of inside!.split(/;\s*/)) expect(known, `${c.id}/${lang}`).toContain(source);
        }
      }
    }
  });
});

describe('countWords', () => {
  it('counts words, not dashes or ellipses standing alone', () => {
    expect(countWords('One two – three … four.')).toBe(4);
    expect(countWords('  «Para», dijo.  ')).toBe(2);
    expect(countWords('')).toBe(0);
  });
});
