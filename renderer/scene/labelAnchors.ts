// Where each anatomy label points, in the tooth's own frame (mm): the landmarks the model states (the generated
// molar), the enamel of a scan (its outer surface is all that can be named honestly), and the lesions being
// treated (clusters of sites the scenario's lesion took enamel from). Plain math, computed once per tooth and
// per lesioned site field, never per frame.
import { LANDMARK_IDS, PointGrid, type SiteField, type ToothModel } from '../state/sceneData';

/** Most lesions labelled at once: the largest few. */
export const MAX_LESION_LABELS = 3;
export const LESION_LABEL_IDS = ['lesion-0', 'lesion-1', 'lesion-2'] as const;
/** Every label the stage can show, in drawing order. */
export const LABEL_IDS = [...LANDMARK_IDS, ...LESION_LABEL_IDS] as const;
export type LabelId = (typeof LABEL_IDS)[number];

export interface LabelAnchor {
  id: LabelId;
  /** Candidate points, xyz each: a surface label stands at the first one in view. */
  points: Float32Array;
  /** Interior labels (dentin, pulp) only: per point, the radius that stays inside the layer, mm. */
  clearance: Float32Array | null;
}

const anchorCache = new WeakMap<ToothModel, LabelAnchor[]>();

/** The labels a tooth can carry: its stated landmarks, or (a scan) the enamel of its outer surface. */
export function anatomyAnchors(tooth: ToothModel): LabelAnchor[] {
  const known = anchorCache.get(tooth);
  if (known) return known;
  const anchors: LabelAnchor[] = tooth.landmarks
    ? tooth.landmarks.map((l) => ({
        id: l.id,
        points: Float32Array.from(l.points),
        clearance: l.clearance ? Float32Array.from(l.clearance) : null,
      }))
    : [{ id: 'enamel', points: scanEnamelPoints(tooth.sites), clearance: null }];
  anchorCache.set(tooth, anchors);
  return anchors;
}

/**
 * A scan's enamel: the surface sites farthest out in the four horizontal directions, two thirds of the way up
 * the crown (clear of the cervical edge of a scan, which may be gum or cut-off).
 */
export function scanEnamelPoints(sites: SiteField): Float32Array {
  const p = sites.positions;
  const n = sites.count;
  let y0 = Infinity;
  let y1 = -Infinity;
  let cx = 0;
  let cz = 0;
  for (let i = 0; i < n; i++) {
    const y = p[3 * i + 1]!;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
    cx += p[3 * i]!;
    cz += p[3 * i + 2]!;
  }
  if (n === 0) return new Float32Array(0);
  cx /= n;
  cz /= n;
  const level = y0 + (2 / 3) * (y1 - y0);
  const slab = Math.max(0.2, 0.06 * (y1 - y0));
  const dirs = [
    [0, 1],
    [0, -1],
    [-1, 0],
    [1, 0],
  ] as const;
  const out: number[] = [];
  for (const [dx, dz] of dirs) {
    let best = -1;
    let top = -Infinity;
    for (let i = 0; i < n; i++) {
      if (Math.abs(p[3 * i + 1]! - level) > slab) continue;
      const s = (p[3 * i]! - cx) * dx + (p[3 * i + 2]! - cz) * dz;
      if (s > top) {
        top = s;
        best = i;
      }
    }
    if (best >= 0) out.push(p[3 * best]!, p[3 * best + 1]!, p[3 * best + 2]!);
  }
  return Float32Array.from(out);
}

/** A site counts as lesioned when its lesion took at least this much of its enamel, mm. */
const LESION_DEFICIT_MM = 0.1;
/** Lesioned sites closer than this belong to one lesion, mm. */
const LESION_LINK_MM = 0.8;

const lesionCache = new WeakMap<SiteField, LabelAnchor[]>();

/**
 * The largest few lesions of a lesioned site field (by enamel volume missing), each labelled at its site
 * nearest the lesion's centre of mass, largest first.
 */
export function lesionAnchors(sites: SiteField, max = MAX_LESION_LABELS): LabelAnchor[] {
  const known = lesionCache.get(sites);
  if (known) return known;
  const n = sites.count;
  const members: number[] = [];
  for (let i = 0; i < n; i++) {
    if (sites.targetThickness[i]! - sites.initialThickness[i]! >= LESION_DEFICIT_MM) members.push(i);
  }
  const m = members.length;
  const pos = new Float32Array(m * 3);
  for (let k = 0; k < m; k++) pos.set(sites.positions.subarray(3 * members[k]!, 3 * members[k]! + 3), 3 * k);
  const grid = new PointGrid(pos, m, LESION_LINK_MM);
  const group = new Int32Array(m).fill(-1);
  const clusters: { volume: number; x: number; y: number; z: number; items: number[] }[] = [];
  const stack: number[] = [];
  for (let s = 0; s < m; s++) {
    if (group[s] !== -1) continue;
    const c = { volume: 0, x: 0, y: 0, z: 0, items: [] as number[] };
    group[s] = clusters.length;
    stack.push(s);
    while (stack.length > 0) {
      const k = stack.pop()!;
      const i = members[k]!;
      const w = (sites.targetThickness[i]! - sites.initialThickness[i]!) * sites.area[i]!;
      c.volume += w;
      c.x += w * pos[3 * k]!;
      c.y += w * pos[3 * k + 1]!;
      c.z += w * pos[3 * k + 2]!;
      c.items.push(k);
      grid.forEachWithin(pos[3 * k]!, pos[3 * k + 1]!, pos[3 * k + 2]!, LESION_LINK_MM, (j) => {
        if (group[j] === -1) {
          group[j] = clusters.length;
          stack.push(j);
        }
      });
    }
    clusters.push(c);
  }
  // Largest first; equal volumes keep their order of discovery (site order), so the choice is deterministic.
  const order = clusters
    .map((_, i) => i)
    .filter((i) => clusters[i]!.volume > 0)
    .sort((a, b) => clusters[b]!.volume - clusters[a]!.volume || a - b)
    .slice(0, Math.min(max, LESION_LABEL_IDS.length));
  const anchors = order.map((ci, rank): LabelAnchor => {
    const c = clusters[ci]!;
    const gx = c.x / c.volume;
    const gy = c.y / c.volume;
    const gz = c.z / c.volume;
    let best = c.items[0]!;
    let bestD = Infinity;
    for (const k of c.items) {
      const d = (pos[3 * k]! - gx) ** 2 + (pos[3 * k + 1]! - gy) ** 2 + (pos[3 * k + 2]! - gz) ** 2;
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    return { id: LESION_LABEL_IDS[rank]!, points: pos.slice(3 * best, 3 * best + 3), clearance: null };
  });
  lesionCache.set(sites, anchors);
  return anchors;
}
