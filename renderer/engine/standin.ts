// A procedural stand-in for a molar crown's enamel surface, for tests, benchmarks and the sim CLI when no
// tooth model is at hand. It is a half-ellipsoid with the crown's average dimensions (science.md, Wheeler's
// tables: 11.0 mm mesiodistal, 10.5 mm buccolingual, 7.5 mm from the cervical line to the cusp tips), sampled
// evenly, with enamel 2.25 mm thick at the top thinning to a knife edge at the cervical line. It has no cusps
// or fissures; the generated molar in models/ is the real thing. Lesions follow the same presets as the app's:
// caries in the occlusal pits, white spots on the buccal face, erosion across the occlusal surface.
import { nextFloat, seedPrng } from './prng';
import type { LesionPreset, SiteField } from './types';

const HALF_MD = 5.5;
const HALF_BL = 5.25;
const CROWN_HEIGHT = 7.5;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export interface StandInOptions {
  /** Number of sites (default 4000). */
  readonly sites?: number;
  /** Lesion preset, or 'none' for a healthy crown (default 'caries'). */
  readonly lesion?: LesionPreset | 'none';
  /** Seed for where the lesion lies (default 1). */
  readonly seed?: number;
}

export function standInMolarSites(options: StandInOptions = {}): SiteField {
  const n = options.sites ?? 4000;
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`Stand-in crown: sites must be a positive integer, got ${n}.`);
  const positions = new Float32Array(n * 3);
  const normals = new Float32Array(n * 3);
  const targetThickness = new Float32Array(n);
  const initialThickness = new Float32Array(n);
  const area = new Float32Array(n);
  const up = new Float32Array(n);
  const a = HALF_MD;
  const b = CROWN_HEIGHT;
  const c = HALF_BL;
  for (let i = 0; i < n; i++) {
    // Fibonacci points on the upper unit hemisphere, then stretched onto the ellipsoid.
    const uy = 1 - (i + 0.5) / n;
    const r = Math.sqrt(1 - uy * uy);
    const phi = i * GOLDEN_ANGLE;
    const ux = r * Math.cos(phi);
    const uz = r * Math.sin(phi);
    positions[i * 3] = a * ux;
    positions[i * 3 + 1] = b * uy - b / 2;
    positions[i * 3 + 2] = c * uz;
    const gx = ux / a;
    const gy = uy / b;
    const gz = uz / c;
    const g = Math.sqrt(gx * gx + gy * gy + gz * gz);
    normals[i * 3] = gx / g;
    normals[i * 3 + 1] = gy / g;
    normals[i * 3 + 2] = gz / g;
    // The map u -> (a ux, b uy, c uz) scales areas by a b c |(ux/a, uy/b, uz/c)|.
    area[i] = ((2 * Math.PI) / n) * a * b * c * g;
    targetThickness[i] = 0.05 + 2.2 * uy ** 0.8;
    up[i] = uy;
  }
  const deficit = lesionDeficit(
    options.lesion ?? 'caries',
    options.seed ?? 1,
    positions,
    up,
    targetThickness,
  );
  for (let i = 0; i < n; i++) {
    const d = deficit[i]! < 0.01 ? 0 : deficit[i]!;
    initialThickness[i] = targetThickness[i]! - d;
  }
  return { count: n, positions, normals, targetThickness, initialThickness, area };
}

function pickSite(prng: Uint32Array, up: Float32Array, lo: number, hi: number, side: number): number {
  // Sites are ordered by height (uy falls with the index), so a height band is an index range.
  const n = up.length;
  for (let tries = 0; tries < 64; tries++) {
    const i = Math.min(n - 1, Math.floor((1 - hi + (hi - lo) * nextFloat(prng)) * n));
    if (side === 0 || Math.sign(Math.sin(i * GOLDEN_ANGLE)) === side) return i;
  }
  return Math.min(n - 1, Math.floor((1 - hi) * n));
}

function addSpots(
  out: Float32Array,
  positions: Float32Array,
  centres: readonly number[],
  sigma: number,
  depthAt: (site: number) => number,
): void {
  const two = 2 * sigma * sigma;
  for (const c of centres) {
    const cx = positions[c * 3]!;
    const cy = positions[c * 3 + 1]!;
    const cz = positions[c * 3 + 2]!;
    for (let i = 0; i < out.length; i++) {
      const dx = positions[i * 3]! - cx;
      const dy = positions[i * 3 + 1]! - cy;
      const dz = positions[i * 3 + 2]! - cz;
      const d = depthAt(i) * Math.exp(-(dx * dx + dy * dy + dz * dz) / two);
      if (d > out[i]!) out[i] = d;
    }
  }
}

function lesionDeficit(
  preset: LesionPreset | 'none',
  seed: number,
  positions: Float32Array,
  up: Float32Array,
  target: Float32Array,
): Float32Array {
  const n = up.length;
  const out = new Float32Array(n);
  const prng = new Uint32Array(4);
  seedPrng(prng, seed);
  const caries = (count: number) => {
    const centres: number[] = [];
    for (let k = 0; k < count; k++) centres.push(pickSite(prng, up, 0.8, 1, 0));
    addSpots(out, positions, centres, 0.8, (i) => 0.85 * target[i]!);
  };
  const whiteSpots = (count: number) => {
    const centres: number[] = [];
    for (let k = 0; k < count; k++) centres.push(pickSite(prng, up, 0.2, 0.6, 1));
    addSpots(out, positions, centres, 1.3, (i) => Math.min(0.18, 0.9 * target[i]!));
  };
  switch (preset) {
    case 'none':
      break;
    case 'caries':
      caries(4);
      break;
    case 'white-spot':
      whiteSpots(2);
      break;
    case 'erosion':
      for (let i = 0; i < n; i++) {
        const s = Math.min(1, Math.max(0, (up[i]! - 0.55) / 0.3));
        out[i] = Math.min(0.5 * target[i]!, 0.4 * s * s * (3 - 2 * s));
      }
      break;
    case 'mixed':
      caries(2);
      whiteSpots(1);
      break;
    case 'fissure-line':
      addSpots(out, positions, [pickSite(prng, up, 0.8, 1, 0)], 0.25, (i) =>
        Math.min(0.12, 0.5 * target[i]!),
      );
      break;
  }
  return out;
}
