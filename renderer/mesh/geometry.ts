// Typed-array geometry kernels for large meshes: weld, clean, normals, areas, open edges, bounds, principal axes.
//
// Why our own weld instead of three's BufferGeometryUtils.mergeVertices: mergeVertices builds a string key per
// vertex (and per attribute), which for a 1M-triangle scan (3M soup vertices) takes several seconds and
// hundreds of MB of short-lived strings; the hash grid below uses integer cells and linked lists in typed arrays,
// compares true distances (so two copies straddling a rounding boundary still merge) and runs in a few hundred ms.

export interface Bounds {
  min: [number, number, number];
  max: [number, number, number];
}

export function computeBounds(positions: Float32Array, count = positions.length / 3): Bounds {
  let x0 = Infinity;
  let y0 = Infinity;
  let z0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let z1 = -Infinity;
  for (let i = 0; i < count; i++) {
    const x = positions[3 * i]!;
    const y = positions[3 * i + 1]!;
    const z = positions[3 * i + 2]!;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
    if (z < z0) z0 = z;
    if (z > z1) z1 = z;
  }
  return { min: [x0, y0, z0], max: [x1, y1, z1] };
}

export interface WeldResult {
  /** Unique vertex positions. */
  positions: Float32Array;
  /** Old vertex index -> new vertex index. */
  remap: Uint32Array;
  /** Number of vertices merged away. */
  merged: number;
}

function hashCell(cx: number, cy: number, cz: number): number {
  return Math.imul(cx, 73856093) ^ Math.imul(cy, 19349663) ^ Math.imul(cz, 83492791);
}

/**
 * Merge vertices closer than `tolerance` on every axis. Vertex order is kept: each unique vertex takes the
 * position of its first occurrence, and unique vertices are numbered in order of first occurrence.
 */
export function weldVertices(positions: Float32Array, tolerance: number): WeldResult {
  const n = positions.length / 3;
  const tol = tolerance > 0 ? tolerance : 1e-9;
  const cell = 8 * tol;
  const inv = 1 / cell;
  let size = 1;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const heads = new Int32Array(size).fill(-1);
  const next = new Int32Array(n);
  const out = new Float32Array(n * 3);
  const remap = new Uint32Array(n);
  let unique = 0;

  const find = (x: number, y: number, z: number, cx: number, cy: number, cz: number): number => {
    let u = heads[hashCell(cx, cy, cz) & mask]!;
    while (u !== -1) {
      const o = 3 * u;
      if (
        Math.abs(out[o]! - x) <= tol &&
        Math.abs(out[o + 1]! - y) <= tol &&
        Math.abs(out[o + 2]! - z) <= tol
      ) {
        return u;
      }
      u = next[u]!;
    }
    return -1;
  };

  for (let i = 0; i < n; i++) {
    const x = positions[3 * i]!;
    const y = positions[3 * i + 1]!;
    const z = positions[3 * i + 2]!;
    const fx = x * inv;
    const fy = y * inv;
    const fz = z * inv;
    const cx = Math.floor(fx);
    const cy = Math.floor(fy);
    const cz = Math.floor(fz);
    let found = find(x, y, z, cx, cy, cz);
    if (found === -1) {
      // Near a cell face, a twin may sit in the neighbouring cell: look there too (rarely needed).
      const rx = fx - cx;
      const ry = fy - cy;
      const rz = fz - cz;
      const lim = 0.125;
      const dx = rx < lim ? -1 : rx > 1 - lim ? 1 : 0;
      const dy = ry < lim ? -1 : ry > 1 - lim ? 1 : 0;
      const dz = rz < lim ? -1 : rz > 1 - lim ? 1 : 0;
      if (dx !== 0 || dy !== 0 || dz !== 0) {
        for (let a = 0; a <= 1 && found === -1; a++) {
          if (a === 1 && dx === 0) break;
          for (let b = 0; b <= 1 && found === -1; b++) {
            if (b === 1 && dy === 0) break;
            for (let c = 0; c <= 1 && found === -1; c++) {
              if (c === 1 && dz === 0) break;
              if (a === 0 && b === 0 && c === 0) continue;
              found = find(x, y, z, cx + a * dx, cy + b * dy, cz + c * dz);
            }
          }
        }
      }
    }
    if (found === -1) {
      found = unique++;
      out[3 * found] = x;
      out[3 * found + 1] = y;
      out[3 * found + 2] = z;
      const slot = hashCell(cx, cy, cz) & mask;
      next[found] = heads[slot]!;
      heads[slot] = found;
    }
    remap[i] = found;
  }
  return { positions: out.slice(0, unique * 3), remap, merged: n - unique };
}

/**
 * Weld `positions` (see weldVertices) and renumber `indices` to the welded vertices: the one place a mesh and
 * its triangles are welded together.
 */
export function weldAndRemap(
  positions: Float32Array,
  indices: ArrayLike<number>,
  tolerance: number,
): { positions: Float32Array; indices: Uint32Array; merged: number } {
  const w = weldVertices(positions, tolerance);
  const out = new Uint32Array(indices.length);
  for (let i = 0; i < out.length; i++) out[i] = w.remap[indices[i]!]!;
  return { positions: w.positions, indices: out, merged: w.merged };
}

/** The cross product (b − a) × (c − a) of triangle abc into `out`: its normal, twice its area long. */
function faceNormalInto(positions: Float32Array, a: number, b: number, c: number, out: Float64Array): void {
  const ax = positions[3 * a]!;
  const ay = positions[3 * a + 1]!;
  const az = positions[3 * a + 2]!;
  const ux = positions[3 * b]! - ax;
  const uy = positions[3 * b + 1]! - ay;
  const uz = positions[3 * b + 2]! - az;
  const vx = positions[3 * c]! - ax;
  const vy = positions[3 * c + 1]! - ay;
  const vz = positions[3 * c + 2]! - az;
  out[0] = uy * vz - uz * vy;
  out[1] = uz * vx - ux * vz;
  out[2] = ux * vy - uy * vx;
}

/**
 * Drop triangles that repeat a vertex or whose area is below `minArea`. Returns the kept indices
 * (a new array) and how many were dropped.
 */
export function removeDegenerate(
  positions: Float32Array,
  indices: Uint32Array,
  minArea: number,
): { indices: Uint32Array; removed: number } {
  const t = indices.length / 3;
  const out = new Uint32Array(indices.length);
  let k = 0;
  const min2 = 4 * minArea * minArea;
  const n = new Float64Array(3);
  for (let i = 0; i < t; i++) {
    const a = indices[3 * i]!;
    const b = indices[3 * i + 1]!;
    const c = indices[3 * i + 2]!;
    if (a === b || b === c || a === c) continue;
    faceNormalInto(positions, a, b, c, n);
    if (!(n[0]! * n[0]! + n[1]! * n[1]! + n[2]! * n[2]! > min2)) continue;
    out[k++] = a;
    out[k++] = b;
    out[k++] = c;
  }
  return { indices: k === out.length ? out : out.slice(0, k), removed: t - k / 3 };
}

/** Area-weighted vertex normals (unit length; a vertex with no triangle gets +Y). */
export function vertexNormals(positions: Float32Array, indices: Uint32Array): Float32Array {
  const nv = positions.length / 3;
  const acc = new Float64Array(nv * 3);
  const n = new Float64Array(3);
  const t = indices.length / 3;
  for (let i = 0; i < t; i++) {
    const a = indices[3 * i]!;
    const b = indices[3 * i + 1]!;
    const c = indices[3 * i + 2]!;
    faceNormalInto(positions, a, b, c, n);
    const nx = n[0]!;
    const ny = n[1]!;
    const nz = n[2]!;
    acc[3 * a] += nx;
    acc[3 * a + 1] += ny;
    acc[3 * a + 2] += nz;
    acc[3 * b] += nx;
    acc[3 * b + 1] += ny;
    acc[3 * b + 2] += nz;
    acc[3 * c] += nx;
    acc[3 * c + 1] += ny;
    acc[3 * c + 2] += nz;
  }
  const out = new Float32Array(nv * 3);
  for (let v = 0; v < nv; v++) unitInto(acc, v, out);
  return out;
}

/** Writes vector `i` of `src` (xyz triples) scaled to unit length into `out`; a zero vector becomes +Y. */
export function unitInto(src: ArrayLike<number>, i: number, out: Float32Array): void {
  const x = src[3 * i]!;
  const y = src[3 * i + 1]!;
  const z = src[3 * i + 2]!;
  const len = Math.sqrt(x * x + y * y + z * z);
  if (len > 0) {
    out[3 * i] = x / len;
    out[3 * i + 1] = y / len;
    out[3 * i + 2] = z / len;
  } else {
    out[3 * i] = 0;
    out[3 * i + 1] = 1;
    out[3 * i + 2] = 0;
  }
}

/** Surface area each vertex stands for: a third of the area of each triangle around it, mm². */
export function vertexAreas(positions: Float32Array, indices: Uint32Array): Float32Array {
  const nv = positions.length / 3;
  const acc = new Float64Array(nv);
  const t = indices.length / 3;
  for (let i = 0; i < t; i++) {
    const a = indices[3 * i]!;
    const b = indices[3 * i + 1]!;
    const c = indices[3 * i + 2]!;
    const ux = positions[3 * b]! - positions[3 * a]!;
    const uy = positions[3 * b + 1]! - positions[3 * a + 1]!;
    const uz = positions[3 * b + 2]! - positions[3 * a + 2]!;
    const vx = positions[3 * c]! - positions[3 * a]!;
    const vy = positions[3 * c + 1]! - positions[3 * a + 1]!;
    const vz = positions[3 * c + 2]! - positions[3 * a + 2]!;
    const nx = uy * vz - uz * vy;
    const ny = uz * vx - ux * vz;
    const nz = ux * vy - uy * vx;
    const third = Math.sqrt(nx * nx + ny * ny + nz * nz) / 6;
    acc[a] += third;
    acc[b] += third;
    acc[c] += third;
  }
  return Float32Array.from(acc);
}

/** Signed volume enclosed by the triangles (positive when they face outwards, for a closed mesh). */
export function signedVolume(positions: Float32Array, indices: Uint32Array): number {
  let v = 0;
  const t = indices.length / 3;
  for (let i = 0; i < t; i++) {
    const a = 3 * indices[3 * i]!;
    const b = 3 * indices[3 * i + 1]!;
    const c = 3 * indices[3 * i + 2]!;
    const ax = positions[a]!;
    const ay = positions[a + 1]!;
    const az = positions[a + 2]!;
    const bx = positions[b]!;
    const by = positions[b + 1]!;
    const bz = positions[b + 2]!;
    const cx = positions[c]!;
    const cy = positions[c + 1]!;
    const cz = positions[c + 2]!;
    v += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
  }
  return v / 6;
}

/** Reverse the winding of every triangle in place. */
export function flipWinding(indices: Uint32Array): void {
  for (let i = 0; i < indices.length; i += 3) {
    const b = indices[i + 1]!;
    indices[i + 1] = indices[i + 2]!;
    indices[i + 2] = b;
  }
}

/**
 * Count edges used by exactly one triangle and mark their vertices. Each undirected edge is filed under its
 * lower vertex (compressed rows built with a counting pass), then each vertex's short list is scanned for
 * repeats: linear in the number of edges and free of hashing, ~10× faster than a hash of edge keys at 1M faces.
 */
export function findOpenEdges(
  indices: Uint32Array,
  vertexCount: number,
): { openEdges: number; boundary: Uint8Array } {
  const e = indices.length;
  const starts = new Int32Array(vertexCount + 1);
  for (let i = 0; i < e; i += 3) {
    for (let j = 0; j < 3; j++) {
      const p = indices[i + j]!;
      const q = indices[i + (j === 2 ? 0 : j + 1)]!;
      starts[Math.min(p, q) + 1]!++;
    }
  }
  for (let v = 0; v < vertexCount; v++) starts[v + 1]! += starts[v]!;
  const fill = starts.slice(0, vertexCount);
  const other = new Uint32Array(e);
  for (let i = 0; i < e; i += 3) {
    for (let j = 0; j < 3; j++) {
      const p = indices[i + j]!;
      const q = indices[i + (j === 2 ? 0 : j + 1)]!;
      if (p < q) other[fill[p]!++] = q;
      else other[fill[q]!++] = p;
    }
  }
  const boundary = new Uint8Array(vertexCount);
  let open = 0;
  for (let v = 0; v < vertexCount; v++) {
    const a = starts[v]!;
    const b = starts[v + 1]!;
    for (let k = a; k < b; k++) {
      const w = other[k]!;
      let count = 0;
      for (let m = a; m < b; m++) if (other[m] === w) count++;
      if (count === 1) {
        open++;
        boundary[v] = 1;
        boundary[w] = 1;
      }
    }
  }
  return { openEdges: open, boundary };
}

/** Eigen-decomposition of a symmetric 3×3 matrix (Jacobi rotations). Columns of `vectors` are eigenvectors. */
export function symmetricEigen3(m: readonly number[]): { values: number[]; vectors: number[][] } {
  const a = [
    [m[0]!, m[1]!, m[2]!],
    [m[1]!, m[4]!, m[5]!],
    [m[2]!, m[5]!, m[8]!],
  ];
  const v = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ];
  for (let sweep = 0; sweep < 50; sweep++) {
    const off = a[0]![1]! ** 2 + a[0]![2]! ** 2 + a[1]![2]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < 2; p++) {
      for (let q = p + 1; q < 3; q++) {
        const apq = a[p]![q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < 3; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < 3; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < 3; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return {
    values: [a[0]![0]!, a[1]![1]!, a[2]![2]!],
    vectors: [
      [v[0]![0]!, v[1]![0]!, v[2]![0]!],
      [v[0]![1]!, v[1]![1]!, v[2]![1]!],
      [v[0]![2]!, v[1]![2]!, v[2]![2]!],
    ],
  };
}
