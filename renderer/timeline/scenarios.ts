// The one catalogue of the scenarios the story runs: one patient, one protocol, one seed, one length and the
// clinical pauses of each. Every other layer names a scenario by its id and looks the rest up here. The
// lengths default to the engine's TREATMENT_SECONDS and AFTERMATH_SECONDS; a scenario's own
// `treatmentSeconds` and `aftermathSeconds` are what a run and the story's chapters use. Genotypes are the
// fiction's: variants of real amelogenesis-imperfecta genes (science.md).
import { AFTERMATH_SECONDS, REDESIGNED_CHECKPOINTS, TREATMENT_SECONDS } from '../engine/constants';
import type { Checkpoint, EngineConfig, Genotype, LesionPreset, Protocol } from '../engine/types';

export type { LesionPreset } from '../engine/types';

export const SCENARIO_IDS = [
  'first-patient',
  'ivy',
  'young-patient',
  'ivy-redesigned',
  'young-patient-redesigned',
  'child',
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export interface Scenario {
  readonly id: ScenarioId;
  readonly patient: {
    /** A plain name for reports (the CLI); the story names its characters in each language. */
    readonly name: string;
    /** The story's character in the chair (a story character id), or null when none is. */
    readonly character: string | null;
    readonly genotype: Genotype;
  };
  readonly protocol: Protocol;
  readonly seed: number;
  /** Bots the app runs by default. */
  readonly bots: number;
  readonly treatmentSeconds: number;
  readonly aftermathSeconds: number;
  readonly lesion: { readonly preset: LesionPreset; readonly seed: number };
  /** The redesigned protocol's pauses, where the clinician looks and talks with the patient. */
  readonly checkpoints?: readonly Checkpoint[];
}

const DEFAULT_BOTS = 20_000;

/** Ivy Liu, the sports star: a strong MMP20 variant (colour) and a moderate ENAM variant (shape). */
const IVY: Genotype = { MMP20: 0.9, ENAM: 0.5 };
/** The young patient: KLK4 (creamy-yellow colour), FAM83H (chalky) and AMELX (overgrowth, ridges). */
const YOUNG_PATIENT: Genotype = { KLK4: 0.8, FAM83H: 0.45, AMELX: 0.7 };
/** The child: mild AMELX and KLK4 variants, caught by the redesigned protocol's screening. */
const CHILD: Genotype = { AMELX: 0.35, KLK4: 0.4 };

const base = { bots: DEFAULT_BOTS, treatmentSeconds: TREATMENT_SECONDS, aftermathSeconds: AFTERMATH_SECONDS };

export const SCENARIOS: readonly Scenario[] = [
  {
    ...base,
    id: 'first-patient',
    patient: { name: 'The first patient', character: null, genotype: {} },
    protocol: 'original',
    seed: 1001,
    lesion: { preset: 'caries', seed: 11 },
  },
  {
    ...base,
    id: 'ivy',
    patient: { name: 'Ivy Liu', character: 'ivy', genotype: IVY },
    protocol: 'original',
    seed: 2002,
    // Years of sports drinks: acid erosion over most of the chewing surface and down the cusps, white spots at
    // the gum line and a fissure lesion (the 'mixed' preset): much of her crown is rebuilt by the bots.
    lesion: { preset: 'mixed', seed: 22 },
  },
  {
    ...base,
    id: 'young-patient',
    patient: { name: 'The young patient', character: 'young-patient', genotype: YOUNG_PATIENT },
    protocol: 'original',
    seed: 3003,
    // Decay in the fissures of the chewing surface, as the young patient's chapter tells it.
    lesion: { preset: 'caries', seed: 33 },
  },
  {
    ...base,
    id: 'ivy-redesigned',
    patient: { name: 'Ivy Liu', character: 'ivy', genotype: IVY },
    protocol: 'redesigned',
    seed: 2002,
    lesion: { preset: 'mixed', seed: 22 },
    checkpoints: REDESIGNED_CHECKPOINTS,
  },
  {
    ...base,
    id: 'young-patient-redesigned',
    patient: { name: 'The young patient', character: 'young-patient', genotype: YOUNG_PATIENT },
    protocol: 'redesigned',
    seed: 3003,
    // Decay in the fissures of the chewing surface, as the young patient's chapter tells it.
    lesion: { preset: 'caries', seed: 33 },
    checkpoints: REDESIGNED_CHECKPOINTS,
  },
  {
    ...base,
    id: 'child',
    patient: { name: 'The child', character: 'child', genotype: CHILD },
    protocol: 'redesigned',
    seed: 4004,
    // Only the tiny dark line in a fissure that the child's chapter describes.
    lesion: { preset: 'fissure-line', seed: 44 },
    checkpoints: REDESIGNED_CHECKPOINTS,
  },
];

export function isScenarioId(id: string): id is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(id);
}

/** The scenario with this id, or undefined. */
export function getScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

/** Simulated seconds from the start of the treatment to the end of the aftermath. */
export function scenarioSeconds(s: Scenario): number {
  return s.treatmentSeconds + s.aftermathSeconds;
}

export type Phase = 'treatment' | 'aftermath';

/** Whether a scenario-local moment falls in the treatment or in the aftermath that follows it. */
export function phaseAt(s: Scenario, localTime: number): Phase {
  return localTime < s.treatmentSeconds ? 'treatment' : 'aftermath';
}

/** The engine configuration of a scenario, with optional overrides (the CLI's flags, benchmarks). */
export function engineConfigFor(
  s: Scenario,
  overrides: Partial<Pick<EngineConfig, 'bots' | 'seed' | 'protocol' | 'genotype' | 'dt'>> = {},
): EngineConfig {
  const protocol = overrides.protocol ?? s.protocol;
  return {
    seed: overrides.seed ?? s.seed,
    bots: overrides.bots ?? s.bots,
    protocol,
    genotype: overrides.genotype ?? s.patient.genotype,
    treatmentSeconds: s.treatmentSeconds,
    checkpoints: protocol === 'redesigned' ? (s.checkpoints ?? REDESIGNED_CHECKPOINTS) : [],
    ...(overrides.dt !== undefined ? { dt: overrides.dt } : {}),
  };
}
