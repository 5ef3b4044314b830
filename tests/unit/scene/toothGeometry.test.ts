// Geometry of a tooth model and the per-frame update of its enamel: sizes, the look before any frame, the sign
// of the shape change, and the partial update (only the vertices the changed sites reach) against a full one.
import fc from 'fast-check';
import { type BufferAttribute, DynamicDrawUsage } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  HEALTHY_CHALK,
  HEALTHY_ENAMEL_LAB,
  WHITE_SPOT_CHALK,
  WHITE_SPOT_LAB,
} from '../../../renderer/engine/palette';
import { deltaE00 } from '../../../renderer/colour';
import { applyLesion, DEFAULT_SCAN_THICKNESS_MM, type ToothModel } from '../../../renderer/mesh';
import { ENAMEL_LOOK } from '../../../renderer/scene/enamelMaterial';
import {
  applyEnamelFrame,
  buildToothGeometry,
  type ToothGeometry,
} from '../../../renderer/scene/toothGeometry';
import {
  copyState,
  countNaN,
  firstDifference,
  frameOf,
  molarModel,
  randomSiteState,
  scanModel,
} from './fixtures';

function arr(a: BufferAttribute | null): Float32Array {
  expect(a).not.toBeNull();
  return a!.array as Float32Array;
}

/** Snapshot of the dynamic attributes. */
function dynamic(g: ToothGeometry): {
  now: Float32Array;
  chalk: Float32Array;
  lab: Float32Array;
  deltaE: Float32Array;
} {
  return {
    now: Float32Array.from(arr(g.enamelNow)),
    chalk: Float32Array.from(arr(g.enamelChalk)),
    lab: Float32Array.from(arr(g.enamelLab)),
    deltaE: Float32Array.from(arr(g.enamelDeltaE)),
  };
}

/** Vertices whose rows name any of the sites (through the blend's inverse map). */
function reachedBy(g: ToothGeometry, sites: Iterable<number>): Set<number> {
  const b = g.blend!;
  const out = new Set<number>();
  for (const s of sites) {
    if (s >= b.sites) continue;
    for (let k = b.colStart[s]!; k < b.colStart[s + 1]!; k++) out.add(b.colVertex[k]!);
  }
  return out;
}

function expectSameDynamic(a: ToothGeometry, b: ToothGeometry, what: string): void {
  for (const key of ['now', 'chalk', 'lab', 'deltaE'] as const) {
    const x = dynamic(a)[key];
    const y = dynamic(b)[key];
    const i = firstDifference(x, y);
    if (i >= 0)
      throw new Error(`${what}: ${key}[${i}] is ${x[i]} after partial updates, ${y[i]} after a full one`);
  }
}

function withSites(model: ToothModel, sites: ToothModel['sites']): ToothModel {
  return { ...model, sites };
}

describe.each([
  ['the generated molar', () => molarModel()],
  ['a scanned surface', () => scanModel()],
])('buildToothGeometry on %s', (_name, load) => {
  let model: ToothModel;
  let geo: ToothGeometry;
  beforeAll(async () => {
    model = await load();
    geo = buildToothGeometry(model);
  });

  it('carries the enamel (or the scan surface) with one value per vertex in every attribute', () => {
    const layer = model.layers.find((l) => l.name === 'enamel' || l.name === 'surface')!;
    const n = layer.positions.length / 3;
    const g = geo.enamel!;
    expect(geo.isSurface).toBe(layer.name === 'surface');
    expect(g.getAttribute('position').count).toBe(n);
    expect(g.getAttribute('normal').count).toBe(n);
    expect(g.getIndex()!.count).toBe(layer.indices.length);
    const sizes = { enamelRef: 2, enamelNow: 1, enamelChalk: 1, enamelLab: 3 } as const;
    for (const [name, size] of Object.entries(sizes)) {
      const a = g.getAttribute(name) as BufferAttribute;
      expect(a.itemSize, name).toBe(size);
      expect(a.count, name).toBe(n);
    }
    for (const a of [geo.enamelNow, geo.enamelChalk, geo.enamelLab]) expect(a!.usage).toBe(DynamicDrawUsage);
    expect(geo.sites).toBe(model.sites.count);
    expect(geo.blend!.vertices).toBe(n);
    expect(geo.queued.length).toBe(n);
    expect(geo.queue.length).toBe(n);
  });

  it('has the inner layers of the model, and bounds holding every layer', () => {
    const inner = model.layers.filter((l) => l.name === 'dentin' || l.name === 'pulp').map((l) => l.name);
    expect(geo.inner.map((l) => l.name)).toEqual(inner);
    for (const layer of model.layers) {
      for (let i = 0; i < layer.positions.length; i += 3) {
        const x = layer.positions[i]!;
        const y = layer.positions[i + 1]!;
        const z = layer.positions[i + 2]!;
        const b = geo.bounds;
        if (x < b.min.x || y < b.min.y || z < b.min.z || x > b.max.x || y > b.max.y || z > b.max.z)
          throw new Error(`${layer.name} vertex ${i / 3} lies outside the bounds`);
      }
    }
  });

  it('has no NaN in any attribute', () => {
    const g = geo.enamel!;
    for (const name of ['position', 'normal', 'enamelRef', 'enamelNow', 'enamelChalk', 'enamelLab']) {
      expect(countNaN(g.getAttribute(name).array), name).toBe(0);
    }
  });

  it('a healthy tooth before any frame: no shape change, sound chalkiness and enamel colour everywhere', () => {
    const ref = arr(geo.enamelRef);
    const now = arr(geo.enamelNow);
    const chalk = arr(geo.enamelChalk);
    const lab = arr(geo.enamelLab);
    const layer = model.layers.find((l) => l.name === 'enamel' || l.name === 'surface')!;
    for (let s = 0; s < model.sites.count; s++) {
      expect(model.sites.initialThickness[s]).toBe(model.sites.targetThickness[s]);
    }
    for (let v = 0; v < now.length; v++) {
      // Static reference: the layer's own thickness, then the same blend of the target the "now" value reads.
      const expectedX = layer.thickness?.[v] ?? model.info.targetThicknessMm;
      if (ref[2 * v] !== Math.fround(expectedX)) throw new Error(`enamelRef.x of vertex ${v}`);
      // initial == target, same weights in the same order: the shape change is exactly zero.
      if (now[v] !== ref[2 * v + 1]) throw new Error(`vertex ${v} moves on a healthy tooth`);
      if (Math.abs(chalk[v]! - HEALTHY_CHALK) > 1e-5) throw new Error(`vertex ${v} chalk ${chalk[v]}`);
      for (let k = 0; k < 3; k++) {
        if (Math.abs(lab[3 * v + k]! - HEALTHY_ENAMEL_LAB[k]!) > 1e-4)
          throw new Error(`vertex ${v} lab ${k}`);
      }
    }
  });

  it('a full frame sets every vertex to the blend of its sites; a frame for another site field is left alone', () => {
    const g = buildToothGeometry(model);
    const state = randomSiteState(model.sites.count, 11);
    const f = frameOf(state, 'all');
    expect(applyEnamelFrame(g, f)).toBe(g.blend!.vertices);
    // The frame is read, never written: its change list stays for the next reader.
    expect(f.allSitesChanged).toBe(true);
    expect(countNaN(arr(g.enamelNow)) + countNaN(arr(g.enamelLab)) + countNaN(arr(g.enamelChalk))).toBe(0);
    for (const a of [g.enamelNow!, g.enamelChalk!, g.enamelLab!]) {
      expect(a.updateRanges).toEqual([{ start: 0, count: a.array.length }]);
    }
    // Spot checks against the rows, in doubles: each vertex is a convex blend of its own sites.
    const b = g.blend!;
    const now = arr(g.enamelNow);
    for (let v = 0; v < b.vertices; v += 53) {
      let t = 0;
      for (let i = b.rowStart[v]!; i < b.rowStart[v + 1]!; i++)
        t += b.rowWeight[i]! * state.thickness[b.rowSite[i]!]!;
      expect(now[v]).toBeCloseTo(b.rowStart[v] === b.rowStart[v + 1] ? 0 : t, 5);
    }
    // The anomaly map's ΔE00: taken per site against healthy enamel (as the engine does), then blended.
    const [hl, ha, hb] = HEALTHY_ENAMEL_LAB;
    const lab = state.lab;
    for (let s = 0; s < model.sites.count; s += 97) {
      expect(g.siteDeltaE[s]).toBeCloseTo(
        deltaE00(lab[3 * s]!, lab[3 * s + 1]!, lab[3 * s + 2]!, hl, ha, hb),
        4,
      );
    }
    const de = arr(g.enamelDeltaE);
    for (let v = 0; v < b.vertices; v += 53) {
      let e = 0;
      for (let i = b.rowStart[v]!; i < b.rowStart[v + 1]!; i++)
        e += b.rowWeight[i]! * g.siteDeltaE[b.rowSite[i]!]!;
      expect(de[v]).toBeCloseTo(e, 4);
    }

    // A frame with one site too few belongs to another model: nothing changes.
    const before = dynamic(g);
    const other = randomSiteState(model.sites.count - 1, 12);
    const wrong = frameOf(other, [0, 1, 2]);
    expect(applyEnamelFrame(g, wrong)).toBe(0);
    expect(wrong.changedCount).toBe(3);
    const after = dynamic(g);
    expect(firstDifference(after.now, before.now)).toBe(-1);
    expect(firstDifference(after.lab, before.lab)).toBe(-1);
  });

  it('partial updates over random change sets match a full recompute exactly, touching only reached vertices', () => {
    const S = model.sites.count;
    const partial = buildToothGeometry(model);
    const full = buildToothGeometry(model);
    const site = fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: 0, max: S - 1 }) },
      // A few sites near the end of the field, and indices past it (which the update skips).
      { weight: 1, arbitrary: fc.integer({ min: Math.max(0, S - 3), max: S + 2 }) },
    );
    const changeSet = fc.array(site, { minLength: 0, maxLength: 120 });
    fc.assert(
      fc.property(fc.integer(), fc.array(changeSet, { minLength: 1, maxLength: 4 }), (seed, frames) => {
        const state = randomSiteState(S, seed);
        applyEnamelFrame(partial, frameOf(state, 'all'));
        let step = 0;
        for (const changes of frames) {
          step++;
          // New values at the listed sites only (a site listed twice gets one new value).
          const fresh = randomSiteState(S, seed ^ (step * 0x9e3779b1));
          for (const s of changes) {
            if (s >= S) continue;
            state.thickness[s] = fresh.thickness[s]!;
            state.chalk[s] = fresh.chalk[s]!;
            for (let k = 0; k < 3; k++) state.lab[3 * s + k] = fresh.lab[3 * s + k]!;
          }
          const before = dynamic(partial);
          const frame = frameOf(copyState(state), changes);
          const updated = applyEnamelFrame(partial, frame);
          const reached = reachedBy(partial, changes);
          expect(updated).toBe(reached.size);
          expect(frame.changedCount).toBe(changes.length);
          expect(frame.allSitesChanged).toBe(false);
          // Scratch is clean for the next frame.
          expect(partial.queued.every((q) => q === 0)).toBe(true);
          // Vertices no changed site reaches keep their values bit for bit.
          const after = dynamic(partial);
          for (let v = 0; v < partial.blend!.vertices; v++) {
            if (reached.has(v)) continue;
            if (after.now[v] !== before.now[v] || after.chalk[v] !== before.chalk[v]) {
              throw new Error(`vertex ${v} changed though none of its sites did`);
            }
          }
          // The upload span covers every updated vertex.
          if (reached.size > 0) {
            const lo = Math.min(...reached);
            const hi = Math.max(...reached);
            for (const a of [partial.enamelNow!, partial.enamelChalk!, partial.enamelLab!]) {
              const [r] = a.updateRanges;
              expect(a.updateRanges.length).toBe(1);
              expect(r!.start).toBeLessThanOrEqual(lo * a.itemSize);
              expect(r!.start + r!.count).toBeGreaterThanOrEqual((hi + 1) * a.itemSize);
            }
          }
        }
        applyEnamelFrame(full, frameOf(copyState(state), 'all'));
        expectSameDynamic(partial, full, `seed ${seed}`);
      }),
      { numRuns: model.sites.count > 5000 ? 25 : 60 },
    );
  });

  it('every reader of a frame sees its change list: a second geometry updates exactly like the first', () => {
    const first = buildToothGeometry(model);
    const second = buildToothGeometry(model);
    const state = randomSiteState(model.sites.count, 21);
    for (const g of [first, second]) applyEnamelFrame(g, frameOf(state, 'all'));
    const s = Math.floor(model.sites.count / 2);
    state.thickness[s] = state.thickness[s]! + 0.4;
    const frame = frameOf(state, [s]);
    const reached = reachedBy(first, [s]).size;
    expect(reached).toBeGreaterThan(0);
    expect(applyEnamelFrame(first, frame)).toBe(reached);
    expect(applyEnamelFrame(second, frame)).toBe(reached);
    expectSameDynamic(second, first, 'second reader');
  });

  it('shares one blend among the geometries of a model, each keeping attributes of its own', () => {
    const first = buildToothGeometry(model);
    const second = buildToothGeometry(model);
    expect(second.blend).toBe(first.blend);
    for (const name of ['enamelNow', 'enamelChalk', 'enamelLab', 'enamelDeltaE'] as const)
      expect(second[name]!.array, name).not.toBe(first[name]!.array);
    expect(second.siteDeltaE).not.toBe(first.siteDeltaE);
    // Another model (here, another object with the same sites) gets a blend of its own.
    expect(buildToothGeometry(withSites(model, model.sites)).blend).not.toBe(first.blend);
  });

  it('brings every vertex up to a frame when asked (new geometry), whatever its change list says', () => {
    const g = buildToothGeometry(model);
    const full = buildToothGeometry(model);
    const state = randomSiteState(model.sites.count, 31);
    // A frame that lists one change only, applied to a geometry that has seen no frame yet.
    expect(applyEnamelFrame(g, frameOf(state, [0]), true)).toBe(g.blend!.vertices);
    applyEnamelFrame(full, frameOf(state, 'all'));
    expectSameDynamic(g, full, 'every site');
  });

  it('a changed site changes its own vertices and nothing its rows do not reach', () => {
    const g = buildToothGeometry(model);
    const state = randomSiteState(model.sites.count, 5);
    applyEnamelFrame(g, frameOf(state, 'all'));
    const before = dynamic(g);
    const s = Math.floor(model.sites.count / 3);
    state.thickness[s] = state.thickness[s]! + 0.5;
    expect(applyEnamelFrame(g, frameOf(state, [s]))).toBe(reachedBy(g, [s]).size);
    const after = dynamic(g);
    const reached = reachedBy(g, [s]);
    let moved = 0;
    for (let v = 0; v < after.now.length; v++) {
      if (after.now[v] !== before.now[v]) {
        expect(reached.has(v)).toBe(true);
        expect(after.now[v]).toBeGreaterThan(before.now[v]!);
        moved++;
      }
    }
    // The vertices that stand for the site (their own site) are among those that moved.
    for (let v = 0; v < model.vertexSite.length; v++) {
      if (model.vertexSite[v] === s && reached.has(v)) expect(after.now[v]).not.toBe(before.now[v]);
    }
    expect(moved).toBeGreaterThan(0);
  });
});

describe('shape and look of damaged and overgrown enamel', () => {
  it('enamel missing before treatment moves the surface inwards, whitens and chalks it; sound enamel stays', async () => {
    const molar = await molarModel();
    const damaged = withSites(molar, applyLesion(molar.sites, 'caries', 7));
    const deficit = (s: number) => damaged.sites.targetThickness[s]! - damaged.sites.initialThickness[s]!;
    const g = buildToothGeometry(damaged);
    const b = g.blend!;
    const ref = arr(g.enamelRef);
    const now = arr(g.enamelNow);
    const chalk = arr(g.enamelChalk);
    const lab = arr(g.enamelLab);
    let lesioned = 0;
    let sound = 0;
    for (let v = 0; v < b.vertices; v++) {
      let missing = 0;
      for (let i = b.rowStart[v]!; i < b.rowStart[v + 1]!; i++)
        missing += b.rowWeight[i]! * deficit(b.rowSite[i]!);
      // The shader moves the surface by (now - ref.y) along the normal.
      const delta = now[v]! - ref[2 * v + 1]!;
      if (missing > 0.02) {
        lesioned++;
        expect(delta).toBeLessThan(0);
        expect(delta).toBeCloseTo(-missing, 4);
        expect(chalk[v]).toBeGreaterThan(HEALTHY_CHALK);
        expect(chalk[v]).toBeLessThanOrEqual(WHITE_SPOT_CHALK + 1e-6);
        expect(lab[3 * v]).toBeGreaterThan(HEALTHY_ENAMEL_LAB[0]); // lighter: towards the white spot's L*
        expect(lab[3 * v]).toBeLessThanOrEqual(WHITE_SPOT_LAB[0] + 1e-4);
      } else if (missing === 0 && b.rowStart[v + 1]! > b.rowStart[v]!) {
        sound++;
        expect(delta).toBe(0);
        expect(chalk[v]).toBeCloseTo(HEALTHY_CHALK, 5);
      }
    }
    expect(lesioned).toBeGreaterThan(50);
    expect(sound).toBeGreaterThan(1000);
  });

  it('enamel thicker than its target moves the surface outwards, thinner inwards, by the blended amount', async () => {
    const molar = await molarModel();
    const g = buildToothGeometry(molar);
    const S = molar.sites.count;
    const state = randomSiteState(S, 3);
    // Overgrowth of 0.2 mm on the first half of the sites, 0.3 mm missing on the second half.
    const change = (s: number) => (s < S / 2 ? 0.2 : -0.3);
    for (let s = 0; s < S; s++) state.thickness[s] = molar.sites.targetThickness[s]! + change(s);
    applyEnamelFrame(g, frameOf(state, 'all'));
    const b = g.blend!;
    const ref = arr(g.enamelRef);
    const now = arr(g.enamelNow);
    let out = 0;
    let inward = 0;
    for (let v = 0; v < b.vertices; v++) {
      if (b.rowStart[v] === b.rowStart[v + 1]) continue;
      let expected = 0;
      for (let i = b.rowStart[v]!; i < b.rowStart[v + 1]!; i++)
        expected += b.rowWeight[i]! * change(b.rowSite[i]!);
      const delta = now[v]! - ref[2 * v + 1]!;
      expect(delta).toBeCloseTo(expected, 4);
      if (expected > 0.19) {
        expect(delta).toBeGreaterThan(0);
        out++;
      } else if (expected < -0.29) {
        expect(delta).toBeLessThan(0);
        inward++;
      }
    }
    expect(out).toBeGreaterThan(1000);
    expect(inward).toBeGreaterThan(1000);
    // The shader scales that difference by positive gains and clamps it by positive limits, keeping its sign.
    for (const x of [...ENAMEL_LOOK.shapeGain, ...ENAMEL_LOOK.shapeLimit]) expect(x).toBeGreaterThan(0);
  });

  it('a scan surface starts at its assumed healthy thickness', async () => {
    const scan = await scanModel();
    const g = buildToothGeometry(scan);
    expect(g.isSurface).toBe(true);
    expect(g.inner).toEqual([]);
    const ref = arr(g.enamelRef);
    for (let v = 0; v < ref.length / 2; v++) {
      expect(ref[2 * v]).toBeCloseTo(DEFAULT_SCAN_THICKNESS_MM, 6);
      expect(ref[2 * v + 1]).toBeCloseTo(DEFAULT_SCAN_THICKNESS_MM, 5);
    }
  });

  it('dispose releases every geometry it built', async () => {
    const g = buildToothGeometry(await molarModel());
    let disposed = 0;
    for (const geometry of [g.enamel!, ...g.inner.map((l) => l.geometry)]) {
      geometry.addEventListener('dispose', () => disposed++);
    }
    g.dispose();
    expect(disposed).toBe(1 + g.inner.length);
    expect(g.inner.length).toBe(2);
  });
});
