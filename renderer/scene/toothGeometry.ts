// GPU geometry of a tooth model, built once per model from its typed arrays, and the per-frame update of the
// enamel's site-driven attributes. No React here: the components own the lifetimes, this file the data.
import { Box3, BufferAttribute, BufferGeometry, DynamicDrawUsage } from 'three';
import {
  deltaE00,
  HEALTHY_CHALK,
  HEALTHY_ENAMEL_LAB,
  WHITE_SPOT_CHALK,
  WHITE_SPOT_FULL_DEPTH_MM,
  WHITE_SPOT_LAB,
} from '../state/sceneData';
import type { MeshLayer, ToothModel } from '../state/sceneData';
import type { FrameView } from '../state/sceneData';
import { blendScalar, buildSiteBlend, type SiteBlend } from './siteBlend';

export type InnerLayerName = 'dentin' | 'pulp';

export interface ToothGeometry {
  /** The enamel (generated molar) or the scan's surface, which carries the enamel's state. */
  readonly enamel: BufferGeometry | null;
  /** True when the enamel geometry is a scan's single surface (no dentin or pulp inside). */
  readonly isSurface: boolean;
  readonly inner: readonly { readonly name: InnerLayerName; readonly geometry: BufferGeometry }[];
  /** Box around every layer, mm, in the model's frame. */
  readonly bounds: Box3;
  readonly sites: number;
  /** How the enamel's vertices blend the sites around them. */
  readonly blend: SiteBlend | null;
  /** Per enamel vertex: (healthy thickness here, blended target thickness of its sites), mm. Static. */
  readonly enamelRef: BufferAttribute | null;
  /** Per enamel vertex: blended enamel thickness of its sites now, mm. Updated from frames. */
  readonly enamelNow: BufferAttribute | null;
  /** Per enamel vertex: blended chalkiness, 0..1. Updated from frames. */
  readonly enamelChalk: BufferAttribute | null;
  /** Per enamel vertex: blended CIELAB. Updated from frames. */
  readonly enamelLab: BufferAttribute | null;
  /**
   * Per enamel vertex: blended ΔE00 of its sites against healthy enamel, for the anomaly map. The difference is
   * taken per site (as the engine measures it) and then blended, never taken from the blended colour.
   */
  readonly enamelDeltaE: BufferAttribute | null;
  /** Per site: ΔE00 against healthy enamel, kept up to date for the sites each frame changes. */
  readonly siteDeltaE: Float32Array;
  /** Scratch for the update: which vertices are queued, and the queue. Allocated once per model. */
  readonly queued: Uint8Array;
  readonly queue: Uint32Array;
  dispose(): void;
}

function baseGeometry(layer: MeshLayer): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(layer.positions, 3));
  g.setAttribute('normal', new BufferAttribute(layer.normals, 3));
  g.setIndex(new BufferAttribute(layer.indices, 1));
  g.computeBoundingBox();
  g.computeBoundingSphere();
  return g;
}

/** ΔE00 of a site's colour against healthy enamel. */
function siteDifference(lab: Float32Array, s: number): number {
  const [l, a, b] = HEALTHY_ENAMEL_LAB;
  return deltaE00(lab[3 * s]!, lab[3 * s + 1]!, lab[3 * s + 2]!, l, a, b);
}

/** Writes the blended site state (thickness, chalk, colour, ΔE00) of vertex v into the dynamic arrays. */
function blendVertex(
  b: SiteBlend,
  v: number,
  thickness: Float32Array,
  chalk: Float32Array,
  lab: Float32Array,
  deltaE: Float32Array,
  outNow: Float32Array,
  outChalk: Float32Array,
  outLab: Float32Array,
  outDeltaE: Float32Array,
): void {
  const start = b.rowStart[v]!;
  const end = b.rowStart[v + 1]!;
  if (start === end) {
    // No site reaches this vertex (the inner face of the enamel shell): it stays sound enamel.
    outNow[v] = 0;
    outChalk[v] = HEALTHY_CHALK;
    outLab[3 * v] = HEALTHY_ENAMEL_LAB[0];
    outLab[3 * v + 1] = HEALTHY_ENAMEL_LAB[1];
    outLab[3 * v + 2] = HEALTHY_ENAMEL_LAB[2];
    outDeltaE[v] = 0;
    return;
  }
  let de = 0;
  let t = 0;
  let c = 0;
  let l = 0;
  let a = 0;
  let bb = 0;
  for (let i = start; i < end; i++) {
    const s = b.rowSite[i]!;
    const w = b.rowWeight[i]!;
    t += w * thickness[s]!;
    c += w * chalk[s]!;
    l += w * lab[3 * s]!;
    a += w * lab[3 * s + 1]!;
    bb += w * lab[3 * s + 2]!;
    de += w * deltaE[s]!;
  }
  outDeltaE[v] = de;
  outNow[v] = t;
  outChalk[v] = c;
  outLab[3 * v] = l;
  outLab[3 * v + 1] = a;
  outLab[3 * v + 2] = bb;
}

/**
 * Each model's blend, built once and shared by every tooth drawn from the model (the two of a comparison; a
 * tooth remounted after a lost GPU context or a caught error) rather than built again by each: the molar's
 * takes about a fifth of a second to build (in Node, on the 2-core development machine) and holds 3.7 MB. It is static (the model's vertices and sites only) and
 * goes with the model.
 */
const blends = new WeakMap<ToothModel, SiteBlend>();

function blendOf(model: ToothModel, layer: MeshLayer): SiteBlend {
  let blend = blends.get(model);
  if (!blend) {
    blend = buildSiteBlend(layer.positions, layer.normals, model.sites, model.vertexSite);
    blends.set(model, blend);
  }
  return blend;
}

export function buildToothGeometry(model: ToothModel): ToothGeometry {
  const enamelLayer =
    model.layers.find((l) => l.name === 'enamel') ?? model.layers.find((l) => l.name === 'surface');
  const { sites } = model;
  const S = sites.count;
  const bounds = new Box3();

  let enamel: BufferGeometry | null = null;
  let blend: SiteBlend | null = null;
  let enamelRef: BufferAttribute | null = null;
  let enamelNow: BufferAttribute | null = null;
  let enamelLab: BufferAttribute | null = null;
  let enamelChalk: BufferAttribute | null = null;
  let enamelDeltaE: BufferAttribute | null = null;
  const siteDeltaE = new Float32Array(S);
  let n = 0;
  if (enamelLayer) {
    enamel = baseGeometry(enamelLayer);
    n = enamelLayer.positions.length / 3;
    blend = blendOf(model, enamelLayer);

    // Until the first frame arrives the tooth shows the model's own sites: their thickness before treatment,
    // and a white spot where enamel is missing (the same ramp the engine starts from).
    const siteChalk = new Float32Array(S);
    const siteLab = new Float32Array(3 * S);
    for (let s = 0; s < S; s++) {
      const deficit = sites.targetThickness[s]! - sites.initialThickness[s]!;
      const f = Math.min(1, Math.max(0, deficit) / WHITE_SPOT_FULL_DEPTH_MM);
      siteChalk[s] = HEALTHY_CHALK + f * (WHITE_SPOT_CHALK - HEALTHY_CHALK);
      for (let k = 0; k < 3; k++) {
        const h = HEALTHY_ENAMEL_LAB[k]!;
        siteLab[3 * s + k] = h + f * (WHITE_SPOT_LAB[k]! - h);
      }
      siteDeltaE[s] = siteDifference(siteLab, s);
    }
    const ref = new Float32Array(2 * n);
    const now = new Float32Array(n);
    const chalk = new Float32Array(n);
    const lab = new Float32Array(3 * n);
    const de = new Float32Array(n);
    const fallback = model.info.targetThicknessMm;
    for (let v = 0; v < n; v++) {
      ref[2 * v] = enamelLayer.thickness?.[v] ?? fallback;
      ref[2 * v + 1] = blendScalar(blend, sites.targetThickness, v, 0);
      blendVertex(blend, v, sites.initialThickness, siteChalk, siteLab, siteDeltaE, now, chalk, lab, de);
    }
    enamelRef = new BufferAttribute(ref, 2);
    enamelNow = new BufferAttribute(now, 1).setUsage(DynamicDrawUsage);
    enamelChalk = new BufferAttribute(chalk, 1).setUsage(DynamicDrawUsage);
    enamelLab = new BufferAttribute(lab, 3).setUsage(DynamicDrawUsage);
    enamelDeltaE = new BufferAttribute(de, 1).setUsage(DynamicDrawUsage);
    enamel.setAttribute('enamelRef', enamelRef);
    enamel.setAttribute('enamelNow', enamelNow);
    enamel.setAttribute('enamelChalk', enamelChalk);
    enamel.setAttribute('enamelLab', enamelLab);
    enamel.setAttribute('enamelDeltaE', enamelDeltaE);
    // Shape anomalies move the surface by up to about a millimetre: keep culling honest.
    enamel.boundingSphere!.radius += 1;
    bounds.union(enamel.boundingBox!);
  }

  const inner: { name: InnerLayerName; geometry: BufferGeometry }[] = [];
  for (const layer of model.layers) {
    if (layer.name !== 'dentin' && layer.name !== 'pulp') continue;
    const geometry = baseGeometry(layer);
    bounds.union(geometry.boundingBox!);
    inner.push({ name: layer.name, geometry });
  }

  return {
    enamel,
    isSurface: enamelLayer?.name === 'surface',
    inner,
    bounds,
    sites: S,
    blend,
    enamelRef,
    enamelNow,
    enamelChalk,
    enamelLab,
    enamelDeltaE,
    siteDeltaE,
    queued: new Uint8Array(n),
    queue: new Uint32Array(n),
    dispose() {
      enamel?.dispose();
      for (const l of inner) l.geometry.dispose();
    },
  };
}

function flag(attr: BufferAttribute, lo: number, hi: number): void {
  const size = attr.itemSize;
  attr.clearUpdateRanges();
  attr.addUpdateRange(lo * size, (hi - lo + 1) * size);
  attr.needsUpdate = true;
}

/**
 * Brings the enamel's attributes up to a frame: the vertices reached by the sites it changed (every vertex when
 * it says all sites changed, or when `everySite` asks for it) are blended again, and only their span is flagged
 * for upload. Reads the frame and never writes it: its change list is there for every reader until the frame
 * loop releases it. Returns the number of vertices updated; a frame for another site field (a different model
 * while the simulation restarts) updates none. Allocates nothing.
 */
export function applyEnamelFrame(geo: ToothGeometry, frame: FrameView, everySite = false): number {
  const { blend, enamelNow, enamelChalk, enamelLab, enamelDeltaE, siteDeltaE, queued, queue } = geo;
  if (!blend || !enamelNow || !enamelChalk || !enamelLab || !enamelDeltaE) return 0;
  const S = geo.sites;
  if (frame.siteThickness.length !== S || frame.siteLab.length !== 3 * S || frame.siteChalk.length !== S)
    return 0;

  const now = enamelNow.array as Float32Array;
  const chalk = enamelChalk.array as Float32Array;
  const lab = enamelLab.array as Float32Array;
  const de = enamelDeltaE.array as Float32Array;
  const siteLab = frame.siteLab;
  let lo = Number.POSITIVE_INFINITY;
  let hi = -1;
  let updated = 0;
  if (everySite || frame.allSitesChanged) {
    for (let s = 0; s < S; s++) siteDeltaE[s] = siteDifference(siteLab, s);
    for (let v = 0; v < blend.vertices; v++) {
      blendVertex(blend, v, frame.siteThickness, frame.siteChalk, siteLab, siteDeltaE, now, chalk, lab, de);
    }
    updated = blend.vertices;
    lo = 0;
    hi = blend.vertices - 1;
  } else {
    const list = frame.changedSites;
    for (let i = 0; i < frame.changedCount; i++) {
      const s = list[i]!;
      if (s >= S) continue;
      siteDeltaE[s] = siteDifference(siteLab, s);
      for (let k = blend.colStart[s]!; k < blend.colStart[s + 1]!; k++) {
        const v = blend.colVertex[k]!;
        if (queued[v] === 0) {
          queued[v] = 1;
          queue[updated++] = v;
        }
      }
    }
    for (let i = 0; i < updated; i++) {
      const v = queue[i]!;
      queued[v] = 0;
      blendVertex(blend, v, frame.siteThickness, frame.siteChalk, siteLab, siteDeltaE, now, chalk, lab, de);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (updated > 0) {
    flag(enamelNow, lo, hi);
    flag(enamelChalk, lo, hi);
    flag(enamelLab, lo, hi);
    flag(enamelDeltaE, lo, hi);
  }
  return updated;
}
