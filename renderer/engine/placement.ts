// Where the bots start: each gets a place in the gel over the lesion (more bots over deeper lesions) and a
// launch time, drawn from the run's random stream in a fixed order; and the box every bot stays within.
import type { ProtocolPlan } from './anomalies';
import { BOUNDS_MARGIN_MM, GEL_MAX_MM, GEL_MIN_MM, GEL_SCATTER_MM } from './constants';
import { nextFloat } from './prng';
import { upperBound } from './search';
import { BotState, type SiteField } from './types';

/** The arrays placement fills, N bots long (3 per bot for positions and homes). */
export interface BotStart {
  readonly positions: Float32Array;
  readonly homes: Float32Array;
  /** The site each bot's place in the gel lies over. */
  readonly homeSites: Int32Array;
  readonly timers: Float64Array;
  readonly states: Uint8Array;
}

/**
 * Places every bot in the gel, in the reservoir, with its launch time. Bots go over the lesion's sites,
 * weighted by the volume each lacks; over any site alike when there is no lesion.
 */
export function placeBots(
  sites: SiteField,
  lesionSites: Uint32Array,
  deficitMm: Float64Array,
  plan: ProtocolPlan,
  prng: Uint32Array,
  out: BotStart,
): void {
  const { positions, normals, area } = sites;
  const N = out.states.length;
  const pool = lesionSites.length > 0 ? lesionSites : allSites(sites.count);
  const cumulative = new Float64Array(pool.length);
  let acc = 0;
  for (let j = 0; j < pool.length; j++) {
    const s = pool[j]!;
    acc += lesionSites.length > 0 ? deficitMm[s]! * area[s]! : 1;
    cumulative[j] = acc;
  }
  const weightUpTo = (j: number): number => cumulative[j]!;
  const last = pool.length - 1;
  const launchSpan = plan.launchEnd - plan.launchStart;
  for (let b = 0; b < N; b++) {
    // The first site whose running weight passes the draw (the last one if rounding leaves none).
    const s = pool[Math.min(upperBound(pool.length, weightUpTo, nextFloat(prng) * acc), last)]!;
    out.homeSites[b] = s;
    const gel = GEL_MIN_MM + (GEL_MAX_MM - GEL_MIN_MM) * nextFloat(prng);
    const jx = (2 * nextFloat(prng) - 1) * GEL_SCATTER_MM;
    const jy = (2 * nextFloat(prng) - 1) * GEL_SCATTER_MM;
    const jz = (2 * nextFloat(prng) - 1) * GEL_SCATTER_MM;
    const hx = positions[s * 3]! + normals[s * 3]! * gel + jx;
    const hy = positions[s * 3 + 1]! + normals[s * 3 + 1]! * gel + jy;
    const hz = positions[s * 3 + 2]! + normals[s * 3 + 2]! * gel + jz;
    out.positions[b * 3] = hx;
    out.positions[b * 3 + 1] = hy;
    out.positions[b * 3 + 2] = hz;
    out.homes[b * 3] = out.positions[b * 3]!;
    out.homes[b * 3 + 1] = out.positions[b * 3 + 1]!;
    out.homes[b * 3 + 2] = out.positions[b * 3 + 2]!;
    out.timers[b] = plan.launchStart + launchSpan * ((b + nextFloat(prng)) / N);
    out.states[b] = BotState.Reservoir;
  }
}

function allSites(n: number): Uint32Array {
  const a = new Uint32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

/** Axis-aligned box every bot stays within: [minX, minY, minZ, maxX, maxY, maxZ], mm. */
export function botBounds(sites: SiteField): Float32Array {
  let maxT = 0;
  const b = new Float32Array([Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity]);
  for (let s = 0; s < sites.count; s++) {
    for (let k = 0; k < 3; k++) {
      const v = sites.positions[s * 3 + k]!;
      if (v < b[k]!) b[k] = v;
      if (v > b[k + 3]!) b[k + 3] = v;
    }
    if (sites.targetThickness[s]! > maxT) maxT = sites.targetThickness[s]!;
  }
  const m = BOUNDS_MARGIN_MM + maxT;
  for (let k = 0; k < 3; k++) {
    b[k] = b[k]! - m;
    b[k + 3] = b[k + 3]! + m;
  }
  return b;
}
