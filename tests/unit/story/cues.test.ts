import { describe, expect, it } from 'vitest';
import { REDESIGNED_CHECKPOINTS } from '../../../renderer/engine/constants';
import {
  CHARACTER_IDS,
  CHECKPOINT_PROMPTS,
  CORE_CHARACTERS,
  CUE_KINDS,
  CUE_LINES,
  CUE_OVERRIDES,
  type CueOverride,
  checkpointPrompt,
  cueLine,
  LANGUAGES,
  SCENARIO_LABELS,
} from '../../../renderer/story';
import type { CueKind as TimelineCueKind } from '../../../renderer/timeline/cues';
import { SCENARIO_IDS, SCENARIOS } from '../../../renderer/timeline/scenarios';

const redesigned = SCENARIOS.filter((s) => s.protocol === 'redesigned');
const original = SCENARIOS.filter((s) => s.protocol === 'original');

/** Give `scenario` its own line for `kind` while `body` runs, then put the content back as it was. */
function withOverride(scenario: 'child', kind: 'shape-deviation', own: CueOverride, body: () => void): void {
  const saved = CUE_OVERRIDES[scenario];
  CUE_OVERRIDES[scenario] = { ...saved, [kind]: own };
  try {
    body();
  } finally {
    CUE_OVERRIDES[scenario] = saved;
  }
}

describe('cue lines', () => {
  it('exist for every kind of cue, with text and a marker label in both languages', () => {
    expect(Object.keys(CUE_LINES).sort()).toEqual([...CUE_KINDS].sort());
    for (const kind of CUE_KINDS) {
      for (const lang of LANGUAGES) {
        expect(CUE_LINES[kind].text[lang].length, `${kind}.${lang}`).toBeGreaterThan(10);
        expect(CUE_LINES[kind].label[lang].length, `${kind}.${lang}`).toBeGreaterThan(3);
        expect(CUE_LINES[kind].label[lang].length, `${kind}.${lang}`).toBeLessThanOrEqual(32);
      }
    }
  });

  it('speak in the scenario’s own voice where the story gives it one', () => {
    expect(cueLine('colour-unacceptable', 'ivy').character).toBe('ivy');
    expect(cueLine('shape-deviation', 'young-patient').character).toBe('young-patient');
    expect(cueLine('restored', 'child').character).toBe('child');
    expect(cueLine('checkpoint', 'child').character).toBe('kade');
    // Every line a scenario has of its own is the one it shows, under the default marker label.
    let own = 0;
    for (const scenario of SCENARIO_IDS) {
      for (const kind of CUE_KINDS) {
        const line = CUE_OVERRIDES[scenario]?.[kind];
        if (!line) continue;
        own++;
        expect(cueLine(kind, scenario).text, `${scenario}/${kind}`).toBe(line.text);
        expect(cueLine(kind, scenario).label, `${scenario}/${kind}`).toBe(CUE_LINES[kind].label);
      }
    }
    expect(own).toBeGreaterThan(10);
  });

  it('fall back to the default line, unchanged, where a scenario has none of its own', () => {
    expect(cueLine('colour-perceptible', 'first-patient')).toBe(CUE_LINES['colour-perceptible']);
    expect(cueLine('colour-unacceptable', 'child')).toBe(CUE_LINES['colour-unacceptable']);
    expect(cueLine('checkpoint', 'ivy')).toBe(CUE_LINES.checkpoint);
    expect(cueLine('restored', 'first-patient').character).toBe('elena');
  });

  it('use a scenario’s own marker label when its line has one', () => {
    const own = { character: 'mateo', text: { en: 'Look here.', es: 'Mira aquí.' } } as const;
    withOverride('child', 'shape-deviation', own, () => {
      expect(cueLine('shape-deviation', 'child')).toEqual({
        ...own,
        label: CUE_LINES['shape-deviation'].label,
      });
    });
    const label = { en: 'Ridge', es: 'Cresta' };
    withOverride('child', 'shape-deviation', { ...own, label }, () => {
      expect(cueLine('shape-deviation', 'child').label).toBe(label);
    });
    expect(cueLine('shape-deviation', 'child')).toBe(CUE_LINES['shape-deviation']);
  });

  it('name the same kinds of cue as the timeline detects', () => {
    // Checked by the type-check: a kind added on one side only makes `same` false and fails to compile.
    type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    const same: Same<TimelineCueKind, (typeof CUE_KINDS)[number]> = true;
    expect(same).toBe(true);
  });

  it('refuse an unknown cue kind with a clear message', () => {
    expect(() => cueLine('sparkle' as never, 'ivy')).toThrow(/Unknown cue kind "sparkle"/);
    expect(() => cueLine('constructor' as never, 'ivy')).toThrow(/Unknown cue kind/);
  });

  it('give each checkpoint a voice only in scenarios that have checkpoints', () => {
    for (const { id } of original) expect(CUE_OVERRIDES[id]?.checkpoint, id).toBeUndefined();
  });
});

describe('checkpoint prompts', () => {
  it('cover every checkpoint of the redesigned procedure, in every redesigned scenario', () => {
    expect(REDESIGNED_CHECKPOINTS.length).toBeGreaterThan(0);
    for (const { id, checkpoints } of redesigned) {
      expect(checkpoints, id).toEqual(REDESIGNED_CHECKPOINTS);
      for (const cp of REDESIGNED_CHECKPOINTS) {
        expect(CHECKPOINT_PROMPTS.byScenario[id]?.[cp.id], `${id}/${cp.id}`).toBeDefined();
      }
    }
    for (const cp of REDESIGNED_CHECKPOINTS)
      expect(CHECKPOINT_PROMPTS.byCheckpoint[cp.id], cp.id).toBeDefined();
  });

  it('are asked by a clinician and answered by the patient in the chair', () => {
    for (const { id: scenario, patient } of redesigned) {
      for (const [id, prompt] of Object.entries(CHECKPOINT_PROMPTS.byScenario[scenario]!)) {
        expect(CORE_CHARACTERS, `${scenario}/${id}`).toContain(prompt.character);
        expect(prompt.reply?.character, `${scenario}/${id}`).toBe(patient.character);
      }
    }
    for (const p of [...Object.values(CHECKPOINT_PROMPTS.byCheckpoint), ...CHECKPOINT_PROMPTS.fallback]) {
      expect(CORE_CHARACTERS).toContain(p.character);
    }
  });

  it('are found by scenario and checkpoint id, then by checkpoint id, then from the fallback list', () => {
    expect(checkpointPrompt('ivy-redesigned', 'colour-check').reply?.character).toBe('ivy');
    expect(checkpointPrompt('ivy', 'colour-check')).toBe(CHECKPOINT_PROMPTS.byCheckpoint['colour-check']);
    const fallback = CHECKPOINT_PROMPTS.fallback;
    expect(checkpointPrompt('child', 'unheard-of', 0)).toBe(fallback[0]);
    expect(checkpointPrompt('child', 'unheard-of', 1)).toBe(fallback[1 % fallback.length]);
    expect(checkpointPrompt('child', 'unheard-of', fallback.length)).toBe(fallback[0]);
  });

  it('survive odd ids and positions without reaching into object internals', () => {
    const fallback = CHECKPOINT_PROMPTS.fallback;
    for (const id of ['__proto__', 'constructor', 'toString', '']) {
      expect(checkpointPrompt('child', id, 0), id).toBe(fallback[0]);
    }
    expect(checkpointPrompt('child', 'x', -3)).toBe(fallback[0]);
    expect(checkpointPrompt('child', 'x', Number.NaN)).toBe(fallback[0]);
    expect(checkpointPrompt('child', 'x', 1.5)).toBe(fallback[0]);
  });
});

describe('scenarios', () => {
  it('have a label each, and only the scenarios the catalogue runs', () => {
    expect(Object.keys(SCENARIO_LABELS)).toEqual([...SCENARIO_IDS]);
  });

  it('seat one of the story’s characters in the chair, or nobody the story knows', () => {
    const chair = Object.fromEntries(SCENARIOS.map((s) => [s.id, s.patient.character]));
    expect(chair).toEqual({
      'first-patient': null,
      ivy: 'ivy',
      'young-patient': 'young-patient',
      'ivy-redesigned': 'ivy',
      'young-patient-redesigned': 'young-patient',
      child: 'child',
    });
    for (const s of SCENARIOS) {
      if (s.patient.character !== null) expect(CHARACTER_IDS, s.id).toContain(s.patient.character);
    }
  });
});
