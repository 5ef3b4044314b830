// The colour model of a site: what the lesion looks like before treatment, how each layer of new mineral
// hides the colour beneath it, and the cache of each site's ΔE00 against healthy enamel. Plain functions over
// typed arrays, in the manner of kinematics.ts: the step calls them per site it touched, so they take small
// integers and arrays only (a double passed to a call V8 does not inline is boxed on the heap).
import { OPTICAL_DEPTH_MM, WHITE_SPOT_FULL_DEPTH_MM } from './constants';
import { HEALTHY_CHALK, HEALTHY_ENAMEL_LAB, WHITE_SPOT_CHALK, WHITE_SPOT_LAB } from './palette';
import type { DeltaE00, SiteField } from './types';

/** A deficit thinner than this (mm) counts as none. */
const MIN_DEFICIT_MM = 1e-6;
// Module-local copies: no loader indirection inside the per-site loop.
const HEALTHY_L: number = HEALTHY_ENAMEL_LAB[0];
const HEALTHY_A: number = HEALTHY_ENAMEL_LAB[1];
const HEALTHY_B: number = HEALTHY_ENAMEL_LAB[2];

/** The lesion of a site field: the sites with a deficit and an area to fill. */
export interface Lesion {
  /** Enamel missing per site, mm (0 outside the lesion). */
  readonly deficitMm: Float64Array;
  /** Sites with a deficit, ascending. */
  readonly sites: Uint32Array;
  /** Their area, mm², and the volume missing, mm³. */
  readonly area: number;
  readonly volume: number;
}

export function findLesion(sites: SiteField): Lesion {
  const { targetThickness: target, initialThickness: initial, area, count: S } = sites;
  const deficitMm = new Float64Array(S);
  let n = 0;
  let lesionArea = 0;
  let volume = 0;
  for (let s = 0; s < S; s++) {
    const d = target[s]! - initial[s]!;
    if (d > MIN_DEFICIT_MM && area[s]! > 0) {
      deficitMm[s] = d;
      n++;
      lesionArea += area[s]!;
      volume += d * area[s]!;
    }
  }
  const lesionSites = new Uint32Array(n);
  n = 0;
  for (let s = 0; s < S; s++) if (deficitMm[s]! > 0) lesionSites[n++] = s;
  return { deficitMm, sites: lesionSites, area: lesionArea, volume };
}

/** The arrays the colour model reads and writes, per site (3 per site for CIELAB). */
export interface SiteLook {
  readonly area: Float32Array;
  readonly initialThickness: Float32Array;
  readonly deficitMm: Float64Array;
  /** Mineral laid down so far, mm³. */
  readonly mineral: Float64Array;
  /** Published: thickness, mm; CIELAB; chalkiness 0..1. */
  readonly thickness: Float32Array;
  readonly lab: Float32Array;
  readonly chalk: Float32Array;
  /** The lesion's own look, which fades as its deficit fills. */
  readonly lesionLab: Float32Array;
  readonly lesionChalk: Float32Array;
  /** The look of the mineral laid down so far. */
  readonly depLab: Float32Array;
  readonly depChalk: Float32Array;
  /** The patient's colour and chalk drift per site (anomalies.ts), scaled by the phase's gain. */
  readonly colourDrift: Float32Array;
  readonly chalkDrift: Float32Array;
  /** [0]: colour gain of the mineral laid down in the current phase. */
  readonly gain: Float64Array;
}

/** Site s before treatment: its initial enamel, whitening towards a chalky white spot with the lesion's depth. */
export function startLook(look: SiteLook, s: number): void {
  look.thickness[s] = look.initialThickness[s]!;
  look.depLab[s * 3] = HEALTHY_L;
  look.depLab[s * 3 + 1] = HEALTHY_A;
  look.depLab[s * 3 + 2] = HEALTHY_B;
  look.depChalk[s] = HEALTHY_CHALK;
  const d = look.deficitMm[s]!;
  let f = 0;
  if (d > 0) f = Math.min(1, d / WHITE_SPOT_FULL_DEPTH_MM);
  look.lesionLab[s * 3] = HEALTHY_L + f * (WHITE_SPOT_LAB[0] - HEALTHY_L);
  look.lesionLab[s * 3 + 1] = HEALTHY_A + f * (WHITE_SPOT_LAB[1] - HEALTHY_A);
  look.lesionLab[s * 3 + 2] = HEALTHY_B + f * (WHITE_SPOT_LAB[2] - HEALTHY_B);
  look.lesionChalk[s] = HEALTHY_CHALK + f * (WHITE_SPOT_CHALK - HEALTHY_CHALK);
  refreshSiteLook(look, s);
}

/** Recomputes the published thickness, colour and chalkiness of site s from its state. */
export function refreshSiteLook(look: SiteLook, s: number): void {
  const area = look.area[s]!;
  const laid = area > 0 ? look.mineral[s]! / area : 0;
  look.thickness[s] = look.initialThickness[s]! + laid;
  // The lesion's porous, chalky look fades as its deficit is filled.
  const d = look.deficitMm[s]!;
  let w = d > 0 ? 1 - laid / d : 0;
  if (w < 0) w = 0;
  const v = 1 - w;
  const ll = look.lesionLab;
  const dl = look.depLab;
  const lab = look.lab;
  if (d > 0 || laid > 0) {
    lab[s * 3] = w * ll[s * 3]! + v * dl[s * 3]!;
    lab[s * 3 + 1] = w * ll[s * 3 + 1]! + v * dl[s * 3 + 1]!;
    lab[s * 3 + 2] = w * ll[s * 3 + 2]! + v * dl[s * 3 + 2]!;
    look.chalk[s] = w * look.lesionChalk[s]! + v * look.depChalk[s]!;
  } else {
    lab[s * 3] = ll[s * 3]!;
    lab[s * 3 + 1] = ll[s * 3 + 1]!;
    lab[s * 3 + 2] = ll[s * 3 + 2]!;
    look.chalk[s] = look.lesionChalk[s]!;
  }
}

/**
 * Each site of `list[0..n)` received `added[s]` mm³ of mineral this step (already counted in `mineral`):
 * blends the new layer's colour over the mineral beneath, refreshes the published look (as refreshSiteLook
 * does, written out here with the arrays in locals: the step lays down mineral at thousands of sites at every
 * step) and clears `added[s]`.
 */
export function layDownList(look: SiteLook, list: Uint32Array, n: number, added: Float64Array): void {
  const gain = look.gain[0]!;
  const area = look.area;
  const dl = look.depLab;
  const drift = look.colourDrift;
  const chalkDrift = look.chalkDrift;
  const depChalk = look.depChalk;
  const mineral = look.mineral;
  const thickness = look.thickness;
  const initial = look.initialThickness;
  const deficit = look.deficitMm;
  const ll = look.lesionLab;
  const lesionChalk = look.lesionChalk;
  const lab = look.lab;
  const chalk = look.chalk;
  for (let j = 0; j < n; j++) {
    const s = list[j]!;
    const a = area[s]!;
    const inc = added[s]! / a;
    added[s] = 0;
    // A layer of thickness h hides (1 - e^(-h/d)) of the colour beneath; layers compose exactly, so the colour
    // does not depend on how the mineral was split between bots or steps.
    const alpha = 1 - Math.exp(-inc / OPTICAL_DEPTH_MM);
    const i = s * 3;
    let l = HEALTHY_L + gain * drift[i]!;
    if (l < 0) l = 0;
    else if (l > 100) l = 100;
    dl[i] = dl[i]! + (l - dl[i]!) * alpha;
    dl[i + 1] = dl[i + 1]! + (HEALTHY_A + gain * drift[i + 1]! - dl[i + 1]!) * alpha;
    dl[i + 2] = dl[i + 2]! + (HEALTHY_B + gain * drift[i + 2]! - dl[i + 2]!) * alpha;
    let c = HEALTHY_CHALK + gain * chalkDrift[s]!;
    if (c > 1) c = 1;
    depChalk[s] = depChalk[s]! + (c - depChalk[s]!) * alpha;
    // refreshSiteLook, written out (a site that received mineral has an area and has laid some down).
    const laid = a > 0 ? mineral[s]! / a : 0;
    thickness[s] = initial[s]! + laid;
    const d = deficit[s]!;
    let w = d > 0 ? 1 - laid / d : 0;
    if (w < 0) w = 0;
    const v = 1 - w;
    if (d > 0 || laid > 0) {
      lab[i] = w * ll[i]! + v * dl[i]!;
      lab[i + 1] = w * ll[i + 1]! + v * dl[i + 1]!;
      lab[i + 2] = w * ll[i + 2]! + v * dl[i + 2]!;
      chalk[s] = w * lesionChalk[s]! + v * depChalk[s]!;
    } else {
      lab[i] = ll[i]!;
      lab[i + 1] = ll[i + 1]!;
      lab[i + 2] = ll[i + 2]!;
      chalk[s] = lesionChalk[s]!;
    }
  }
}

// ---- ΔE00 cache ---------------------------------------------------------------------------------------------

/**
 * Each site's ΔE00 against healthy enamel, recomputed only for the sites marked dirty since it was last read:
 * a site's ΔE00 depends on its colour alone, so a seek pays CIEDE2000 only for the sites whose colour differs.
 */
export interface DeltaECache {
  readonly values: Float32Array;
  readonly dirty: Uint8Array;
  readonly list: Uint32Array;
  /** [0]: how many entries of `list` are in use. */
  readonly count: Uint32Array;
}

export function createDeltaECache(sites: number): DeltaECache {
  return {
    values: new Float32Array(sites),
    dirty: new Uint8Array(sites),
    list: new Uint32Array(sites),
    count: new Uint32Array(1),
  };
}

export function markDirty(c: DeltaECache, s: number): void {
  if (c.dirty[s] === 0) {
    c.dirty[s] = 1;
    c.list[c.count[0]!] = s;
    c.count[0] = c.count[0]! + 1;
  }
}

export function markAllDirty(c: DeltaECache): void {
  const n = c.values.length;
  for (let s = 0; s < n; s++) {
    c.dirty[s] = 1;
    c.list[s] = s;
  }
  c.count[0] = n;
}

/** Before `own` is overwritten with `lab`: marks the sites whose colour is about to change. */
export function markRecolouredDirty(c: DeltaECache, own: Float32Array, lab: Float32Array): void {
  const n = c.values.length;
  for (let s = 0; s < n; s++) {
    if (c.dirty[s] === 1) continue;
    const i = s * 3;
    if (own[i] !== lab[i] || own[i + 1] !== lab[i + 1] || own[i + 2] !== lab[i + 2]) markDirty(c, s);
  }
}

/** Brings the cached values of the dirty sites up to the colours in `lab`. */
export function refreshDeltaE(c: DeltaECache, lab: Float32Array, deltaE: DeltaE00): void {
  const n = c.count[0]!;
  for (let j = 0; j < n; j++) {
    const s = c.list[j]!;
    c.dirty[s] = 0;
    c.values[s] = deltaE(lab[s * 3]!, lab[s * 3 + 1]!, lab[s * 3 + 2]!, HEALTHY_L, HEALTHY_A, HEALTHY_B);
  }
  c.count[0] = 0;
}
