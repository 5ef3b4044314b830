import { describe, expect, it } from 'vitest';
import { REDESIGNED_CHECKPOINTS } from '../../../renderer/engine/constants';
import {
  CHECKPOINT_PROMPTS,
  CORE_CHARACTERS,
  CUE_KINDS,
  CUE_LINES,
  CUE_OVERRIDES,
  checkpointPrompt,
  cueLine,
  LANGUAGES,
  SCENARIO_IDS,
  SCENARIOS,
  type ScenarioId,
} from '../../../renderer/story';
import { SCENARIOS as RUN_SCENARIOS } from '../../../renderer/timeline/scenarios';

const redesigned = SCENARIO_IDS.filter((s) => SCENARIOS[s].protocol === 'redesigned');

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

  it('resolve for every scenario and kind, in the scenario’s own voice where it has one', () => {
    for (const scenario of SCENARIO_IDS) {
      for (const kind of CUE_KINDS) {
        const line = cueLine(kind, scenario);
        const own = CUE_OVERRIDES[scenario]?.[kind];
        expect(line.character).toBe(own?.character ?? CUE_LINES[kind].character);
        expect(line.text).toEqual(own?.text ?? CUE_LINES[kind].text);
        expect(line.label).toEqual(own?.label ?? CUE_LINES[kind].label);
      }
    }
    expect(cueLine('colour-unacceptable', 'ivy').character).toBe('ivy');
    expect(cueLine('restored', 'first-patient').character).toBe('elena');
    expect(cueLine('restored', 'child').character).toBe('child');
    expect(cueLine('shape-deviation', 'young-patient').character).toBe('young-patient');
  });

  it('refuse an unknown cue kind with a clear message', () => {
    expect(() => cueLine('sparkle' as never, 'ivy')).toThrow(/Unknown cue kind "sparkle"/);
    expect(() => cueLine('constructor' as never, 'ivy')).toThrow(/Unknown cue kind/);
  });

  it('give each checkpoint a voice only in scenarios that have checkpoints', () => {
    for (const scenario of SCENARIO_IDS) {
      if (SCENARIOS[scenario].protocol === 'original')
        expect(CUE_OVERRIDES[scenario]?.checkpoint).toBeUndefined();
    }
  });
});

describe('checkpoint prompts', () => {
  it('cover every checkpoint of the redesigned procedure, in every redesigned scenario', () => {
    expect(REDESIGNED_CHECKPOINTS.length).toBeGreaterThan(0);
    for (const scenario of redesigned) {
      for (const cp of REDESIGNED_CHECKPOINTS) {
        expect(CHECKPOINT_PROMPTS.byScenario[scenario]?.[cp.id], `${scenario}/${cp.id}`).toBeDefined();
      }
    }
    for (const cp of REDESIGNED_CHECKPOINTS)
      expect(CHECKPOINT_PROMPTS.byCheckpoint[cp.id], cp.id).toBeDefined();
  });

  it('are asked by a clinician and answered by the patient in the chair', () => {
    for (const scenario of redesigned) {
      const patient = SCENARIOS[scenario].patient;
      for (const [id, prompt] of Object.entries(CHECKPOINT_PROMPTS.byScenario[scenario]!)) {
        expect(CORE_CHARACTERS, `${scenario}/${id}`).toContain(prompt.character);
        expect(prompt.reply?.character, `${scenario}/${id}`).toBe(patient);
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
  it('match the scenarios the timeline runs, with the same procedure', () => {
    expect(RUN_SCENARIOS.map((s) => s.id)).toEqual([...SCENARIO_IDS]);
    for (const run of RUN_SCENARIOS) {
      const id = run.id as ScenarioId;
      expect(SCENARIOS[id].protocol, id).toBe(run.protocol);
      expect(Boolean(run.checkpoints?.length), id).toBe(SCENARIOS[id].protocol === 'redesigned');
    }
  });

  it('name the story’s patient for each scenario', () => {
    expect(SCENARIOS['first-patient'].patient).toBeNull();
    expect(SCENARIOS.ivy.patient).toBe('ivy');
    expect(SCENARIOS['ivy-redesigned'].patient).toBe('ivy');
    expect(SCENARIOS['young-patient'].patient).toBe('young-patient');
    expect(SCENARIOS['young-patient-redesigned'].patient).toBe('young-patient');
    expect(SCENARIOS.child.patient).toBe('child');
  });
});
