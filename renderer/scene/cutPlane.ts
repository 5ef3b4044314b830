// Where the cross-section cuts the tooth, in the model's frame (mm; occlusal +Y, mesiodistal X, buccolingual Z):
// one definition shared by the cut on screen, its caps, the labels that show through it and the enamel-thickness
// read-out. Plain math over typed arrays; nothing here allocates per frame.
import type { CutAxis } from '../state/view';
import { modelBounds } from '../state/model';
import type { SiteField, ToothModel } from '../state/sceneData';

/** The tooth's bounding box, and the height where its crown begins (the lowest enamel; a scan's lowest point). */
export interface ToothBox {
  min: [number, number, number];
  max: [number, number, number];
  crownBottom: number;
}

const boxes = new WeakMap<ToothModel, ToothBox>();

export function toothBox(tooth: ToothModel): ToothBox {
  const known = boxes.get(tooth);
  if (known) return known;
  // The box is the model's own (state/model.ts); only the crown's bottom is the cut's to find.
  const { min, max } = modelBounds(tooth);
  let crownBottom = Infinity;
  for (const l of tooth.layers) {
    if (l.name !== 'enamel') continue;
    const p = l.positions;
    for (let i = 1; i < p.length; i += 3) if (p[i]! < crownBottom) crownBottom = p[i]!;
  }
  const box = { min, max, crownBottom: Number.isFinite(crownBottom) ? crownBottom : min[1] };
  boxes.set(tooth, box);
  return box;
}

/** A plane n·p = d in the model frame, n a unit axis. */
export interface CutPlane {
  nx: number;
  ny: number;
  nz: number;
  d: number;
}

/** Index of the axis each cut runs across: a mesiodistal section is cut across Z, a buccolingual one across X. */
const ACROSS: Record<CutAxis, 0 | 1 | 2> = { mesiodistal: 2, buccolingual: 0, horizontal: 1 };

/**
 * The cut at `depth` (0..1) across the tooth: a mesiodistal section from lingual (0) to buccal (1), a
 * buccolingual one from mesial (0) to distal (1), a horizontal one through the crown from its cervical line (0)
 * to the cusp tips (1). Written into `out`.
 */
export function cutPlane(axis: CutAxis, depth: number, box: ToothBox, out: CutPlane): CutPlane {
  const k = ACROSS[axis];
  const t = Math.min(1, Math.max(0, depth));
  const lo = k === 1 ? box.crownBottom : box.min[k];
  const hi = box.max[k];
  out.nx = k === 0 ? 1 : 0;
  out.ny = k === 1 ? 1 : 0;
  out.nz = k === 2 ? 1 : 0;
  out.d = lo + (hi - lo) * t;
  return out;
}

/** Half-width of the band of sites either side of the cut whose enamel counts as "at the cut", mm. */
export const CUT_BAND_MM = 0.3;
/** Sites whose healthy enamel is thinner than this are the cervical rim, not enamel to measure. */
const MIN_TARGET_MM = 0.05;

export interface CutThickness {
  /** Enamel sites within the band. */
  count: number;
  median: number;
  max: number;
}

/**
 * Enamel thickness at the cut: median and maximum of `thickness` (the current frame's, per site) over the sites
 * within `band` mm of the plane. `scratch` holds at least `sites.count` values (reused across calls).
 */
export function cutThickness(
  sites: SiteField,
  thickness: Float32Array,
  plane: CutPlane,
  scratch: Float32Array,
  out: CutThickness,
  band = CUT_BAND_MM,
): CutThickness {
  const p = sites.positions;
  const n = Math.min(sites.count, thickness.length, scratch.length);
  let count = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const s = plane.nx * p[3 * i]! + plane.ny * p[3 * i + 1]! + plane.nz * p[3 * i + 2]! - plane.d;
    if (s > band || s < -band || sites.targetThickness[i]! < MIN_TARGET_MM) continue;
    const v = thickness[i]!;
    scratch[count++] = v;
    if (v > max) max = v;
  }
  out.count = count;
  out.max = max;
  if (count === 0) {
    out.median = 0;
    return out;
  }
  const part = scratch.subarray(0, count).sort();
  const mid = count >> 1;
  out.median = count % 2 === 1 ? part[mid]! : 0.5 * (part[mid - 1]! + part[mid]!);
  return out;
}
