// The story's science and craft, checked against science.md and the seed: the figures it states, the
// disclosures it owes, and the habits it must not repeat.
import { describe, expect, it } from 'vitest';
import {
  CHAPTERS,
  CUE_LINES,
  CUE_OVERRIDES,
  LANGUAGES,
  STORY_CONTENT,
  splitWhatsReal,
  t,
} from '../../../renderer/story';
import { getScenario } from '../../../renderer/timeline/scenarios';
import { collectLocalized } from './walk';

const all = collectLocalized(STORY_CONTENT);
const chapter = (id: string) => CHAPTERS.find((c) => c.id === id)!;
const prose = (lang: 'en' | 'es') => all.map((f) => f.text[lang]).join('\n');
const count = (text: string, re: RegExp) => [...text.matchAll(re)].length;

describe('the science in the story', () => {
  it('states Paravina’s 0.8 and 1.8 as 50:50 thresholds, never as lines “most people” draw', () => {
    for (const lang of LANGUAGES) {
      const text = prose(lang);
      expect(text).not.toMatch(/line most people would accept|línea que casi todos aceptarían/);
      expect(text).not.toMatch(/below [^.]*1\.8 half of observers accept|below 0\.8 half see no difference/);
    }
    const redesign = chapter('redesign-ivy').whatsReal.detail;
    expect(redesign.en).toMatch(
      /below ΔE00 = 1\.8 most observers accept the match, and below 0\.8 most see no/,
    );
    expect(redesign.es).toMatch(/por debajo de ΔE00 = 1,8 la mayoría de los observadores acepta/);
    expect(CUE_LINES['colour-unacceptable'].text.en).toMatch(/most people looking would not accept/);
    expect(t('thresholdAcceptable', 'en')).toMatch(/50:50/);
    expect(t('thresholdPerceptible', 'es')).toMatch(/50:50/);
  });

  it('says which ΔE00 is the largest at one spot and which is the whole crown', () => {
    expect(t('metricDeltaEMaxHint', 'en')).toMatch(/one spot/);
    expect(t('metricDeltaEMeanHint', 'en')).toMatch(/whole crown.*thresholds/);
    expect(t('metricDeltaEMeanHint', 'es')).toMatch(/toda la corona/);
  });

  it('gives the treatment and the weeks after it their own time scales', () => {
    expect(t('timeCompression', 'en', { days: 50 })).toMatch(/^Treatment: 1 s here = 50 days/);
    expect(t('timeCompressionAftermath', 'en', { seconds: 40, weeks: 6 })).toMatch(
      /40 s here ≈ 6 weeks of the story’s calendar \(fiction/,
    );
    expect(t('timeCompressionAftermath', 'es', { seconds: 40, weeks: 6 })).toMatch(/ficción/);
  });

  it('names the real limit of grown enamel: thickness, not softness', () => {
    const showdown = chapter('showdown').whatsReal.detail;
    expect(showdown.en).not.toMatch(/softer/);
    expect(showdown.en).toMatch(/2\.7 µm thick \(Shao et al\. 2019\)/);
    expect(showdown.es).toMatch(/2,7 µm de grosor \(Shao et al\. 2019\)/);
  });

  it('has MMP20 act while enamel is laid down and KLK4 while it matures, in Kade’s own words', () => {
    const kade = chapter('investigation').perspectives.find((p) => p.character === 'kade')!;
    expect(kade.full.en).toMatch(/MMP20 acts while enamel is laid down, KLK4 while it matures/);
    expect(kade.full.es).toMatch(/MMP20 actúa mientras se deposita el esmalte, y KLK4 mientras madura/);
  });

  it('counts the swarm as the app draws it', () => {
    expect(getScenario('first-patient')!.bots).toBe(20_000);
    for (const lang of LANGUAGES)
      expect(prose(lang)).not.toMatch(/a thousand machines|(?<!veinte )\bmil máquinas/);
    const mateo = chapter('success').perspectives.find((p) => p.character === 'mateo')!;
    expect(mateo.full.en).toMatch(/twenty thousand machines/);
    expect(mateo.full.es).toMatch(/veinte mil máquinas/);
  });

  it('puts the young patient’s decay in the fissures and gives the child one dark line in a fissure', () => {
    const young = chapter('meeting').perspectives.find((p) => p.character === 'young-patient')!;
    expect(young.full.en).toMatch(/dark cracks on top of my tooth/);
    expect(chapter('meeting').whatsReal.detail.en).toMatch(/pits and fissures/);
    const child = chapter('aftermath').perspectives.find((p) => p.character === 'child')!;
    expect(child.short.en).toMatch(/tiny dark line/);
    expect(chapter('aftermath').whatsReal.detail.en).toMatch(/small lesion sits in a fissure/);
  });

  it('discloses what the genes really do, and that amelogenesis imperfecta is real and treatable', () => {
    const notes = (lang: 'en' | 'es') => CHAPTERS.map((c) => c.whatsReal.detail[lang]).join('\n');
    expect(notes('en')).toMatch(/only in the ameloblasts[^.]*gone once a tooth has erupted/);
    expect(notes('en')).toMatch(/nothing is left for a machine to misread[^.]*fiction/);
    expect(notes('en')).toMatch(
      /a boy with an AMELX variant, or anyone with a dominant FAM83H variant, would already/,
    );
    expect(notes('en')).toMatch(/real and treatable; it affects between about 1 in 700 and 1 in 14,000/);
    expect(notes('es')).toMatch(/solo trabajan en los ameloblastos/);
    expect(notes('es')).toMatch(
      /un chico con una variante de AMELX, o cualquiera con una variante dominante de FAM83H/,
    );
    expect(notes('es')).toMatch(/real y tiene tratamiento; afecta a entre 1 de cada 700 y 1 de cada 14\.000/);
    for (const lang of LANGUAGES) {
      expect(chapter('public-display').whatsReal.plain[lang]).toMatch(/amelogénesis imperfecta|Amelogenesis/);
    }
  });

  it('keeps every science note’s fiction honest about the nanobots', () => {
    for (const c of CHAPTERS) {
      for (const lang of LANGUAGES) expect(splitWhatsReal(c.whatsReal.detail[lang], lang)).not.toBeNull();
    }
  });
});

describe('the story’s craft, against the seed', () => {
  it('opens in 2045 with the promise to prevent cavities for good', () => {
    const elena = chapter('success').perspectives.find((p) => p.character === 'elena')!;
    for (const level of ['short', 'full'] as const) {
      expect(elena[level].en).toMatch(/2045/);
      expect(elena[level].en).toMatch(/cavities prevented for good/);
      expect(elena[level].es).toMatch(/2045/);
      expect(elena[level].es).toMatch(/caries evitadas para siempre/);
    }
  });

  it('has Ivy praise the procedure in public before the backlash', () => {
    const ivy = chapter('ivy-treatment').perspectives.find((p) => p.character === 'ivy')!;
    expect(ivy.full.en).toMatch(/told four million followers it was the best hour/);
    expect(ivy.short.es).toMatch(/cuatro millones de seguidores/);
  });

  it('shows how the press learns of Kade’s warning: Kade writes to the eleven patients and Ivy reads hers aloud', () => {
    const kade = chapter('dismissed').perspectives.find((p) => p.character === 'kade')!;
    expect(kade.full.en).toMatch(/I wrote to each of the eleven/);
    expect(kade.short.en).toMatch(/wrote to the eleven patients/);
    const ivy = chapter('public-display').perspectives.find((p) => p.character === 'ivy')!;
    expect(ivy.full.en).toMatch(/read out the letter a dentist called Kade had sent me/);
    expect(ivy.full.es).toMatch(/leí en voz alta la carta/);
  });

  it('says “I told myself” at most twice, and ends few perspectives on “I used to… Now…”', () => {
    for (const level of ['short', 'full'] as const) {
      const en = CHAPTERS.flatMap((c) => c.perspectives.map((p) => p[level].en)).join('\n');
      const es = CHAPTERS.flatMap((c) => c.perspectives.map((p) => p[level].es)).join('\n');
      expect(count(en, /I told myself/g), level).toBeLessThanOrEqual(2);
      expect(count(es, /\bme dije\b/gi), level).toBeLessThanOrEqual(2);
      expect(count(en, /\bI used to\b|\bIt used to\b/g), level).toBeLessThanOrEqual(1);
    }
    const cues = collectLocalized({ CUE_LINES, CUE_OVERRIDES });
    for (const { text } of cues) expect(text.en).not.toMatch(/I tell myself/);
  });

  it('speaks Spain Spanish where the texts address the team or name Mateo’s role', () => {
    const kade = chapter('meeting').perspectives.find((p) => p.character === 'kade')!;
    expect(kade.full.es).toMatch(/Analizad los genes/);
    const mateo = chapter('redesign-young-patient').perspectives.find((p) => p.character === 'mateo')!;
    expect(mateo.full.es).toMatch(/responsable de atención al paciente/);
    const first = chapter('success').perspectives.find((p) => p.character === 'mateo')!;
    expect(first.full.es).toMatch(/casi una ovación/);
    for (const { text } of all)
      expect(text.es).not.toMatch(/\b(Analicen|Deténganse|maneja|manejo|chiquitos)\b/);
  });
});
