import { describe, expect, it } from 'vitest';
import {
  BEAT_IDS,
  CHAPTERS,
  CHARACTER_IDS,
  CORE_CHARACTERS,
  countWords,
  LANGUAGES,
  leadPerspective,
  PERSPECTIVE_MAX_WORDS,
  PERSPECTIVE_MIN_WORDS,
  READING_LEVELS,
  readingSeconds,
  SHORT_MAX_WORDS,
  SOURCES,
  sentences,
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

  it('writes every perspective in both languages within its word limit: short ≤ 60, full 60 to 200', () => {
    expect(SHORT_MAX_WORDS).toBe(60);
    for (const c of CHAPTERS) {
      for (const p of c.perspectives) {
        for (const lang of LANGUAGES) {
          const where = `${c.id}/${p.character}/${lang}`;
          expect(countWords(p.short[lang]), where).toBeLessThanOrEqual(SHORT_MAX_WORDS);
          expect(countWords(p.short[lang]), where).toBeGreaterThan(0);
          expect(countWords(p.full[lang]), where).toBeGreaterThanOrEqual(PERSPECTIVE_MIN_WORDS);
          expect(countWords(p.full[lang]), where).toBeLessThanOrEqual(PERSPECTIVE_MAX_WORDS);
          expect(countWords(p.short[lang]), where).toBeLessThan(countWords(p.full[lang]));
        }
      }
    }
  });

  it('gives every chapter a lead voice among its perspectives, shown first', () => {
    for (const c of CHAPTERS) {
      expect(
        c.perspectives.map((p) => p.character),
        c.id,
      ).toContain(c.lead);
      expect(c.perspectives[0]!.character, c.id).toBe(c.lead);
      expect(leadPerspective(c).character).toBe(c.lead);
    }
  });

  it('lets the lead voice’s short text be read while the chapter’s simulation plays', () => {
    // At the kiosk's pace the lead voice fits the simulated seconds the chapter shows at normal speed, so the
    // tooth keeps changing while the visitor reads.
    for (const c of CHAPTERS) {
      const span = c.span.to - c.span.from;
      for (const lang of LANGUAGES) {
        const seconds = readingSeconds(countWords(leadPerspective(c).short[lang]));
        expect(
          seconds,
          `${c.id}/${lang}: ${seconds.toFixed(1)} s to read, ${span} s shown`,
        ).toBeLessThanOrEqual(span);
      }
    }
  });

  it('keeps the two reading levels to the same shape in both languages', () => {
    expect([...READING_LEVELS]).toEqual(['short', 'full']);
    for (const c of CHAPTERS) {
      for (const p of c.perspectives) {
        for (const level of READING_LEVELS) {
          const en = countWords(p[level].en);
          const es = countWords(p[level].es);
          // A translation runs a little longer in Spanish, never twice as long or half as long.
          expect(es / en, `${c.id}/${p.character}/${level}`).toBeGreaterThan(0.75);
          expect(es / en, `${c.id}/${p.character}/${level}`).toBeLessThan(1.4);
        }
      }
    }
  });

  it('says what is real first in one plain sentence, then in detail: what is fiction and what is science', () => {
    for (const c of CHAPTERS) {
      for (const lang of LANGUAGES) {
        expect(sentences(c.whatsReal.plain[lang]), `${c.id}/${lang}`).toHaveLength(1);
        expect(countWords(c.whatsReal.plain[lang]), `${c.id}/${lang}`).toBeLessThanOrEqual(40);
        const parts = splitWhatsReal(c.whatsReal.detail[lang], lang);
        expect(parts, `${c.id}/${lang}`).not.toBeNull();
        expect(parts!.fiction.length, `${c.id}/${lang}`).toBeGreaterThan(20);
        expect(parts!.science.length, `${c.id}/${lang}`).toBeGreaterThan(40);
      }
      expect(c.whatsReal.detail.en).toMatch(/^Fiction: .+ Science: /);
      expect(c.whatsReal.detail.es).toMatch(/^Ficción: .+ Ciencia: /);
    }
  });

  it('cites a source in every sentence of a science note that gives a figure', () => {
    // A sentence with a figure needs a citation in brackets, by one of the listed sources' `cite`.
    const cites = Object.values(SOURCES).map((s) => s.cite);
    // Digits inside gene names, the formula's name and the ΔE00 symbol are not figures.
    const notFigures = /CIEDE2000|ΔE00|MMP20|KLK4|FAM83H/g;
    let checked = 0;
    for (const c of CHAPTERS) {
      for (const lang of LANGUAGES) {
        const science = splitWhatsReal(c.whatsReal.detail[lang], lang)!.science;
        for (const sentence of sentences(science)) {
          if (!/\d/.test(sentence.replace(notFigures, ''))) continue;
          checked++;
          const bracketed = [...sentence.matchAll(/\(([^()]+)\)/g)].flatMap((m) => m[1]!.split(/;\s*/));
          expect(
            bracketed.some((b) => cites.includes(b)),
            `${c.id}/${lang}: ${sentence}`,
          ).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(CHAPTERS.length);
  });

  it('lists each cited source in full, naming the textbooks and the papers', () => {
    for (const c of CHAPTERS) {
      for (const id of c.whatsReal.sources) {
        const { cite, reference } = SOURCES[id];
        expect(reference.length, id).toBeGreaterThan(cite.length + 30);
        // A full reference has a year and a place to find it (journal volume or publisher).
        expect(reference, id).toMatch(/\d{4}/);
      }
    }
    expect(SOURCES['ten-cate'].reference).toMatch(/Ten Cate’s Oral Histology/);
    expect(SOURCES['paravina-2015'].reference).toMatch(/J(ournal of )?Esthet/);
  });
});

describe('countWords', () => {
  it('counts words, not dashes or ellipses standing alone', () => {
    expect(countWords('One two – three … four.')).toBe(4);
    expect(countWords('  «Para», dijo.  ')).toBe(2);
    expect(countWords('')).toBe(0);
  });
});
