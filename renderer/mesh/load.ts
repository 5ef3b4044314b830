// loadModelFile: bytes of a mesh file in, a ToothModel out (layers, surface sites, what was inferred).
// Runs without the DOM (worker, Node CLI). Every bad input ends as a MeshLoadError with one clear line.
import type { SiteField } from '../engine/types';
import { formatName, parseMeshFile, type RawMesh, type RawPart } from './formats';
import {
  computeBounds,
  findOpenEdges,
  flipWinding,
  removeDegenerate,
  signedVolume,
  symmetricEigen3,
  vertexAreas,
  vertexNormals,
  weldVertices,
} from './geometry';
import { sampleSites } from './sample';
import {
  assertFileSize,
  type LengthUnit,
  type LoadOptions,
  MAX_TRIANGLES,
  type MeshLayer,
  MeshLoadError,
  type ToothModel,
} from './types';

export const DEFAULT_SITE_BUDGET = 20_000;
export const DEFAULT_SCAN_THICKNESS_MM = 1.5;

const UNIT_SCALE: Record<LengthUnit, number> = { mm: 1, cm: 10, m: 1000, µm: 0.001 };
const UNIT_WORDS: Record<LengthUnit, string> = {
  mm: 'millimetres',
  cm: 'centimetres',
  m: 'metres',
  µm: 'micrometres',
};

function fmt(v: number): string {
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toPrecision(2);
}

/**
 * Guess the units from the largest extent. A single tooth is 8-30 mm long and a full-arch scan up to ~80 mm, so:
 * under 0.3 -> metres; 0.3 to 3.5 -> centimetres (a tooth of 0.8-2.5 cm); 3.5 to 2000 -> millimetres;
 * above 2000 -> micrometres (a tooth of 8 000-30 000 µm).
 */
export function inferUnits(largestExtent: number): LengthUnit {
  if (largestExtent < 0.3) return 'm';
  if (largestExtent < 3.5) return 'cm';
  if (largestExtent <= 2000) return 'mm';
  return 'µm';
}

/** Merge parts into one indexed mesh (soups get implicit indices). */
function mergeParts(parts: RawPart[]): { positions: Float32Array; indices: Uint32Array } {
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
function dropInvalid(
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
function compactVertices(
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

interface Frame {
  /** Rows: new X, Y (occlusal), Z axes expressed in file coordinates. */
  axes: [number, number, number][];
  centre: [number, number, number];
  note: string;
}

/**
 * Choose the tooth's frame. The up (occlusal) axis is one of the principal axes of the surface:
 * - an open scan (intraoral crowns end at the gum): up points from the open border towards the surface centroid;
 * - a closed, elongated tooth (crown and roots): up is the long axis, towards the wider end (the crown);
 * - otherwise (a closed crown, a block): the file's own up (+Y, else +Z) if it is near a principal axis,
 *   else the thinnest axis.
 * Mesiodistal X is the longest remaining axis. Centre: the middle of the bounding box in that frame.
 */
function chooseFrame(
  positions: Float32Array,
  indices: Uint32Array,
  boundary: Uint8Array,
  openEdges: number,
): Frame {
  const nv = positions.length / 3;
  // Area-weighted centroid and covariance over triangles (vertices alone are biased by uneven tessellation).
  let sw = 0;
  let mx = 0;
  let my = 0;
  let mz = 0;
  const t = indices.length / 3;
  const cov = [0, 0, 0, 0, 0, 0];
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < t; i++) {
      const a = 3 * indices[3 * i]!;
      const b = 3 * indices[3 * i + 1]!;
      const c = 3 * indices[3 * i + 2]!;
      const ux = positions[b]! - positions[a]!;
      const uy = positions[b + 1]! - positions[a + 1]!;
      const uz = positions[b + 2]! - positions[a + 2]!;
      const vx = positions[c]! - positions[a]!;
      const vy = positions[c + 1]! - positions[a + 1]!;
      const vz = positions[c + 2]! - positions[a + 2]!;
      const nx = uy * vz - uz * vy;
      const ny = uz * vx - ux * vz;
      const nz = ux * vy - uy * vx;
      const w = Math.sqrt(nx * nx + ny * ny + nz * nz);
      const cx = (positions[a]! + positions[b]! + positions[c]!) / 3;
      const cy = (positions[a + 1]! + positions[b + 1]! + positions[c + 1]!) / 3;
      const cz = (positions[a + 2]! + positions[b + 2]! + positions[c + 2]!) / 3;
      if (pass === 0) {
        sw += w;
        mx += w * cx;
        my += w * cy;
        mz += w * cz;
      } else {
        const dx = cx - mx;
        const dy = cy - my;
        const dz = cz - mz;
        cov[0] += w * dx * dx;
        cov[1] += w * dx * dy;
        cov[2] += w * dx * dz;
        cov[3] += w * dy * dy;
        cov[4] += w * dy * dz;
        cov[5] += w * dz * dz;
      }
    }
    if (pass === 0) {
      mx /= sw;
      my /= sw;
      mz /= sw;
    }
  }
  const eig = symmetricEigen3([
    cov[0]!,
    cov[1]!,
    cov[2]!,
    cov[1]!,
    cov[3]!,
    cov[4]!,
    cov[2]!,
    cov[4]!,
    cov[5]!,
  ]);
  const order = [0, 1, 2].sort((p, q) => eig.values[q]! - eig.values[p]!); // descending variance
  const axis = (k: number): [number, number, number] => {
    const v = eig.vectors[order[k]!]!;
    return [v[0]!, v[1]!, v[2]!];
  };
  const l = order.map((k) => Math.max(eig.values[k]!, 0));
  const dot = (a: readonly number[], b: readonly number[]): number =>
    a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;

  let upIndex: number;
  let up: [number, number, number];
  let note: string;
  if (openEdges > 0) {
    let bx = 0;
    let by = 0;
    let bz = 0;
    let bn = 0;
    for (let v = 0; v < nv; v++) {
      if (boundary[v]) {
        bx += positions[3 * v]!;
        by += positions[3 * v + 1]!;
        bz += positions[3 * v + 2]!;
        bn++;
      }
    }
    const d = [mx - bx / bn, my - by / bn, mz - bz / bn];
    upIndex = 0;
    let best = -1;
    for (let k = 0; k < 3; k++) {
      const s = Math.abs(dot(axis(k), d));
      if (s > best) {
        best = s;
        upIndex = k;
      }
    }
    up = axis(upIndex);
    if (dot(up, d) < 0) up = [-up[0], -up[1], -up[2]];
    note = 'open border placed at the bottom';
  } else if (l[0]! > 1.8 * l[1]!) {
    upIndex = 0;
    up = axis(0);
    // The crown end is wider than the root end: compare the spread around the axis in each end quarter.
    const proj = (v: number): number =>
      (positions[3 * v]! - mx) * up[0] +
      (positions[3 * v + 1]! - my) * up[1] +
      (positions[3 * v + 2]! - mz) * up[2];
    let lo = Infinity;
    let hi = -Infinity;
    for (let v = 0; v < nv; v++) {
      const p = proj(v);
      if (p < lo) lo = p;
      if (p > hi) hi = p;
    }
    const span = hi - lo;
    let spreadTop = 0;
    let nTop = 0;
    let spreadBottom = 0;
    let nBottom = 0;
    for (let v = 0; v < nv; v++) {
      const p = proj(v);
      const rx = positions[3 * v]! - mx - p * up[0];
      const ry = positions[3 * v + 1]! - my - p * up[1];
      const rz = positions[3 * v + 2]! - mz - p * up[2];
      const r2 = rx * rx + ry * ry + rz * rz;
      if (p > hi - 0.25 * span) {
        spreadTop += r2;
        nTop++;
      } else if (p < lo + 0.25 * span) {
        spreadBottom += r2;
        nBottom++;
      }
    }
    if (spreadBottom / Math.max(nBottom, 1) > spreadTop / Math.max(nTop, 1)) up = [-up[0], -up[1], -up[2]];
    note = 'long axis upright, crown up';
  } else {
    const fileUps: [number, number, number][] = [
      [0, 1, 0],
      [0, 0, 1],
    ];
    upIndex = 2;
    up = axis(2);
    note = 'thinnest axis upright';
    for (const f of fileUps) {
      let bestK = -1;
      let bestS = 0;
      for (let k = 0; k < 3; k++) {
        const s = Math.abs(dot(axis(k), f));
        if (s > bestS) {
          bestS = s;
          bestK = k;
        }
      }
      if (bestS > 0.9) {
        upIndex = bestK;
        up = axis(bestK);
        if (dot(up, f) < 0) up = [-up[0], -up[1], -up[2]];
        note = f[1] === 1 ? "file's +Y kept up" : "file's +Z turned up";
        break;
      }
    }
  }
  // Mesiodistal: the longest remaining axis; keep a right-handed frame (X × Y = Z).
  const rest = [0, 1, 2].filter((k) => k !== upIndex);
  let x = axis(rest[0]!);
  // Prefer the file's own +X sense when it is close, so a well-oriented file keeps its handedness of view.
  if (x[0] < 0) x = [-x[0], -x[1], -x[2]];
  const z: [number, number, number] = [
    x[1] * up[2] - x[2] * up[1],
    x[2] * up[0] - x[0] * up[2],
    x[0] * up[1] - x[1] * up[0],
  ];
  // Centre: middle of the bounding box in the new frame.
  const axes: [number, number, number][] = [x, up, z];
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (let v = 0; v < nv; v++) {
    for (let k = 0; k < 3; k++) {
      const a = axes[k]!;
      const p = positions[3 * v]! * a[0] + positions[3 * v + 1]! * a[1] + positions[3 * v + 2]! * a[2];
      if (p < lo[k]!) lo[k] = p;
      if (p > hi[k]!) hi[k] = p;
    }
  }
  return { axes, centre: [(lo[0]! + hi[0]!) / 2, (lo[1]! + hi[1]!) / 2, (lo[2]! + hi[2]!) / 2], note };
}

function applyFrame(positions: Float32Array, frame: Frame, crownTopTo: number): void {
  const [ax, ay, az] = frame.axes as [
    [number, number, number],
    [number, number, number],
    [number, number, number],
  ];
  const n = positions.length / 3;
  let top = -Infinity;
  for (let v = 0; v < n; v++) {
    const x = positions[3 * v]!;
    const y = positions[3 * v + 1]!;
    const z = positions[3 * v + 2]!;
    positions[3 * v] = x * ax[0] + y * ax[1] + z * ax[2] - frame.centre[0];
    const ny = x * ay[0] + y * ay[1] + z * ay[2] - frame.centre[1];
    positions[3 * v + 1] = ny;
    positions[3 * v + 2] = x * az[0] + y * az[1] + z * az[2] - frame.centre[2];
    if (ny > top) top = ny;
  }
  // Vertically, put the top of the model where the generated molar's cusps are, so the stage frames it alike.
  const shift = crownTopTo - top;
  for (let v = 0; v < n; v++) positions[3 * v + 1] += shift;
}

type Progress = (fraction: number, stage: string) => void;

/** The generated molar: keep its layers and frame; sites are the enamel's outer-surface vertices. */
function buildLayered(raw: RawMesh, source: string, budget: number, progress: Progress): ToothModel {
  const layers: MeshLayer[] = [];
  let triangles = 0;
  for (const name of ['enamel', 'dentin', 'pulp'] as const) {
    const part = raw.parts.find((p) => p.name === name)!;
    const n = part.positions.length / 3;
    const indices = part.indices ?? Uint32Array.from({ length: n - (n % 3) }, (_, i) => i);
    for (let i = 0; i < indices.length; i++) {
      if (indices[i]! >= n)
        throw new MeshLoadError('corrupt', 'This GLB file is damaged: a triangle points past its vertices.');
    }
    for (let i = 0; i < part.positions.length; i++) {
      if (!Number.isFinite(part.positions[i]!)) {
        throw new MeshLoadError(
          'non-finite',
          'This GLB file is damaged: some vertex coordinates are not numbers.',
        );
      }
    }
    const normals =
      part.normals && part.normals.length === part.positions.length
        ? part.normals
        : vertexNormals(part.positions, indices);
    const layer: MeshLayer = { name, positions: part.positions, normals, indices };
    if (part.thickness && part.thickness.length === n) layer.thickness = part.thickness;
    layers.push(layer);
    triangles += indices.length / 3;
  }
  progress(0.5, 'sampling');
  const enamel = layers[0]!;
  const nEnamel = enamel.positions.length / 3;
  const outer = raw.parts.find((p) => p.name === 'enamel')!.outerVertexCount;
  const eligible = outer !== undefined && outer > 0 && outer <= nEnamel ? outer : nEnamel;
  const thickness = enamel.thickness ?? new Float32Array(nEnamel).fill(DEFAULT_SCAN_THICKNESS_MM);
  const { sites, vertexSite } = sampleSites({
    positions: enamel.positions,
    normals: enamel.normals,
    areas: vertexAreas(enamel.positions, enamel.indices),
    thickness,
    eligibleCount: eligible,
    budget,
  });
  // The shell duplicates its cervical rim (one copy per side); welded, it should be closed.
  const bounds = computeBounds(enamel.positions);
  const diag = Math.hypot(
    bounds.max[0] - bounds.min[0],
    bounds.max[1] - bounds.min[1],
    bounds.max[2] - bounds.min[2],
  );
  const w = weldVertices(enamel.positions, diag * 1e-6);
  const weldedIdx = new Uint32Array(enamel.indices.length);
  for (let i = 0; i < weldedIdx.length; i++) weldedIdx[i] = w.remap[enamel.indices[i]!]!;
  const open = findOpenEdges(weldedIdx, w.positions.length / 3).openEdges;
  let maxT = 0;
  for (let i = 0; i < eligible; i++) if (thickness[i]! > maxT) maxT = thickness[i]!;
  return {
    source,
    layers,
    sites,
    vertexSite,
    info: {
      triangles,
      units: 'mm',
      unitsInferred: false,
      message: `Generated mandibular first molar: enamel, dentin and pulp; ${sites.count.toLocaleString('en')} enamel sites`,
      welded: 0,
      openEdges: open,
      targetThicknessMm: Math.round(maxT * 100) / 100,
    },
  };
}

/** Load a mesh file (STL binary/ASCII, OBJ, PLY, glTF, GLB) into a ToothModel in millimetres, occlusal +Y. */
export async function loadModelFile(
  bytes: ArrayBuffer | Uint8Array,
  fileName: string,
  opts: LoadOptions = {},
): Promise<ToothModel> {
  const progress: Progress = (f, stage) => opts.onProgress?.(Math.min(1, Math.max(0, f)), stage);
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const budget = Math.max(1, Math.floor(opts.siteBudget ?? DEFAULT_SITE_BUDGET));
  const targetMm = opts.targetThicknessMm ?? DEFAULT_SCAN_THICKNESS_MM;
  if (!(targetMm > 0 && targetMm < 10)) {
    throw new RangeError(`targetThicknessMm must be between 0 and 10 mm, got ${targetMm}`);
  }
  assertFileSize(view.byteLength, fileName);
  progress(0, 'reading');
  const raw = await parseMeshFile(view, fileName);
  progress(0.35, 'parsed');
  if (raw.layered) {
    const model = buildLayered(raw, fileName, budget, progress);
    progress(1, 'done');
    return model;
  }

  const what = formatName(raw.format);
  const merged = mergeParts(raw.parts);
  if (merged.indices.length === 0) {
    throw new MeshLoadError('not-a-mesh', `This ${what} file contains no triangles.`);
  }
  if (merged.indices.length / 3 > MAX_TRIANGLES) {
    throw new MeshLoadError(
      'too-large',
      `This ${what} has ${(merged.indices.length / 3).toLocaleString('en')} triangles; the limit is ${MAX_TRIANGLES.toLocaleString('en')}.`,
    );
  }
  const totalTriangles = merged.indices.length / 3;
  const valid = dropInvalid(merged.positions, merged.indices);
  if (valid.indices.length === 0 || valid.dropped > 0.5 * totalTriangles) {
    if (valid.badIndex >= valid.nonFinite) {
      throw new MeshLoadError(
        'corrupt',
        `This ${what} file is damaged: its faces refer to vertices it does not have.`,
      );
    }
    throw new MeshLoadError(
      'non-finite',
      `This ${what} file is damaged: ${valid.nonFinite === totalTriangles ? 'all' : 'most'} of its vertex coordinates are not valid numbers.`,
    );
  }
  const used = compactVertices(merged.positions, valid.indices);
  let positions = used.positions === merged.positions ? Float32Array.from(used.positions) : used.positions;
  let indices = used.indices;

  // Units: from the size (or as given), then scale to millimetres.
  const b0 = computeBounds(positions);
  const largest = Math.max(b0.max[0] - b0.min[0], b0.max[1] - b0.min[1], b0.max[2] - b0.min[2]);
  if (!(largest > 0)) {
    throw new MeshLoadError(
      'degenerate',
      `This ${what} file's triangles all have zero area: there is no surface.`,
    );
  }
  const known = opts.units ?? raw.statedUnits;
  const units: LengthUnit = known ?? inferUnits(largest);
  const scale = UNIT_SCALE[units];
  if (scale !== 1) for (let i = 0; i < positions.length; i++) positions[i]! *= scale;
  const sizeMm = largest * scale;
  progress(0.45, 'welding');

  // Weld duplicates: a tolerance of a millionth of the size merges copies written per triangle (STL).
  const weld = weldVertices(positions, sizeMm * 1e-6);
  const remapped = new Uint32Array(indices.length);
  for (let i = 0; i < indices.length; i++) remapped[i] = weld.remap[indices[i]!]!;
  positions = weld.positions;
  const clean = removeDegenerate(positions, remapped, sizeMm * sizeMm * 1e-14);
  if (clean.indices.length === 0) {
    throw new MeshLoadError(
      'degenerate',
      `This ${what} file's triangles all have zero area: there is no surface.`,
    );
  }
  const compacted = compactVertices(positions, clean.indices);
  positions = compacted.positions;
  indices = compacted.indices;
  const nv = positions.length / 3;
  progress(0.6, 'orienting');

  const { openEdges, boundary } = findOpenEdges(indices, nv);
  const frame = chooseFrame(positions, indices, boundary, openEdges);
  applyFrame(positions, frame, 7.5);
  // Triangles face outwards: a closed mesh encloses positive volume; an open one mostly faces away from its centre.
  if (openEdges === 0) {
    if (signedVolume(positions, indices) < 0) flipWinding(indices);
  } else {
    let s = 0;
    const c = computeBounds(positions);
    const cx = (c.min[0] + c.max[0]) / 2;
    const cy = (c.min[1] + c.max[1]) / 2;
    const cz = (c.min[2] + c.max[2]) / 2;
    for (let i = 0; i < indices.length; i += 3) {
      const a = 3 * indices[i]!;
      const b = 3 * indices[i + 1]!;
      const d = 3 * indices[i + 2]!;
      const ux = positions[b]! - positions[a]!;
      const uy = positions[b + 1]! - positions[a + 1]!;
      const uz = positions[b + 2]! - positions[a + 2]!;
      const vx = positions[d]! - positions[a]!;
      const vy = positions[d + 1]! - positions[a + 1]!;
      const vz = positions[d + 2]! - positions[a + 2]!;
      const nx = uy * vz - uz * vy;
      const ny = uz * vx - ux * vz;
      const nz = ux * vy - uy * vx;
      s += nx * (positions[a]! - cx) + ny * (positions[a + 1]! - cy) + nz * (positions[a + 2]! - cz);
    }
    if (s < 0) flipWinding(indices);
  }
  progress(0.7, 'normals');
  const normals = vertexNormals(positions, indices);
  const areas = vertexAreas(positions, indices);
  const thickness = new Float32Array(nv).fill(targetMm);
  progress(0.8, 'sampling');
  const { sites, vertexSite } = sampleSites({ positions, normals, areas, thickness, budget });

  const notes: string[] = [];
  if (known) notes.push(`${what} in ${UNIT_WORDS[units]}`);
  else if (units === 'mm') notes.push(`${what} assumed in millimetres (largest extent ${fmt(sizeMm)} mm)`);
  else notes.push(`${what} in ${UNIT_WORDS[units]} (inferred): scaled ×${scale} to mm`);
  if (weld.merged > 0) notes.push(`${weld.merged.toLocaleString('en')} duplicate vertices welded`);
  if (valid.dropped > 0) notes.push(`${valid.dropped.toLocaleString('en')} invalid triangles dropped`);
  if (clean.removed > 0) notes.push(`${clean.removed.toLocaleString('en')} zero-area triangles dropped`);
  notes.push(openEdges > 0 ? `open surface (${openEdges.toLocaleString('en')} border edges)` : 'watertight');
  notes.push(frame.note);
  notes.push(`${sites.count.toLocaleString('en')} sites at ${targetMm} mm target enamel`);
  progress(1, 'done');
  const sitesOut: SiteField = sites;
  return {
    source: fileName,
    layers: [{ name: 'surface', positions, normals, indices, thickness }],
    sites: sitesOut,
    vertexSite,
    info: {
      triangles: indices.length / 3,
      units,
      unitsInferred: !known,
      message: notes.join('; '),
      welded: weld.merged,
      openEdges,
      targetThicknessMm: targetMm,
    },
  };
}

/** Load the generated molar (models/molar.glb), keeping its enamel, dentin and pulp layers. */
export function loadMolar(bytes: ArrayBuffer | Uint8Array, opts: LoadOptions = {}): Promise<ToothModel> {
  return loadModelFile(bytes, 'molar.glb', opts);
}
