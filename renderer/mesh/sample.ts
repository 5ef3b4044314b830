// Surface sites: the points the engine works on. A mesh with more vertices than the budget is clustered on a
// uniform grid (one site per occupied cell and normal direction), so a 1M-triangle scan becomes ~20k sites.
import type { SiteField } from '../engine/types';
import { computeBounds, unitInto } from './geometry';

export interface SampleInput {
  positions: Float32Array;
  normals: Float32Array;
  /** Area each vertex stands for, mm². */
  areas: Float32Array;
  /** Healthy enamel thickness per vertex, mm. */
  thickness: Float32Array;
  /** Vertices [0, eligibleCount) may become sites; the rest are only mapped to their nearest site. */
  eligibleCount?: number;
  budget: number;
}

export interface SampleResult {
  sites: SiteField;
  /** Vertex -> site. */
  vertexSite: Uint32Array;
}

/** Fixed-radius neighbour queries over points, on a uniform grid sorted by cell (counting sort). */
export class PointGrid {
  readonly cell: number;
  private readonly positions: Float32Array;
  private readonly min: [number, number, number];
  private readonly dims: [number, number, number];
  private readonly starts: Int32Array;
  private readonly items: Int32Array;

  constructor(positions: Float32Array, count: number, cell: number) {
    this.positions = positions;
    this.cell = cell;
    const b = computeBounds(positions, count);
    const [x0, y0, z0] = count === 0 ? [0, 0, 0] : b.min;
    const [x1, y1, z1] = count === 0 ? [0, 0, 0] : b.max;
    this.min = [x0, y0, z0];
    this.dims = [
      Math.max(1, Math.floor((x1 - x0) / cell) + 1),
      Math.max(1, Math.floor((y1 - y0) / cell) + 1),
      Math.max(1, Math.floor((z1 - z0) / cell) + 1),
    ];
    const cells = this.dims[0] * this.dims[1] * this.dims[2];
    const starts = new Int32Array(cells + 1);
    const ids = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const c = this.cellOf(positions[3 * i]!, positions[3 * i + 1]!, positions[3 * i + 2]!);
      ids[i] = c;
      starts[c + 1]!++;
    }
    for (let c = 0; c < cells; c++) starts[c + 1]! += starts[c]!;
    const fill = starts.slice(0, cells);
    const items = new Int32Array(count);
    for (let i = 0; i < count; i++) items[fill[ids[i]!]!++] = i;
    this.starts = starts;
    this.items = items;
  }

  private axis(v: number, a: 0 | 1 | 2): number {
    const k = Math.floor((v - this.min[a]) / this.cell);
    return k < 0 ? 0 : k >= this.dims[a] ? this.dims[a] - 1 : k;
  }

  private cellOf(x: number, y: number, z: number): number {
    return this.axis(x, 0) + this.dims[0] * (this.axis(y, 1) + this.dims[1] * this.axis(z, 2));
  }

  /** Call `fn(index, distanceSquared)` for every point within `radius` of (x, y, z), in a fixed order. */
  forEachWithin(x: number, y: number, z: number, radius: number, fn: (i: number, d2: number) => void): void {
    const r2 = radius * radius;
    const ix0 = this.axis(x - radius, 0);
    const ix1 = this.axis(x + radius, 0);
    const iy0 = this.axis(y - radius, 1);
    const iy1 = this.axis(y + radius, 1);
    const iz0 = this.axis(z - radius, 2);
    const iz1 = this.axis(z + radius, 2);
    const p = this.positions;
    for (let iz = iz0; iz <= iz1; iz++) {
      for (let iy = iy0; iy <= iy1; iy++) {
        const row = this.dims[0] * (iy + this.dims[1] * iz);
        for (let ix = ix0; ix <= ix1; ix++) {
          const c = row + ix;
          for (let k = this.starts[c]!; k < this.starts[c + 1]!; k++) {
            const i = this.items[k]!;
            const dx = p[3 * i]! - x;
            const dy = p[3 * i + 1]! - y;
            const dz = p[3 * i + 2]! - z;
            const d2 = dx * dx + dy * dy + dz * dz;
            if (d2 <= r2) fn(i, d2);
          }
        }
      }
    }
  }

  /** Index of the nearest point (searching out to `maxRadius`), or -1. Ties go to the lower index. */
  nearest(x: number, y: number, z: number, maxRadius: number): number {
    let radius = this.cell;
    let best = -1;
    let bestD = Infinity;
    while (best === -1 && radius <= maxRadius * 2) {
      this.forEachWithin(x, y, z, radius, (i, d2) => {
        if (d2 < bestD || (d2 === bestD && i < best)) {
          bestD = d2;
          best = i;
        }
      });
      radius *= 2;
    }
    return best;
  }
}

function normalBucket(nx: number, ny: number, nz: number): number {
  const ax = Math.abs(nx);
  const ay = Math.abs(ny);
  const az = Math.abs(nz);
  if (ax >= ay && ax >= az) return nx >= 0 ? 0 : 1;
  if (ay >= az) return ny >= 0 ? 2 : 3;
  return nz >= 0 ? 4 : 5;
}

/** Cluster vertices [0, n) on a grid of cell `h`; returns the cluster of each vertex and the cluster count. */
function cluster(
  positions: Float32Array,
  normals: Float32Array,
  n: number,
  h: number,
): { id: Int32Array; count: number } {
  let size = 1;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const slotCluster = new Int32Array(size).fill(-1);
  const kx = new Int32Array(size);
  const ky = new Int32Array(size);
  const kz = new Int32Array(size);
  const kb = new Int8Array(size);
  const id = new Int32Array(n);
  const inv = 1 / h;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const cx = Math.floor(positions[3 * i]! * inv);
    const cy = Math.floor(positions[3 * i + 1]! * inv);
    const cz = Math.floor(positions[3 * i + 2]! * inv);
    const b = normalBucket(normals[3 * i]!, normals[3 * i + 1]!, normals[3 * i + 2]!);
    let slot =
      (Math.imul(cx, 73856093) ^
        Math.imul(cy, 19349663) ^
        Math.imul(cz, 83492791) ^
        Math.imul(b, 2654435761)) &
      mask;
    for (;;) {
      const c = slotCluster[slot]!;
      if (c === -1) {
        slotCluster[slot] = count;
        kx[slot] = cx;
        ky[slot] = cy;
        kz[slot] = cz;
        kb[slot] = b;
        id[i] = count++;
        break;
      }
      if (kx[slot] === cx && ky[slot] === cy && kz[slot] === cz && kb[slot] === b) {
        id[i] = c;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return { id, count };
}

/** Choose sites to the budget and map every vertex to one. */
export function sampleSites(input: SampleInput): SampleResult {
  const { positions, normals, areas, thickness } = input;
  const nv = positions.length / 3;
  const ne = Math.min(input.eligibleCount ?? nv, nv);
  const budget = Math.max(1, Math.floor(input.budget));
  const vertexSite = new Uint32Array(nv);

  let siteOf: Int32Array;
  let count: number;
  let rep: Int32Array;
  if (ne <= budget) {
    // Every eligible vertex is a site.
    count = ne;
    siteOf = new Int32Array(ne);
    for (let i = 0; i < ne; i++) siteOf[i] = i;
    rep = Int32Array.from(siteOf);
  } else {
    let total = 0;
    for (let i = 0; i < ne; i++) total += areas[i]!;
    // Cells of area A/budget hold about one site each; the normal buckets add a few, so widen until it fits.
    let h = Math.sqrt(Math.max(total, 1e-12) / budget) * 1.2;
    let c = cluster(positions, normals, ne, h);
    for (let iter = 0; iter < 8 && c.count > budget; iter++) {
      h *= Math.max(1.02, Math.sqrt(c.count / budget));
      c = cluster(positions, normals, ne, h);
    }
    siteOf = c.id;
    count = c.count;
    // Representative vertex: the one nearest the area-weighted centroid of its cluster.
    const cen = new Float64Array(count * 4);
    for (let i = 0; i < ne; i++) {
      const s = siteOf[i]!;
      const a = areas[i]! + 1e-12;
      cen[4 * s] += positions[3 * i]! * a;
      cen[4 * s + 1] += positions[3 * i + 1]! * a;
      cen[4 * s + 2] += positions[3 * i + 2]! * a;
      cen[4 * s + 3] += a;
    }
    rep = new Int32Array(count).fill(-1);
    const repD = new Float64Array(count).fill(Infinity);
    for (let i = 0; i < ne; i++) {
      const s = siteOf[i]!;
      const w = cen[4 * s + 3]!;
      const dx = positions[3 * i]! - cen[4 * s]! / w;
      const dy = positions[3 * i + 1]! - cen[4 * s + 1]! / w;
      const dz = positions[3 * i + 2]! - cen[4 * s + 2]! / w;
      const d = dx * dx + dy * dy + dz * dz;
      if (d < repD[s]!) {
        repD[s] = d;
        rep[s] = i;
      }
    }
  }

  const sitePos = new Float32Array(count * 3);
  const siteNormal = new Float32Array(count * 3);
  const target = new Float32Array(count);
  const area = new Float32Array(count);
  const accN = new Float64Array(count * 3);
  const accT = new Float64Array(count);
  const accA = new Float64Array(count);
  for (let i = 0; i < ne; i++) {
    const s = siteOf[i]!;
    const a = areas[i]!;
    accN[3 * s] += normals[3 * i]! * (a + 1e-12);
    accN[3 * s + 1] += normals[3 * i + 1]! * (a + 1e-12);
    accN[3 * s + 2] += normals[3 * i + 2]! * (a + 1e-12);
    accT[s] += thickness[i]! * (a + 1e-12);
    accA[s] += a + 1e-12;
    vertexSite[i] = s;
  }
  for (let s = 0; s < count; s++) {
    const r = rep[s]!;
    sitePos[3 * s] = positions[3 * r]!;
    sitePos[3 * s + 1] = positions[3 * r + 1]!;
    sitePos[3 * s + 2] = positions[3 * r + 2]!;
    unitInto(accN, s, siteNormal);
    target[s] = accT[s]! / accA[s]!;
    area[s] = accA[s]!;
  }

  // Vertices that cannot be sites (the enamel's inner surface) take their nearest site.
  if (ne < nv && count > 0) {
    const grid = new PointGrid(sitePos, count, 0.5);
    for (let i = ne; i < nv; i++) {
      const s = grid.nearest(positions[3 * i]!, positions[3 * i + 1]!, positions[3 * i + 2]!, 64);
      vertexSite[i] = Math.max(s, 0);
    }
  }

  return {
    sites: {
      count,
      positions: sitePos,
      normals: siteNormal,
      targetThickness: target,
      initialThickness: Float32Array.from(target),
      area,
    },
    vertexSite,
  };
}
