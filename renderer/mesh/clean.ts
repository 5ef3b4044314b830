// Cleaning a parsed mesh before it is oriented: its parts merged into one indexed mesh, triangles with bad
// numbers or indices dropped, unused vertices compacted away. (Welding is geometry.ts's weldAndRemap.)
import type { RawPart } from './formats';

/** Merge parts into one indexed mesh (soups get implicit indices). */
export function mergeParts(parts: RawPart[]): { positions: Float32Array; indices: Uint32Array } {
  let nv = 0;
  let ni = 0;
  for (const p of parts) {
    nv += p.positions.length / 3;
    ni += p.indices
      ? p.indices.length - (p.indices.length % 3)
      : p.positions.length / 3 - ((p.positions.length / 3) % 3);
  }
  if (parts.length === 1 && !parts[0]!.indices) {
    const p = parts[0]!;
    const indices = new Uint32Array(ni);
    for (let i = 0; i < ni; i++) indices[i] = i;
    return { positions: p.positions, indices };
  }
  const positions = new Float32Array(nv * 3);
  const indices = new Uint32Array(ni);
  let vo = 0;
  let io = 0;
  for (const p of parts) {
    const n = p.positions.length / 3;
    positions.set(p.positions, vo * 3);
    if (p.indices) {
      const m = p.indices.length - (p.indices.length % 3);
      for (let i = 0; i < m; i++) {
        const k = p.indices[i]!;
        // an index past the vertex list points at vertex 0 of no part: mark it invalid (dropped later)
        indices[io++] = k < n ? k + vo : 0xffffffff;
      }
    } else {
      const m = n - (n % 3);
      for (let i = 0; i < m; i++) indices[io++] = vo + i;
    }
    vo += n;
  }
  return { positions, indices };
}

/** Drop triangles with a non-finite or out-of-range vertex; returns kept indices and the counts dropped. */
export function dropInvalid(
  positions: Float32Array,
  indices: Uint32Array,
): { indices: Uint32Array; dropped: number; nonFinite: number; badIndex: number } {
  const nv = positions.length / 3;
  const bad = new Uint8Array(nv);
  let anyBad = false;
  for (let v = 0; v < nv; v++) {
    if (
      !Number.isFinite(positions[3 * v]!) ||
      !Number.isFinite(positions[3 * v + 1]!) ||
      !Number.isFinite(positions[3 * v + 2]!)
    ) {
      bad[v] = 1;
      anyBad = true;
    }
  }
  let outOfRange = false;
  for (let i = 0; i < indices.length; i++) {
    if (indices[i]! >= nv) {
      outOfRange = true;
      break;
    }
  }
  if (!anyBad && !outOfRange) return { indices, dropped: 0, nonFinite: 0, badIndex: 0 };
  const out = new Uint32Array(indices.length);
  let k = 0;
  let nonFinite = 0;
  let badIndex = 0;
  for (let i = 0; i < indices.length; i += 3) {
    const a = indices[i]!;
    const b = indices[i + 1]!;
    const c = indices[i + 2]!;
    if (a >= nv || b >= nv || c >= nv) {
      badIndex++;
      continue;
    }
    if (bad[a] || bad[b] || bad[c]) {
      nonFinite++;
      continue;
    }
    out[k++] = a;
    out[k++] = b;
    out[k++] = c;
  }
  return { indices: out.slice(0, k), dropped: nonFinite + badIndex, nonFinite, badIndex };
}

/** Keep only vertices used by a triangle, renumbered in order of first use. */
export function compactVertices(
  positions: Float32Array,
  indices: Uint32Array,
): { positions: Float32Array; indices: Uint32Array } {
  const nv = positions.length / 3;
  const map = new Int32Array(nv).fill(-1);
  let n = 0;
  const out = new Uint32Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i]!;
    let m = map[v]!;
    if (m === -1) {
      m = n++;
      map[v] = m;
    }
    out[i] = m;
  }
  if (n === nv) {
    let identity = true;
    for (let v = 0; v < nv && identity; v++) if (map[v] !== v) identity = false;
    if (identity) return { positions, indices: out };
  }
  const p = new Float32Array(n * 3);
  for (let v = 0; v < nv; v++) {
    const m = map[v]!;
    if (m >= 0) {
      p[3 * m] = positions[3 * v]!;
      p[3 * m + 1] = positions[3 * v + 1]!;
      p[3 * m + 2] = positions[3 * v + 2]!;
    }
  }
  return { positions: p, indices: out };
}
