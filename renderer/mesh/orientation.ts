// Orientation of a scan: which way is up (occlusal), which way is mesiodistal, where the centre is, and which
// way the triangles face. The generated molar keeps its own frame; every other mesh goes through here.
import { computeBounds, flipWinding, signedVolume, symmetricEigen3 } from './geometry';

export interface OrientationFrame {
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
export function chooseFrame(
  positions: Float32Array,
  indices: Uint32Array,
  boundary: Uint8Array,
  openEdges: number,
): OrientationFrame {
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

/** Move the mesh into its frame, in place, with the top of the model at height `crownTopTo`. */
export function applyOrientation(positions: Float32Array, frame: OrientationFrame, crownTopTo: number): void {
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

/**
 * Make the triangles face outwards: a closed mesh encloses positive volume; an open one mostly faces away from
 * its centre. Flips `indices` in place when needed.
 */
export function faceOutwards(positions: Float32Array, indices: Uint32Array, openEdges: number): void {
  if (openEdges === 0) {
    if (signedVolume(positions, indices) < 0) flipWinding(indices);
    return;
  }
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
