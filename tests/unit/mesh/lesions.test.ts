import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyLesion, LESION_PRESETS, lesionDeficit, loadModelFile } from '../../../renderer/mesh';
import { FISSURE_LINE_RADIUS_MM } from '../../../renderer/mesh/lesions';
import type { SiteField } from '../../../renderer/engine/types';
import { molarModel, openCrown, toBinaryStl } from './fixtures';

function deficitOf(before: SiteField, after: SiteField): Float32Array {
  const d = new Float32Array(before.count);
  for (let i = 0; i < before.count; i++) d[i] = after.targetThickness[i]! - after.initialThickness[i]!;
  return d;
}

function affected(d: Float32Array, min = 1e-4): number[] {
  const out: number[] = [];
  for (let i = 0; i < d.length; i++) if (d[i]! > min) out.push(i);
  return out;
}

function mean(ids: number[], f: (i: number) => number): number {
  let s = 0;
  for (const i of ids) s += f(i);
  return s / Math.max(ids.length, 1);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('lesion presets', () => {
  it('are deterministic from the seed and never use Math.random', async () => {
    const { sites } = await molarModel();
    const spy = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    for (const preset of LESION_PRESETS) {
      const a = lesionDeficit(sites, preset, 7);
      const b = lesionDeficit(sites, preset, 7);
      expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
    }
    // Seeds place the lesions (erosion's extent and depth also vary with the seed).
    for (const preset of ['caries', 'white-spot', 'erosion', 'fissure-line'] as const) {
      const a = lesionDeficit(sites, preset, 7);
      const c = lesionDeficit(sites, preset, 8);
      expect(Buffer.from(a.buffer).equals(Buffer.from(c.buffer))).toBe(false);
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('return a new field: initial = target − deficit, 0 ≤ deficit ≤ target, input untouched', async () => {
    const { sites } = await molarModel();
    const before = Float32Array.from(sites.initialThickness);
    for (const preset of LESION_PRESETS) {
      const out = applyLesion(sites, preset, 3);
      expect(out.count).toBe(sites.count);
      expect(out.positions).not.toBe(sites.positions);
      expect(Buffer.from(out.positions.buffer).equals(Buffer.from(sites.positions.buffer))).toBe(true);
      const d = lesionDeficit(sites, preset, 3);
      let outOfRange = 0;
      let worstMismatch = 0;
      for (let i = 0; i < sites.count; i++) {
        if (!(d[i]! >= 0 && d[i]! <= sites.targetThickness[i]!)) outOfRange++;
        const err = Math.abs(out.initialThickness[i]! - (sites.targetThickness[i]! - d[i]!));
        if (err > worstMismatch) worstMismatch = err;
      }
      expect(outOfRange).toBe(0);
      expect(worstMismatch).toBeLessThan(1e-6);
      // A fissure line is a handful of sites by design; every other preset a patch.
      expect(affected(d).length).toBeGreaterThan(preset === 'fissure-line' ? 3 : 20);
    }
    expect(Buffer.from(sites.initialThickness.buffer).equals(Buffer.from(before.buffer))).toBe(true);
  });

  it('caries sits in the pits and fissures of the chewing surface', async () => {
    const { sites } = await molarModel();
    const p = sites.positions;
    const n = sites.normals;
    for (const seed of [1, 2, 3]) {
      const d = deficitOf(sites, applyLesion(sites, 'caries', seed));
      const hit = affected(d, 0.05);
      expect(hit.length).toBeGreaterThan(10);
      // High on the crown (the occlusal table lies above ~4 mm), facing up.
      expect(mean(hit, (i) => p[3 * i + 1]!)).toBeGreaterThan(4.5);
      expect(mean(hit, (i) => n[3 * i + 1]!)).toBeGreaterThan(0.5);
      // Deep: the worst site loses more than half its enamel.
      let worst = 0;
      for (const i of hit) worst = Math.max(worst, d[i]! / sites.targetThickness[i]!);
      expect(worst).toBeGreaterThan(0.45);
      // In the fossae and grooves rather than on cusp tips: below the local cusp heights.
      expect(mean(hit, (i) => p[3 * i + 1]!)).toBeLessThan(6.8);
    }
  });

  it('white spots are shallow patches on the buccal and lingual smooth surfaces', async () => {
    const { sites } = await molarModel();
    const p = sites.positions;
    const n = sites.normals;
    for (const seed of [1, 2, 3]) {
      const d = deficitOf(sites, applyLesion(sites, 'white-spot', seed));
      const hit = affected(d, 0.02);
      expect(hit.length).toBeGreaterThan(10);
      for (const i of hit) expect(d[i]).toBeLessThanOrEqual(0.3 + 1e-6);
      expect(mean(hit, (i) => Math.abs(n[3 * i + 1]!))).toBeLessThan(0.45);
      expect(mean(hit, (i) => Math.abs(n[3 * i + 2]!))).toBeGreaterThan(0.6);
      // Towards the gum line: below mid-crown.
      expect(mean(hit, (i) => p[3 * i + 1]!)).toBeLessThan(4);
    }
  });

  it('erosion takes the cusp tips', async () => {
    const { sites } = await molarModel();
    const p = sites.positions;
    const d = deficitOf(sites, applyLesion(sites, 'erosion', 5));
    // The five cusp tips (from the shape description) each lose enamel.
    const tips = [
      [-3.0, 2.45],
      [0.55, 2.85],
      [3.75, 1.35],
      [-2.6, -2.5],
      [2.15, -2.45],
    ];
    let weakestTip = Infinity;
    for (const [x, z] of tips) {
      let best = -1;
      let bestY = -Infinity;
      for (let i = 0; i < sites.count; i++) {
        if ((p[3 * i]! - x!) ** 2 + (p[3 * i + 2]! - z!) ** 2 < 0.36 && p[3 * i + 1]! > bestY) {
          bestY = p[3 * i + 1]!;
          best = i;
        }
      }
      expect(best).toBeGreaterThanOrEqual(0);
      expect(d[best]).toBeGreaterThan(0.15);
      weakestTip = Math.min(weakestTip, d[best]!);
    }
    // …while the central fossa keeps its enamel (a few µm at most, a tenth of the least-worn tip's loss).
    let fossa = 0;
    for (let i = 0; i < sites.count; i++) {
      if (
        Math.abs(p[3 * i]! - 0.35) < 0.5 &&
        Math.abs(p[3 * i + 2]!) < 0.4 &&
        sites.normals[3 * i + 1]! > 0.5
      ) {
        fossa = Math.max(fossa, d[i]!);
      }
    }
    expect(fossa).toBeLessThan(0.1 * weakestTip);
  });

  it('a fissure line is one tiny, shallow line in a fissure of the chewing surface', async () => {
    const { sites } = await molarModel();
    const p = sites.positions;
    const n = sites.normals;
    const caries = affected(lesionDeficit(sites, 'caries', 1), 0.05).length;
    for (const seed of [1, 2, 3, 44]) {
      const d = lesionDeficit(sites, 'fissure-line', seed);
      const hit = affected(d);
      expect(hit.length).toBeGreaterThan(3);
      // Far smaller than a caries lesion, and shallow: a line, not a cavity.
      expect(hit.length).toBeLessThan(caries / 4);
      for (const i of hit) expect(d[i]).toBeLessThanOrEqual(0.14 + 1e-6);
      // One place: every affected site within the line's reach of every other.
      let span = 0;
      for (const i of hit) {
        for (const j of hit) {
          const d2 =
            (p[3 * i]! - p[3 * j]!) ** 2 +
            (p[3 * i + 1]! - p[3 * j + 1]!) ** 2 +
            (p[3 * i + 2]! - p[3 * j + 2]!) ** 2;
          span = Math.max(span, Math.sqrt(d2));
        }
      }
      expect(span).toBeLessThanOrEqual(2 * FISSURE_LINE_RADIUS_MM + 1e-6);
      // On the chewing surface, facing up, below the cusp tips: in a fissure.
      expect(mean(hit, (i) => p[3 * i + 1]!)).toBeGreaterThan(4.5);
      expect(mean(hit, (i) => p[3 * i + 1]!)).toBeLessThan(6.8);
      expect(mean(hit, (i) => n[3 * i + 1]!)).toBeGreaterThan(0.5);
    }
  });

  it('mixed combines the three', async () => {
    const { sites } = await molarModel();
    const mixed = lesionDeficit(sites, 'mixed', 9);
    const parts = (['caries', 'white-spot'] as const).map((p) => lesionDeficit(sites, p, 9));
    for (const part of parts) {
      let below = 0;
      for (let i = 0; i < sites.count; i++) if (mixed[i]! < part[i]! - 1e-6) below++;
      expect(below).toBe(0);
    }
    expect(affected(mixed).length).toBeGreaterThan(affected(parts[0]!).length);
  });

  it('work on a scanned surface too', async () => {
    const model = await loadModelFile(toBinaryStl(await openCrown()), 'crown.stl', { siteBudget: 8000 });
    for (const preset of LESION_PRESETS) {
      const d = lesionDeficit(model.sites, preset, 4);
      expect(affected(d).length).toBeGreaterThan(5);
      let over = 0;
      for (let i = 0; i < d.length; i++) if (d[i]! > model.sites.targetThickness[i]!) over++;
      expect(over).toBe(0);
    }
  });

  it('reject an unknown preset', async () => {
    const { sites } = await molarModel();
    expect(() => applyLesion(sites, 'plaque' as never, 1)).toThrow(/unknown lesion preset/);
  });
});
