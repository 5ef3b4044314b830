// How the enamel's vertices take their look from the simulation's surface sites: each vertex blends the few
// sites around it with Gaussian weights, instead of copying the one site it belongs to.
//
// Why: the engine works in discrete loads on discrete sites, so neighbouring sites differ by steps. Copied
// vertex by vertex, those steps turn displaced ridges into terraces and colour mottling into speckle; blended
// over a fraction of a millimetre they read as the smooth changes of a surface. The engine's figures (ΔE00,
// shape deviation) are untouched: this is display interpolation only. Written here because it is a small
// scattered-data kernel over the mesh module's own spatial grid, with an inverse map so a frame that changes a
// few sites recomputes only the vertices those sites reach.
import type { SiteField } from '../state/sceneData';
import { PointGrid } from '../state/sceneData';

export interface SiteBlend {
  readonly vertices: number;
  readonly sites: number;
  /** Vertex -> weighted sites, in rows: vertex v blends rowSite/rowWeight[rowStart[v]..rowStart[v+1]). */
  readonly rowStart: Uint32Array;
  readonly rowSite: Uint32Array;
  /** Weights of each row sum to 1 (an empty row: no site reaches the vertex). */
  readonly rowWeight: Float32Array;
  /** Site -> the vertices whose rows name it. */
  readonly colStart: Uint32Array;
  readonly colVertex: Uint32Array;
}

export interface BlendOptions {
  /** Gaussian width, mm. */
  sigma?: number;
  /** Search radius, mm. */
  radius?: number;
  /** Most sites per vertex. */
  maxSites?: number;
}

/**
 * Builds the blend of an enamel (or scan) surface over its sites. A site counts for a vertex only if it faces
 * the same way (so the two walls of a fissure, or the inner face of the enamel shell, never mix); the vertex's
 * own site is always a candidate if it does, and stays in the row unless `maxSites` nearer sites push it out.
 */
export function buildSiteBlend(
  positions: Float32Array,
  normals: Float32Array,
  sites: SiteField,
  vertexSite: Uint32Array,
  options: BlendOptions = {},
): SiteBlend {
  const sigma = options.sigma ?? 0.22;
  const radius = options.radius ?? 2.5 * sigma;
  const k = Math.max(1, options.maxSites ?? 16);
  const n = positions.length / 3;
  const S = sites.count;
  const sp = sites.positions;
  const sn = sites.normals;
  const grid = new PointGrid(sp, S, Math.max(radius, 1e-3));
  const inv2s2 = 1 / (2 * sigma * sigma);

  const rowStart = new Uint32Array(n + 1);
  const rowSite = new Uint32Array(n * k);
  const rowWeight = new Float32Array(n * k);
  // The k best candidates of the current vertex, kept sorted by weight (descending).
  const bestSite = new Int32Array(k);
  const bestW = new Float64Array(k);
  let used = 0;
  let nx = 0;
  let ny = 0;
  let nz = 0;
  let filled = 0;
  const consider = (s: number, d2: number): void => {
    if (nx * sn[3 * s]! + ny * sn[3 * s + 1]! + nz * sn[3 * s + 2]! < 0.25) return;
    const w = Math.exp(-d2 * inv2s2);
    if (filled === k && w <= bestW[k - 1]!) return;
    for (let j = 0; j < filled; j++) if (bestSite[j] === s) return;
    let at = filled < k ? filled++ : k - 1;
    while (at > 0 && bestW[at - 1]! < w) {
      bestW[at] = bestW[at - 1]!;
      bestSite[at] = bestSite[at - 1]!;
      at--;
    }
    bestW[at] = w;
    bestSite[at] = s;
  };

  for (let v = 0; v < n; v++) {
    rowStart[v] = used;
    const x = positions[3 * v]!;
    const y = positions[3 * v + 1]!;
    const z = positions[3 * v + 2]!;
    nx = normals[3 * v]!;
    ny = normals[3 * v + 1]!;
    nz = normals[3 * v + 2]!;
    filled = 0;
    const own = v < vertexSite.length ? vertexSite[v]! : S;
    if (own < S) {
      const dx = sp[3 * own]! - x;
      const dy = sp[3 * own + 1]! - y;
      const dz = sp[3 * own + 2]! - z;
      consider(own, dx * dx + dy * dy + dz * dz);
    }
    grid.forEachWithin(x, y, z, radius, consider);
    let sum = 0;
    for (let j = 0; j < filled; j++) sum += bestW[j]!;
    // Far from every site (a coarse scan), the Gaussian underflows to 0 for all candidates: the vertex then
    // takes the first candidate (its own site, considered first) whole, instead of 0/0.
    const whole = !(sum > 0);
    for (let j = 0; j < filled; j++) {
      rowSite[used] = bestSite[j]!;
      rowWeight[used] = whole ? (j === 0 ? 1 : 0) : bestW[j]! / sum;
      used++;
    }
  }
  rowStart[n] = used;

  // Inverse map (counting sort by site), so a changed site finds the vertices it reaches.
  const colStart = new Uint32Array(S + 1);
  for (let i = 0; i < used; i++) colStart[rowSite[i]! + 1]!++;
  for (let s = 0; s < S; s++) colStart[s + 1]! += colStart[s]!;
  const colVertex = new Uint32Array(used);
  const fill = colStart.slice(0, S);
  for (let v = 0; v < n; v++) {
    for (let i = rowStart[v]!; i < rowStart[v + 1]!; i++) colVertex[fill[rowSite[i]!]!++] = v;
  }

  return {
    vertices: n,
    sites: S,
    rowStart,
    rowSite: rowSite.slice(0, used),
    rowWeight: rowWeight.slice(0, used),
    colStart,
    colVertex,
  };
}

/** Blends one per-site scalar field into vertex v. */
export function blendScalar(b: SiteBlend, field: Float32Array, v: number, fallback: number): number {
  const end = b.rowStart[v + 1]!;
  let i = b.rowStart[v]!;
  if (i === end) return fallback;
  let acc = 0;
  for (; i < end; i++) acc += b.rowWeight[i]! * field[b.rowSite[i]!]!;
  return acc;
}
