// GPU geometry of a tooth model, built once per model from its typed arrays, and the per-frame update of the
// enamel's site-driven attributes. No React here: the components own the lifetimes, this file the data.
import { Box3, BufferAttribute, BufferGeometry, DynamicDrawUsage } from 'three';
import { HEALTHY_ENAMEL_LAB } from '../engine/palette';
import type { MeshLayer, ToothModel } from '../mesh/types';
import { applyFrame, buildSiteVertexMap, type FrameView, type SiteVertexMap } from '../worker/frame';

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
  /** Site -> enamel vertices. */
  readonly siteVertices: SiteVertexMap;
  /** Per enamel vertex: (healthy thickness, site target, site thickness before treatment), mm. Static. */
  readonly enamelRef: BufferAttribute | null;
  /** Per enamel vertex: enamel thickness of its site now, mm. Updated from frames. */
  readonly enamelNow: BufferAttribute | null;
  /** Per enamel vertex: CIELAB of its site now. Updated from frames. */
  readonly enamelLab: BufferAttribute | null;
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

export function buildToothGeometry(model: ToothModel): ToothGeometry {
  const enamelLayer =
    model.layers.find((l) => l.name === 'enamel') ?? model.layers.find((l) => l.name === 'surface');
  const { sites } = model;
  const siteVertices = buildSiteVertexMap(model.vertexSite, sites.count);
  const bounds = new Box3();

  let enamel: BufferGeometry | null = null;
  let enamelRef: BufferAttribute | null = null;
  let enamelNow: BufferAttribute | null = null;
  let enamelLab: BufferAttribute | null = null;
  if (enamelLayer) {
    enamel = baseGeometry(enamelLayer);
    const n = enamelLayer.positions.length / 3;
    const ref = new Float32Array(3 * n);
    const now = new Float32Array(n);
    const lab = new Float32Array(3 * n);
    const fallback = model.info.targetThicknessMm;
    for (let v = 0; v < n; v++) {
      const healthy = enamelLayer.thickness?.[v] ?? fallback;
      const s = v < model.vertexSite.length ? model.vertexSite[v]! : sites.count;
      // A vertex no site stands for (the inner face of the enamel shell) keeps its healthy state: delta 0.
      const target = s < sites.count ? sites.targetThickness[s]! : 0;
      const before = s < sites.count ? sites.initialThickness[s]! : 0;
      ref[3 * v] = healthy;
      ref[3 * v + 1] = target;
      ref[3 * v + 2] = before;
      now[v] = before;
      const init = sites.initialLab;
      lab[3 * v] = init && s < sites.count ? init[3 * s]! : HEALTHY_ENAMEL_LAB[0];
      lab[3 * v + 1] = init && s < sites.count ? init[3 * s + 1]! : HEALTHY_ENAMEL_LAB[1];
      lab[3 * v + 2] = init && s < sites.count ? init[3 * s + 2]! : HEALTHY_ENAMEL_LAB[2];
    }
    enamelRef = new BufferAttribute(ref, 3);
    enamelNow = new BufferAttribute(now, 1).setUsage(DynamicDrawUsage);
    enamelLab = new BufferAttribute(lab, 3).setUsage(DynamicDrawUsage);
    enamel.setAttribute('enamelRef', enamelRef);
    enamel.setAttribute('enamelNow', enamelNow);
    enamel.setAttribute('enamelLab', enamelLab);
    // Shape anomalies move the surface by up to about a millimetre: keep culling and raycasts honest.
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
    sites: sites.count,
    siteVertices,
    enamelRef,
    enamelNow,
    enamelLab,
    dispose() {
      enamel?.dispose();
      for (const l of inner) l.geometry.dispose();
    },
  };
}

/**
 * Copies the sites a frame changed into the enamel's attributes and flags the touched span for upload.
 * Returns the number of sites applied. Allocates nothing. A frame for another site field (a different model
 * while the simulation restarts) is left unconsumed.
 */
export function applyEnamelFrame(geo: ToothGeometry, frame: FrameView): number {
  const now = geo.enamelNow;
  const lab = geo.enamelLab;
  if (!now || !lab || frame.siteThickness.length !== geo.sites || frame.siteLab.length !== 3 * geo.sites)
    return 0;

  // The span of vertices the changed sites own, so only that part of each attribute is uploaded.
  const { offsets, vertices } = geo.siteVertices;
  let lo = Number.POSITIVE_INFINITY;
  let hi = -1;
  if (frame.allSitesChanged) {
    lo = 0;
    hi = now.count - 1;
  } else {
    const list = frame.changedSites;
    for (let i = 0; i < frame.changedCount; i++) {
      const s = list[i]!;
      const end = offsets[s + 1]!;
      for (let k = offsets[s]!; k < end; k++) {
        const v = vertices[k]!;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
  }
  const applied = applyFrame(frame, {
    siteVertices: geo.siteVertices,
    vertexThickness: now.array as Float32Array,
    vertexLab: lab.array as Float32Array,
  });
  if (applied > 0 && hi >= lo) {
    now.clearUpdateRanges();
    now.addUpdateRange(lo, hi - lo + 1);
    now.needsUpdate = true;
    lab.clearUpdateRanges();
    lab.addUpdateRange(3 * lo, 3 * (hi - lo + 1));
    lab.needsUpdate = true;
  }
  return applied;
}
