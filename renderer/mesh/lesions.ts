// Lesion presets: turn a healthy enamel surface into a damaged one, deterministically from a seed.
// They work on sites alone (any tooth, generated or scanned), in the model frame (mm, occlusal +Y), reading the
// surface's shape from the sites' neighbourhoods:
// - caries: starts in the pits and fissures of the chewing surface (concave places high on the crown);
// - white-spot: shallow chalky patches on the smooth buccal and lingual surfaces, near the gum line;
// - erosion: loss over the cusp tips (convex places at the top), cupping them;
// - mixed: caries and white spots with a shallow erosion of an acid diet, across most of the chewing surface;
// - fissure-line: one tiny, shallow line in the deepest fissure (the earliest sign of decay a dentist sees).
// Each returns a per-site deficit (mm of enamel missing); the new SiteField has initialThickness = target − deficit.
import type { LesionPreset, SiteField } from '../engine/types';
import { createRng, deriveSeed, type Rng, valueNoise3 } from './random';
import { PointGrid } from './sample';

export type { LesionPreset };
export const LESION_PRESETS: readonly LesionPreset[] = [
  'caries',
  'white-spot',
  'erosion',
  'mixed',
  'fissure-line',
];

/** The fissure line's half-length along its fissure and its depth range, mm: a line, not a cavity. */
export const FISSURE_LINE_RADIUS_MM = 0.5;
const FISSURE_LINE_DEPTH_MM: readonly [number, number] = [0.08, 0.14];

/** Shape descriptors per site, computed once per call. */
interface SurfaceShape {
  grid: PointGrid;
  /** Mean height of neighbours above the site's tangent plane, mm: > 0 concave (pits), < 0 convex (tips). */
  concavity: Float32Array;
  top: number;
  bottom: number;
}

const NEIGHBOUR_RADIUS = 0.9;

function describe(sites: SiteField): SurfaceShape {
  const n = sites.count;
  const p = sites.positions;
  const nm = sites.normals;
  const grid = new PointGrid(p, n, NEIGHBOUR_RADIUS);
  const concavity = new Float32Array(n);
  let top = -Infinity;
  let bottom = Infinity;
  for (let i = 0; i < n; i++) {
    const x = p[3 * i]!;
    const y = p[3 * i + 1]!;
    const z = p[3 * i + 2]!;
    if (y > top) top = y;
    if (y < bottom) bottom = y;
    const nx = nm[3 * i]!;
    const ny = nm[3 * i + 1]!;
    const nz = nm[3 * i + 2]!;
    let s = 0;
    let w = 0;
    grid.forEachWithin(x, y, z, NEIGHBOUR_RADIUS, (j, d2) => {
      if (j === i) return;
      // only neighbours on the same side of a thin wall
      if (nx * nm[3 * j]! + ny * nm[3 * j + 1]! + nz * nm[3 * j + 2]! < 0) return;
      const wt = 1 - d2 / (NEIGHBOUR_RADIUS * NEIGHBOUR_RADIUS);
      s += wt * (nx * (p[3 * j]! - x) + ny * (p[3 * j + 1]! - y) + nz * (p[3 * j + 2]! - z));
      w += wt;
    });
    concavity[i] = w > 0 ? s / w : 0;
  }
  return { grid, concavity, top, bottom };
}

function smoothstep(e0: number, e1: number, v: number): number {
  const t = Math.min(1, Math.max(0, (v - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
}

/** Pick up to `k` distinct sites, each with probability ∝ weight, at least `spacing` mm apart. */
function pickCentres(
  sites: SiteField,
  weights: Float64Array,
  k: number,
  spacing: number,
  rng: Rng,
): number[] {
  const n = sites.count;
  const chosen: number[] = [];
  const w = Float64Array.from(weights);
  for (let c = 0; c < k; c++) {
    let total = 0;
    for (let i = 0; i < n; i++) total += w[i]!;
    if (!(total > 0)) break;
    let r = rng.next() * total;
    let pick = -1;
    for (let i = 0; i < n; i++) {
      r -= w[i]!;
      if (r <= 0 && w[i]! > 0) {
        pick = i;
        break;
      }
    }
    if (pick < 0) {
      for (let i = n - 1; i >= 0; i--) {
        if (w[i]! > 0) {
          pick = i;
          break;
        }
      }
    }
    chosen.push(pick);
    const p = sites.positions;
    const x = p[3 * pick]!;
    const y = p[3 * pick + 1]!;
    const z = p[3 * pick + 2]!;
    for (let i = 0; i < n; i++) {
      const d2 = (p[3 * i]! - x) ** 2 + (p[3 * i + 1]! - y) ** 2 + (p[3 * i + 2]! - z) ** 2;
      if (d2 < spacing * spacing) w[i] = 0;
    }
  }
  return chosen;
}

function percentile(values: Float64Array, q: number): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))]!;
}

/** Caries in the pits and fissures of the chewing surface, spreading along the fissures. */
function caries(sites: SiteField, shape: SurfaceShape, seed: number, out: Float32Array): void {
  const rng = createRng(seed);
  const n = sites.count;
  const p = sites.positions;
  const occlusal = new Float64Array(n);
  const fissure = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const up = sites.normals[3 * i + 1]!;
    const band = smoothstep(shape.top - 4.0, shape.top - 2.5, p[3 * i + 1]!);
    occlusal[i] = up > 0.3 ? band * smoothstep(0.3, 0.6, up) : 0;
    fissure[i] = occlusal[i]! * Math.max(0, shape.concavity[i]!);
  }
  const scale =
    percentile(
      fissure.filter((v) => v > 0),
      0.95,
    ) || 1;
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) weights[i] = Math.min(1, fissure[i]! / scale) ** 3;
  const k = 2 + rng.int(3);
  const centres = pickCentres(sites, weights, k, 2.0, rng);
  const noiseSeed = deriveSeed(seed, 7);
  for (const c of centres) {
    const radius = rng.range(0.9, 1.7);
    const depth = rng.range(0.55, 0.9);
    const cx = p[3 * c]!;
    const cy = p[3 * c + 1]!;
    const cz = p[3 * c + 2]!;
    shape.grid.forEachWithin(cx, cy, cz, radius * 1.8, (j, d2) => {
      if (occlusal[j]! <= 0) return;
      const f = Math.min(1, fissure[j]! / scale);
      // The lesion runs further along the fissure than across the cusp slopes.
      const reach = radius * (0.55 + 0.9 * f);
      const d = Math.sqrt(d2) / reach;
      if (d >= 1) return;
      const fall = (1 - d * d) ** 2;
      const noise = 0.75 + 0.5 * valueNoise3(p[3 * j]!, p[3 * j + 1]!, p[3 * j + 2]!, 0.6, noiseSeed);
      const v = depth * sites.targetThickness[j]! * fall * (0.45 + 0.55 * f) * noise;
      if (v > out[j]!) out[j] = v;
    });
  }
}

/** White-spot lesions: shallow, horizontally elongated patches on the smooth surfaces near the gum line. */
function whiteSpots(sites: SiteField, shape: SurfaceShape, seed: number, out: Float32Array): void {
  const rng = createRng(seed);
  const n = sites.count;
  const p = sites.positions;
  const nm = sites.normals;
  // Gingival and middle thirds of the crown (the crown is about 7.5 mm tall; scans may be shorter).
  const crown = Math.min(7.5, shape.top - shape.bottom);
  const lo = shape.top - crown;
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ny = nm[3 * i + 1]!;
    const side = 1 - smoothstep(0.35, 0.6, Math.abs(ny));
    // buccal and lingual faces (normals along ±Z) rather than the proximal contacts (±X)
    const facing = smoothstep(0.4, 0.75, Math.abs(nm[3 * i + 2]!));
    const y = p[3 * i + 1]!;
    const h = (y - lo) / crown;
    const band = smoothstep(0.08, 0.2, h) * (1 - smoothstep(0.45, 0.65, h));
    weights[i] = side * facing * band * (1 + 0.5 * Math.max(0, shape.concavity[i]!));
  }
  const k = 2 + rng.int(3);
  const centres = pickCentres(sites, weights, k, 3.0, rng);
  const noiseSeed = deriveSeed(seed, 11);
  for (const c of centres) {
    const rh = rng.range(1.4, 2.6);
    const rv = rng.range(0.6, 1.1);
    const depth = rng.range(0.12, 0.3);
    const cx = p[3 * c]!;
    const cy = p[3 * c + 1]!;
    const cz = p[3 * c + 2]!;
    const cnx = nm[3 * c]!;
    const cnz = nm[3 * c + 2]!;
    shape.grid.forEachWithin(cx, cy, cz, rh * 1.3, (j, _d2) => {
      // same face only
      if (nm[3 * j]! * cnx + nm[3 * j + 2]! * cnz < 0.3) return;
      const dx = p[3 * j]! - cx;
      const dy = p[3 * j + 1]! - cy;
      const dz = p[3 * j + 2]! - cz;
      const horiz = Math.sqrt(dx * dx + dz * dz) / rh;
      const vert = dy / rv;
      const noise = valueNoise3(p[3 * j]!, p[3 * j + 1]!, p[3 * j + 2]!, 0.5, noiseSeed);
      const d = Math.sqrt(horiz * horiz + vert * vert) * (0.8 + 0.4 * noise);
      if (d >= 1) return;
      const v = Math.min(depth, 0.4 * sites.targetThickness[j]!) * (1 - d ** 4);
      if (v > out[j]!) out[j] = v;
    });
  }
}

/** How far an erosion reaches from the cusp tips, and how much the hollows and slopes are spared. */
interface ErosionReach {
  /** Range of the depth below the local summit (mm) over which the loss fades out; the seed picks in it. */
  readonly band: readonly [number, number];
  /** How high on the crown the loss may reach, mm below the top. */
  readonly maxDepthBelowTop: number;
  /** Share of the loss that hollows (fossae, grooves) take, sheltered from the acid. */
  readonly sheltered: number;
  /** Share of the loss that does not depend on how convex the site is (the rest follows the tips). */
  readonly flat: number;
}

/** The erosion preset: the cusp tips only, cupped. */
const CUSP_TIPS: ErosionReach = { band: [0.9, 1.5], maxDepthBelowTop: 3.5, sheltered: 0.15, flat: 0.35 };
/**
 * An acid diet of many years (sports drinks sipped through training): erosion across most of the chewing
 * surface and down the cusp slopes, the fossae less worn but not spared.
 */
const ACID_DIET: ErosionReach = { band: [2.8, 3.4], maxDepthBelowTop: 4.2, sheltered: 0.6, flat: 0.7 };

/** Erosion: loss greatest at the top of each cusp (a local summit), cupping the tips, fading down the crown. */
function erosion(
  sites: SiteField,
  shape: SurfaceShape,
  seed: number,
  out: Float32Array,
  reach: ErosionReach = CUSP_TIPS,
): void {
  const rng = createRng(seed);
  const n = sites.count;
  const p = sites.positions;
  const maxLoss = rng.range(0.45, 0.85);
  const band = rng.range(reach.band[0], reach.band[1]);
  const noiseSeed = deriveSeed(seed, 13);
  const convex = new Float64Array(n);
  for (let i = 0; i < n; i++) convex[i] = Math.max(0, -shape.concavity[i]!);
  const scale =
    percentile(
      convex.filter((v) => v > 0),
      0.9,
    ) || 1;
  for (let i = 0; i < n; i++) {
    if (sites.normals[3 * i + 1]! < 0.2) continue;
    const x = p[3 * i]!;
    const y = p[3 * i + 1]!;
    const z = p[3 * i + 2]!;
    // Only the upper crown, where cusps are.
    if (y < shape.top - reach.maxDepthBelowTop) continue;
    // Height below the local summit (the highest point within 2 mm): cusp tips are their own summit.
    let summit = y;
    shape.grid.forEachWithin(x, y, z, 2.0, (j) => {
      const yj = p[3 * j + 1]!;
      if (yj > summit) summit = yj;
    });
    const height = 1 - smoothstep(0, band, summit - y);
    if (height <= 0) continue;
    const tip = Math.min(1, convex[i]! / scale);
    const noise = 0.7 + 0.6 * valueNoise3(x, y, z, 0.8, noiseSeed);
    // Hollows (fossae, grooves) are sheltered from the acid that wears the exposed tips.
    const sheltered = shape.concavity[i]! > 0 ? reach.sheltered : 1;
    const v = Math.min(
      maxLoss * height * (reach.flat + (1 - reach.flat) * tip) * noise * sheltered,
      0.9 * sites.targetThickness[i]!,
    );
    if (v > out[i]!) out[i] = v;
  }
}

/**
 * One tiny line in a fissure: the seed picks one of the most fissure-like sites of the chewing surface, and the
 * loss follows that fissure (only sites at least half as fissure-like as the centre) for about 0.5 mm each way.
 */
function fissureLine(sites: SiteField, shape: SurfaceShape, seed: number, out: Float32Array): void {
  const rng = createRng(seed);
  const n = sites.count;
  const p = sites.positions;
  const fissure = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const up = sites.normals[3 * i + 1]!;
    const band = smoothstep(shape.top - 4.0, shape.top - 2.5, p[3 * i + 1]!);
    fissure[i] = up > 0.3 ? band * smoothstep(0.3, 0.6, up) * Math.max(0, shape.concavity[i]!) : 0;
  }
  const scale =
    percentile(
      fissure.filter((v) => v > 0),
      0.98,
    ) || 1;
  // Only the deepest few per cent of the fissures are candidates: the line sits in a fissure, not on a slope.
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) weights[i] = fissure[i]! >= scale ? 1 : 0;
  const [centre] = pickCentres(sites, weights, 1, 0, rng);
  if (centre === undefined) return;
  const depth = rng.range(FISSURE_LINE_DEPTH_MM[0], FISSURE_LINE_DEPTH_MM[1]);
  const floor = 0.5 * fissure[centre]!;
  const cx = p[3 * centre]!;
  const cy = p[3 * centre + 1]!;
  const cz = p[3 * centre + 2]!;
  shape.grid.forEachWithin(cx, cy, cz, FISSURE_LINE_RADIUS_MM, (j, d2) => {
    if (fissure[j]! < floor && j !== centre) return;
    const d = Math.sqrt(d2) / FISSURE_LINE_RADIUS_MM;
    const v = Math.min(depth * (1 - d * d) ** 2, 0.5 * sites.targetThickness[j]!);
    if (v > out[j]!) out[j] = v;
  });
}

/** Per-site deficit (mm) for a preset; deterministic from the seed. */
export function lesionDeficit(sites: SiteField, preset: LesionPreset, seed: number): Float32Array {
  const out = new Float32Array(sites.count);
  if (sites.count === 0) return out;
  const shape = describe(sites);
  const s = seed >>> 0;
  switch (preset) {
    case 'caries':
      caries(sites, shape, deriveSeed(s, 1), out);
      break;
    case 'white-spot':
      whiteSpots(sites, shape, deriveSeed(s, 2), out);
      break;
    case 'erosion':
      erosion(sites, shape, deriveSeed(s, 3), out);
      break;
    case 'mixed': {
      caries(sites, shape, deriveSeed(s, 1), out);
      whiteSpots(sites, shape, deriveSeed(s, 2), out);
      const er = new Float32Array(sites.count);
      erosion(sites, shape, deriveSeed(s, 3), er, ACID_DIET);
      // Shallow: acid sipped over years wears a thin layer broadly rather than digging in at the tips.
      for (let i = 0; i < er.length; i++) if (0.4 * er[i]! > out[i]!) out[i] = 0.4 * er[i]!;
      break;
    }
    case 'fissure-line':
      fissureLine(sites, shape, deriveSeed(s, 4), out);
      break;
    default:
      throw new RangeError(`unknown lesion preset: ${String(preset)}`);
  }
  for (let i = 0; i < out.length; i++) {
    const t = sites.targetThickness[i]!;
    const d = out[i]!;
    out[i] = d < 0 ? 0 : Math.min(d, t);
  }
  return out;
}

/** A new SiteField (own copies of every array) whose initial thickness is the target minus the lesion's deficit. */
export function applyLesion(sites: SiteField, preset: LesionPreset, seed: number): SiteField {
  const deficit = lesionDeficit(sites, preset, seed);
  const initial = new Float32Array(sites.count);
  for (let i = 0; i < sites.count; i++) initial[i] = sites.targetThickness[i]! - deficit[i]!;
  return {
    count: sites.count,
    positions: Float32Array.from(sites.positions),
    normals: Float32Array.from(sites.normals),
    targetThickness: Float32Array.from(sites.targetThickness),
    initialThickness: initial,
    area: Float32Array.from(sites.area),
  };
}
