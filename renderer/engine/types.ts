// Shared vocabulary of the simulation. Plain data types only: the mesh loaders produce a SiteField, the
// timeline names Scenarios, the worker and the CLI drive an Engine. Nothing here imports outside the engine.

/** The amelogenesis-imperfecta genes whose variants the fiction's nanobots misread (science.md). */
export const GENES = ['AMELX', 'ENAM', 'MMP20', 'KLK4', 'FAM83H'] as const;
export type Gene = (typeof GENES)[number];

/** Strength of each variant, 0 (none) to 1 (strong). Missing genes count as 0. */
export type Genotype = Readonly<Partial<Record<Gene, number>>>;

/** `original`: Tooth Rebirth as first used. `redesigned`: the procedure after the showdown. */
export type Protocol = 'original' | 'redesigned';

/** Bot states, stored as Uint8 codes in the engine's arrays and published to the scene. */
export const BotState = {
  Reservoir: 0,
  Travelling: 1,
  Depositing: 2,
  Returning: 3,
  Dormant: 4,
} as const;
export type BotStateCode = (typeof BotState)[keyof typeof BotState];

/**
 * Surface sites of the enamel, struct-of-arrays, in millimetres, in the model's normalised frame
 * (centred, occlusal direction +Y). Produced by `renderer/mesh`, consumed by the engine.
 */
export interface SiteField {
  readonly count: number;
  /** xyz per site, mm. */
  readonly positions: Float32Array;
  /** Unit outward normal per site. */
  readonly normals: Float32Array;
  /** Healthy enamel thickness at the site, mm (the target the bots rebuild towards). */
  readonly targetThickness: Float32Array;
  /** Enamel present before treatment, mm (target minus the lesion's deficit). */
  readonly initialThickness: Float32Array;
  /** Surface area the site stands for, mm². */
  readonly area: Float32Array;
}

export interface EngineConfig {
  readonly seed: number;
  readonly bots: number;
  readonly protocol: Protocol;
  readonly genotype: Genotype;
  /** Simulated seconds per step; part of the state, fixed for a run. */
  readonly dt?: number;
}

export interface Stat {
  mean: number;
  max: number;
}

export interface EngineMetrics {
  steps: number;
  /** Simulated seconds since the start. */
  time: number;
  bots: number;
  sites: number;
  /** Fraction of the lesion deficit rebuilt, 0..1. */
  restoredFraction: number;
  /** CIEDE2000 of each site's enamel against healthy enamel. */
  deltaE00: Stat;
  /** |thickness - target| beyond the target surface or short of it, mm (for sites the bots have worked on). */
  shapeDeviationMm: Stat;
  /** Mineral carried out of the reservoir and laid down, mm³. Equal to deposited at every step. */
  mineralDelivered: number;
  mineralDeposited: number;
  botsByState: { reservoir: number; travelling: number; depositing: number; returning: number; dormant: number };
}

/** A colour-difference function (CIEDE2000) injected by the host, so the engine stays free of imports. */
export type DeltaE00 = (l1: number, a1: number, b1: number, l2: number, a2: number, b2: number) => number;
