// Shared inputs of the scene tests: the committed molar, a small scan written as a binary STL by three's own
// exporter and read back through the scan loader, and frames shaped like the ones the SimClient hands the scene.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CapsuleGeometry, Mesh, MeshBasicMaterial } from 'three';
import { STLExporter } from 'three/examples/jsm/exporters/STLExporter.js';
import {
  createRng,
  type LoadOptions,
  loadModelFile,
  loadMolar,
  type ToothModel,
} from '../../../renderer/mesh';
import { createFrameView, type FrameView } from '../../../renderer/worker/frame';

const MOLAR_GLB = fileURLToPath(new URL('../../../models/molar.glb', import.meta.url));

let molar: Promise<ToothModel> | null = null;
/** The generated molar (enamel, dentin, pulp), loaded once per test file. */
export function molarModel(): Promise<ToothModel> {
  molar ??= loadMolar(readFileSync(MOLAR_GLB));
  return molar;
}

/** A rounded, crown-sized body (8 mm across, 16 mm long) as the binary STL a scanner would export. */
export function capsuleStl(): Uint8Array {
  const mesh = new Mesh(new CapsuleGeometry(4, 8, 12, 28, 6), new MeshBasicMaterial());
  const dv = new STLExporter().parse(mesh, { binary: true }) as DataView;
  return new Uint8Array(dv.buffer, dv.byteOffset, dv.byteLength);
}

/** The capsule loaded as a scan: one surface layer, fewer sites than vertices so that sites stand for several. */
export function scanModel(opts: LoadOptions = { siteBudget: 400 }): Promise<ToothModel> {
  return loadModelFile(capsuleStl(), 'capsule.stl', opts);
}

/** Per-site state of a frame: thickness (mm), chalkiness and CIELAB, struct-of-arrays like the worker sends. */
export interface SiteState {
  thickness: Float32Array;
  chalk: Float32Array;
  lab: Float32Array;
}

/** A plausible, varied site state from a seed: thickness 0..3 mm, chalk 0..1, L* 60..95, a* -2..8, b* 0..30. */
export function randomSiteState(sites: number, seed: number): SiteState {
  const rng = createRng(seed);
  const thickness = new Float32Array(sites);
  const chalk = new Float32Array(sites);
  const lab = new Float32Array(3 * sites);
  for (let s = 0; s < sites; s++) {
    thickness[s] = rng.range(0, 3);
    chalk[s] = rng.next();
    lab[3 * s] = rng.range(60, 95);
    lab[3 * s + 1] = rng.range(-2, 8);
    lab[3 * s + 2] = rng.range(0, 30);
  }
  return { thickness, chalk, lab };
}

export function copyState(s: SiteState): SiteState {
  return {
    thickness: Float32Array.from(s.thickness),
    chalk: Float32Array.from(s.chalk),
    lab: Float32Array.from(s.lab),
  };
}

/** A frame carrying the given site state; `changed` lists the sites changed since the last frame, or `'all'`. */
export function frameOf(state: SiteState, changed: readonly number[] | 'all'): FrameView {
  const f = createFrameView();
  f.siteThickness = state.thickness;
  f.siteChalk = state.chalk;
  f.siteLab = state.lab;
  if (changed === 'all') {
    f.allSitesChanged = true;
    f.changedCount = 0;
  } else {
    f.allSitesChanged = false;
    f.changedSites = Uint32Array.from(changed);
    f.changedCount = changed.length;
  }
  return f;
}

/** Index of the first element where two arrays differ bit for bit (NaN included), or -1. */
export function firstDifference(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  const ua = new Uint32Array(a.buffer, a.byteOffset, a.length);
  const ub = new Uint32Array(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < ua.length; i++) if (ua[i] !== ub[i]) return i;
  return -1;
}

export function countNaN(a: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (Number.isNaN(a[i])) n++;
  return n;
}
