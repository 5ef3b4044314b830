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
  /** Waiting in the gel reservoir applied over the tooth. */
  Reservoir: 0,
  /** On the way to a site that lacks enamel. */
  Travelling: 1,
  /** At a site, laying down mineral. */
  Depositing: 2,
  /** On the way back to the reservoir. */
  Returning: 3,
  /** Idle: in the gel with nothing to do, or (original protocol) lying inside the new enamel until it wakes. */
  Dormant: 4,
  /** Gone: removed with the gel or recalled at the end of the treatment. Not drawn. */
  Recalled: 5,
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

/** Lesion patterns a site field can be given before treatment (renderer/mesh applies them to a tooth). */
export type LesionPreset = 'caries' | 'white-spot' | 'erosion' | 'mixed' | 'fissure-line';

/** A pause of the redesigned protocol: the clinician looks at the tooth and talks with the patient. */
export interface Checkpoint {
  readonly id: string;
  /** Simulated seconds from the start of the treatment. */
  readonly time: number;
}

export interface EngineConfig {
  readonly seed: number;
  readonly bots: number;
  readonly protocol: Protocol;
  readonly genotype: Genotype;
  /** Simulated seconds per step; part of the state, fixed for a run. Default 0.05. */
  readonly dt?: number;
  /** Length of the treatment, simulated seconds (default 40); the aftermath follows. */
  readonly treatmentSeconds?: number;
  /**
   * The protocol's clinical pauses. Default: none for `original`, `REDESIGNED_CHECKPOINTS` for `redesigned`.
   * The engine never pauses itself; the host stops its clock at each (it knows them from the scenario).
   */
  readonly checkpoints?: readonly Checkpoint[];
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
  /** CIEDE2000 of each site's enamel against healthy enamel, over the lesion's sites (those with a deficit). */
  deltaE00: Stat;
  /** |thickness - target|, past the target surface or short of it, mm, over the lesion's sites. */
  shapeDeviationMm: Stat;
  /** Mineral carried out of the reservoir and laid down, mm³. Equal to deposited at every step. */
  mineralDelivered: number;
  mineralDeposited: number;
  botsByState: {
    reservoir: number;
    travelling: number;
    depositing: number;
    returning: number;
    dormant: number;
    /** Removed with the gel or recalled. */
    recalled: number;
  };
  /** Mineral the protocol prepared for this patient, mm³. */
  mineralDose: number;
  /** Mineral still in the reservoir, mm³. */
  mineralInReservoir: number;
  /** Mineral carried by bots, including dormant and recalled ones, mm³. */
  mineralCarried: number;
  /** Lesion sites (with a deficit) over which the colour and shape statistics are taken. */
  lesionSites: number;
}

/** A colour-difference function (CIEDE2000) injected by the host, so the engine stays free of imports. */
export type DeltaE00 = (l1: number, a1: number, b1: number, l2: number, a2: number, b2: number) => number;

/**
 * The whole state of an engine as plain data (numbers, strings and typed arrays that own their buffers), so it
 * can be structured-cloned or its buffers transferred. `restore` takes it back exactly.
 */
export type EngineSnapshot = {
  readonly format: 'tooth-rebirth-engine/1';
  /** Identifies the run (config and site field); a snapshot only restores into an engine of the same run. */
  readonly runKey: string;
  readonly dt: number;
  readonly steps: number;
  readonly bots: number;
  readonly sites: number;
  readonly scalars: Float64Array;
  readonly prng: Uint32Array;
  readonly arrays: {
    readonly [name: string]: Float32Array | Float64Array | Uint32Array | Int32Array | Uint8Array;
  };
};
