// How a patient's genotype and the protocol change what the bots lay down.
//
// Fiction (science.md says so plainly): the bots read the enamel-matrix signals that amelogenin (AMELX),
// enamelin (ENAM), enamelysin (MMP20), kallikrein 4 (KLK4) and FAM83H normally give. A variant makes them
// misread. MMP20 and KLK4 variants give hypomaturation colours (mottled creamy-yellow to brown), FAM83H gives
// hypocalcified enamel (chalky, opaque, discoloured): the bots lay down mineral of the wrong colour. AMELX and
// ENAM variants make them misjudge where the surface should be: ridges and grooves, pits, and overgrowth past
// the target surface. Every effect scales with the variant's strength and follows fields drawn from the seed.
import { HEALTHY_CHALK, HEALTHY_ENAMEL_LAB, HYPOCALCIFIED_CHALK, HYPOCALCIFIED_CHALKY_LAB } from './palette';
import { HYPOMATURATION_BROWN_LAB, HYPOMATURATION_CREAM_LAB } from './palette';
import { nextFloat } from './prng';
import type { Gene, Genotype, Protocol } from './types';

/** Per-site anomaly fields at full effect (gain 1); the protocol scales them by phase. */
export interface AnomalyFields {
  /** Where the misreading bots believe the surface is, relative to the true target, mm (lesion sites only). */
  readonly shapeOffset: Float32Array;
  /** Colour shift of the mineral laid down, CIELAB, 3 per site. */
  readonly colourDrift: Float32Array;
  /** Chalkiness shift of the mineral laid down, per site. */
  readonly chalkDrift: Float32Array;
}

/** How strongly each phase of a protocol lets the misreading through, and what the protocol does about it. */
export interface PhaseGains {
  /** Fraction of the shape misreading acted on. */
  readonly shape: number;
  /** Fraction of the colour misreading laid down. */
  readonly colour: number;
  /** Deposition cap: never build past the true target surface. */
  readonly capAtTarget: boolean;
}

export interface ProtocolPlan {
  /**
   * Mineral prepared, as a multiple of the deficit: `original` applies a fixed standard surplus to the
   * measured lesion; `redesigned` doses the deficit the screened bots will actually build, plus a margin.
   */
  readonly doseFactor: number;
  /**
   * Extra mineral prepared per mm² of lesion, mm: `original` prepares a standard layer over the whole lesion
   * whatever its depth; `redesigned` prepares none.
   */
  readonly surplusMm: number;
  /** Trips each bot makes on average: `original` loads every bot once; `redesigned` reloads from the gel. */
  readonly tripsPerBot: number;
  /** Seconds for a bot to lay down a full load at a site that can take it. */
  readonly depositSeconds: number;
  /** Bots leave the gel at times spread evenly over this window, simulated seconds. */
  readonly launchStart: number;
  readonly launchEnd: number;
  /**
   * Times (simulated seconds) at which each layer of the rebuild starts. With L layers, layer i lets the bots
   * build (i + 1) / L of the way from the initial surface to the target. `original` builds in one go;
   * `redesigned` builds in three layers, with a checkpoint between them to look before going on.
   */
  readonly layerStarts: readonly number[];
  /** Treatment phase and aftermath (after the treatment ends) gains. */
  readonly treatment: PhaseGains;
  readonly aftermath: PhaseGains;
  /**
   * `original`: a bot with mineral left and nothing to do settles into the new enamel and lies dormant; it
   * wakes in the aftermath. `redesigned`: it returns to the gel, and every bot is recalled at the end.
   */
  readonly embedsSurplus: boolean;
  readonly recallsAll: boolean;
}

export const PROTOCOL_PLANS: Readonly<Record<Protocol, ProtocolPlan>> = {
  original: {
    doseFactor: 1.3,
    surplusMm: 0.25,
    tripsPerBot: 1,
    depositSeconds: 0.6,
    launchStart: 0,
    launchEnd: 20,
    layerStarts: [0],
    // During the treatment the misreading is faint (the fresh matrix signals still dominate) ...
    treatment: { shape: 0.06, colour: 0.06, capAtTarget: false },
    // ... but bots that lay dormant in the new enamel read only the variant's signals when they wake.
    aftermath: { shape: 1, colour: 1, capAtTarget: false },
    embedsSurplus: true,
    recallsAll: false,
  },
  redesigned: {
    doseFactor: 1.1,
    surplusMm: 0,
    tripsPerBot: 3,
    depositSeconds: 0.3,
    launchStart: 0.5,
    launchEnd: 4,
    layerStarts: [0, 10, 20],
    // Screening tells the bots where the patient's variants mislead them: they build to the target surface
    // and stop there (deposition cap), and their colour reading is calibrated, leaving a small residual.
    treatment: { shape: 0, colour: 0.04, capAtTarget: true },
    aftermath: { shape: 0, colour: 0.04, capAtTarget: true },
    embedsSurplus: false,
    recallsAll: true,
  },
};

/** Full-effect colour target of each colour gene, and how strongly a variant pulls the colour towards it. */
const COLOUR_GENES: readonly { gene: Gene; lab: readonly [number, number, number]; chalk: number }[] = [
  { gene: 'MMP20', lab: HYPOMATURATION_BROWN_LAB, chalk: 0 },
  { gene: 'KLK4', lab: HYPOMATURATION_CREAM_LAB, chalk: 0 },
  { gene: 'FAM83H', lab: HYPOCALCIFIED_CHALKY_LAB, chalk: HYPOCALCIFIED_CHALK - HEALTHY_CHALK },
];

/** Shape misreading at full strength, mm: ENAM gives ridges/grooves and pits, AMELX overgrowth and ridges. */
const ENAM_RIDGE_MM = 0.55;
const ENAM_PIT_MM = 0.45;
const AMELX_OVERGROWTH_MM = 0.2;
const AMELX_RIDGE_MM = 0.3;
/**
 * Colour variants misread the maturation signals too: the bots believe a thin layer of enamel is still
 * missing and keep adding it (the layer that carries their wrong colour when they wake in the aftermath).
 */
const MATURATION_LAYER_MM = 0.06;
/** Pits: how many, and their radius (standard deviation), mm. */
const PIT_COUNT = 10;
const PIT_SIGMA_MM = 0.4;
/** Wavelengths of the ridge bands and of the colour mottling, mm. */
const RIDGE_WAVELENGTHS = [2.2, 3.4] as const;
const MOTTLE_WAVELENGTHS = [1.5, 2.6] as const;
/** Mottled colour: the local strength of a colour variant's effect ranges over [MOTTLE_MIN, 1]. */
const MOTTLE_MIN = 0.35;

export function strengthOf(genotype: Genotype, gene: Gene): number {
  const s = genotype[gene];
  return s === undefined ? 0 : s;
}

/** A random plane wave: unit direction scaled to the wavenumber, and a phase. Draws 4 numbers. */
function wave(prng: Uint32Array, wavelength: number, out: Float64Array, at: number): void {
  // Uniform direction on the sphere.
  const u = 2 * nextFloat(prng) - 1;
  const phi = 2 * Math.PI * nextFloat(prng);
  const r = Math.sqrt(1 - u * u);
  const k = (2 * Math.PI) / wavelength;
  out[at] = k * r * Math.cos(phi);
  out[at + 1] = k * r * Math.sin(phi);
  out[at + 2] = k * u;
  out[at + 3] = 2 * Math.PI * nextFloat(prng);
}

function waveAt(w: Float64Array, at: number, x: number, y: number, z: number): number {
  return Math.sin(w[at]! * x + w[at + 1]! * y + w[at + 2]! * z + w[at + 3]!);
}

/**
 * Builds the anomaly fields. Always draws the same amount from the PRNG whatever the genotype, so that two
 * patients with the same seed share the same bot schedule and differ only in what their genes change.
 */
export function buildAnomalyFields(
  positions: Float32Array,
  siteCount: number,
  lesionSites: Uint32Array,
  genotype: Genotype,
  prng: Uint32Array,
): AnomalyFields {
  const ridges = new Float64Array(8);
  wave(prng, RIDGE_WAVELENGTHS[0], ridges, 0);
  wave(prng, RIDGE_WAVELENGTHS[1], ridges, 4);
  const mottles = new Float64Array(8 * COLOUR_GENES.length);
  for (let g = 0; g < COLOUR_GENES.length; g++) {
    wave(prng, MOTTLE_WAVELENGTHS[0], mottles, g * 8);
    wave(prng, MOTTLE_WAVELENGTHS[1], mottles, g * 8 + 4);
  }
  const pits = new Int32Array(PIT_COUNT);
  for (let j = 0; j < PIT_COUNT; j++) {
    const pick = Math.floor(nextFloat(prng) * lesionSites.length);
    pits[j] = lesionSites.length > 0 ? lesionSites[pick]! : -1;
  }

  const enam = strengthOf(genotype, 'ENAM');
  const amelx = strengthOf(genotype, 'AMELX');
  const colourStrength = Math.min(
    1,
    strengthOf(genotype, 'MMP20') + strengthOf(genotype, 'KLK4') + strengthOf(genotype, 'FAM83H'),
  );
  const shapeOffset = new Float32Array(siteCount);
  const twoSigma2 = 2 * PIT_SIGMA_MM * PIT_SIGMA_MM;
  for (let j = 0; j < lesionSites.length; j++) {
    const s = lesionSites[j]!;
    const x = positions[s * 3]!;
    const y = positions[s * 3 + 1]!;
    const z = positions[s * 3 + 2]!;
    const ridge = (waveAt(ridges, 0, x, y, z) + 0.6 * waveAt(ridges, 4, x, y, z)) / 1.6;
    let pit = 0;
    for (let p = 0; p < PIT_COUNT; p++) {
      const c = pits[p]!;
      if (c < 0) continue;
      const dx = positions[c * 3]! - x;
      const dy = positions[c * 3 + 1]! - y;
      const dz = positions[c * 3 + 2]! - z;
      const v = Math.exp(-(dx * dx + dy * dy + dz * dz) / twoSigma2);
      if (v > pit) pit = v;
    }
    shapeOffset[s] =
      enam * (ENAM_RIDGE_MM * ridge - ENAM_PIT_MM * pit) +
      amelx * (AMELX_OVERGROWTH_MM + AMELX_RIDGE_MM * ridge) +
      colourStrength * MATURATION_LAYER_MM;
  }

  const colourDrift = new Float32Array(siteCount * 3);
  const chalkDrift = new Float32Array(siteCount);
  const [hl, ha, hb] = HEALTHY_ENAMEL_LAB;
  for (let g = 0; g < COLOUR_GENES.length; g++) {
    const { gene, lab, chalk } = COLOUR_GENES[g]!;
    const strength = strengthOf(genotype, gene);
    if (strength === 0) continue;
    for (let s = 0; s < siteCount; s++) {
      const x = positions[s * 3]!;
      const y = positions[s * 3 + 1]!;
      const z = positions[s * 3 + 2]!;
      const n = waveAt(mottles, g * 8, x, y, z) * waveAt(mottles, g * 8 + 4, x, y, z);
      const m = strength * (MOTTLE_MIN + (1 - MOTTLE_MIN) * (0.5 + 0.5 * n));
      colourDrift[s * 3] = colourDrift[s * 3]! + m * (lab[0] - hl);
      colourDrift[s * 3 + 1] = colourDrift[s * 3 + 1]! + m * (lab[1] - ha);
      colourDrift[s * 3 + 2] = colourDrift[s * 3 + 2]! + m * (lab[2] - hb);
      chalkDrift[s] = chalkDrift[s]! + m * chalk;
    }
  }
  return { shapeOffset, colourDrift, chalkDrift };
}

/**
 * The enamel thickness the bots believe site `s` needs, mm, given the phase's gains: the true target shifted
 * by the scaled misreading, never past the target when the protocol caps deposition, never below zero.
 */
export function perceivedTarget(target: number, offset: number, gains: PhaseGains): number {
  let off = offset * gains.shape;
  if (gains.capAtTarget && off > 0) off = 0;
  const t = target + off;
  return Math.max(t, 0);
}
