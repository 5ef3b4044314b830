import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateMolar } from '../../../models/generate';
import type { MeshLayer } from '../../../renderer/mesh';
import { findOpenEdges, weldAndRemap } from '../../../renderer/mesh/geometry';
import { extents, MOLAR_GLB, molarModel } from './fixtures';

function layer(name: MeshLayer['name'], layers: MeshLayer[]): MeshLayer {
  const l = layers.find((x) => x.name === name);
  if (!l) throw new Error(`no ${name} layer`);
  return l;
}

function withinTenPercent(measured: number, expected: number): void {
  expect(Math.abs(measured - expected) / expected).toBeLessThan(0.1);
}

/** Separate groups along X of the vertices in a horizontal slice (a gap wider than `gap` splits them). */
function groupsAlongX(positions: Float32Array, y0: number, y1: number, gap: number): number[][] {
  const xs: number[] = [];
  for (let i = 0; i < positions.length; i += 3) {
    const y = positions[i + 1]!;
    if (y >= y0 && y <= y1) xs.push(positions[i]!);
  }
  xs.sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const x of xs) {
    const g = groups[groups.length - 1];
    if (g && x - g[g.length - 1]! <= gap) g.push(x);
    else groups.push([x]);
  }
  return groups;
}

/** Local summits: vertices above `minY` that are the highest point within `radius` (horizontally). */
function summits(positions: Float32Array, count: number, minY: number, radius: number): number[] {
  const cand: number[] = [];
  for (let i = 0; i < count; i++) if (positions[3 * i + 1]! > minY) cand.push(i);
  const out: number[] = [];
  for (const i of cand) {
    const x = positions[3 * i]!;
    const y = positions[3 * i + 1]!;
    const z = positions[3 * i + 2]!;
    let top = true;
    for (const j of cand) {
      if (j === i) continue;
      const d2 = (positions[3 * j]! - x) ** 2 + (positions[3 * j + 2]! - z) ** 2;
      const yj = positions[3 * j + 1]!;
      if (d2 < radius * radius && (yj > y || (yj === y && j < i))) {
        top = false;
        break;
      }
    }
    if (top) out.push(i);
  }
  return out;
}

describe('generated molar (models/molar.glb)', () => {
  it('regenerates to exactly the committed bytes', async () => {
    const committed = new Uint8Array(await readFile(MOLAR_GLB));
    const fresh = await generateMolar();
    expect(fresh.byteLength).toBe(committed.byteLength);
    expect(Buffer.compare(Buffer.from(fresh), Buffer.from(committed))).toBe(0);
    expect(committed.byteLength).toBeLessThan(4 * 1024 * 1024);
  }, 120_000);

  it('keeps three layers, in millimetres, with enamel thickness per vertex', async () => {
    const m = await molarModel();
    expect(m.layers.map((l) => l.name)).toEqual(['enamel', 'dentin', 'pulp']);
    expect(m.info.units).toBe('mm');
    expect(m.info.unitsInferred).toBe(false);
    const enamel = layer('enamel', m.layers);
    expect(enamel.thickness?.length).toBe(enamel.positions.length / 3);
    for (const l of m.layers) {
      expect(l.normals.length).toBe(l.positions.length);
      expect(l.indices.length % 3).toBe(0);
    }
  });

  it('has the dimensions of an average mandibular first molar (within 10%)', async () => {
    const m = await molarModel();
    const enamel = extents(layer('enamel', m.layers).positions);
    const dentin = extents(layer('dentin', m.layers).positions);
    withinTenPercent(enamel.size[0]!, 11.0); // crown, mesiodistal
    withinTenPercent(enamel.size[2]!, 10.5); // crown, buccolingual
    // Crown height: from the buccal cervical line (the lowest enamel) to the highest cusp tip.
    withinTenPercent(enamel.max[1]! - enamel.min[1]!, 7.5);
    // Roots: from the cervical line down to the apex.
    withinTenPercent(enamel.min[1]! - dentin.min[1]!, 14);
    // Cervix about 9 mm each way: the dentin just below the cervical line.
    const cervix = extents(
      (() => {
        const d = layer('dentin', m.layers).positions;
        const keep: number[] = [];
        for (let i = 0; i < d.length; i += 3)
          if (d[i + 1]! > -0.4 && d[i + 1]! < -0.1) keep.push(d[i]!, d[i + 1]!, d[i + 2]!);
        return Float32Array.from(keep);
      })(),
    );
    withinTenPercent(cervix.size[0]!, 9.0);
    withinTenPercent(cervix.size[2]!, 9.0);
  });

  it('has five cusps, two roots, pulp horns under the cusps and a canal in each root', async () => {
    const m = await molarModel();
    const enamel = layer('enamel', m.layers);
    const cusps = summits(enamel.positions, m.sites.count, 5.5, 1.6);
    expect(cusps.length).toBe(5);
    // Two lingual cusps (−Z) and three buccal (+Z), the lingual ones higher.
    const lingual = cusps.filter((i) => enamel.positions[3 * i + 2]! < 0);
    expect(lingual.length).toBe(2);
    const roots = groupsAlongX(layer('dentin', m.layers).positions, -8.2, -7.8, 0.6);
    expect(roots.length).toBe(2);
    const pulp = layer('pulp', m.layers).positions;
    const canals = groupsAlongX(pulp, -8.2, -7.8, 0.6);
    expect(canals.length).toBe(2);
    // Each canal lies inside its root.
    for (let k = 0; k < 2; k++) {
      expect(Math.min(...canals[k]!)).toBeGreaterThan(Math.min(...roots[k]!));
      expect(Math.max(...canals[k]!)).toBeLessThan(Math.max(...roots[k]!));
    }
    const horns = summits(pulp, pulp.length / 3, 2.6, 1.2);
    expect(horns.length).toBeGreaterThanOrEqual(4);
    // The pulp stays inside the dentin, below the crown's dentin.
    expect(extents(pulp).max[1]!).toBeLessThan(extents(layer('dentin', m.layers).positions).max[1]! - 0.5);
  });

  it('has a central fossa below the cusp tips', async () => {
    const m = await molarModel();
    const p = layer('enamel', m.layers).positions;
    let fossa = Infinity;
    for (let i = 0; i < m.sites.count; i++) {
      const x = p[3 * i]!;
      const z = p[3 * i + 2]!;
      if (Math.abs(x) < 1.2 && Math.abs(z) < 1.0 && m.sites.normals[3 * i + 1]! > 0)
        fossa = Math.min(fossa, p[3 * i + 1]!);
    }
    expect(fossa).toBeLessThan(5.5);
    expect(fossa).toBeGreaterThan(3.5);
  });

  it('grades the enamel from about 2.5 mm over the cusps to nothing at the cervical line', async () => {
    const m = await molarModel();
    const enamel = layer('enamel', m.layers);
    const t = enamel.thickness!;
    let max = 0;
    let maxY = 0;
    let cervicalMax = 0;
    for (let i = 0; i < m.sites.count; i++) {
      const y = enamel.positions[3 * i + 1]!;
      if (t[i]! > max) {
        max = t[i]!;
        maxY = y;
      }
      if (y < 0.25) cervicalMax = Math.max(cervicalMax, t[i]!);
    }
    expect(max).toBeGreaterThan(2.2);
    expect(max).toBeLessThan(2.8);
    expect(maxY).toBeGreaterThan(6); // the thickest enamel is up on the cusps
    expect(cervicalMax).toBeLessThan(0.35);
    expect(m.info.targetThicknessMm).toBeCloseTo(max, 1);
  });

  it('has a closed enamel shell and watertight dentin and pulp', async () => {
    const m = await molarModel();
    expect(m.info.openEdges).toBe(0);
    for (const name of ['dentin', 'pulp'] as const) {
      const l = layer(name, m.layers);
      expect(findOpenEdges(l.indices, l.positions.length / 3).openEdges).toBe(0);
    }
    const e = layer('enamel', m.layers);
    const w = weldAndRemap(e.positions, e.indices, 1e-5);
    expect(findOpenEdges(w.indices, w.positions.length / 3).openEdges).toBe(0);
  });

  it('maps each enamel vertex to one of 10k-30k sites whose normals face outwards', async () => {
    const m = await molarModel();
    const enamel = layer('enamel', m.layers);
    expect(m.sites.count).toBeGreaterThanOrEqual(10_000);
    expect(m.sites.count).toBeLessThanOrEqual(30_000);
    expect(m.vertexSite.length).toBe(enamel.positions.length / 3);
    expect(Math.max(...m.vertexSite)).toBeLessThan(m.sites.count);
    // Outward: normals point away from the tooth's vertical axis on the sides, up on the top.
    let outward = 0;
    for (let i = 0; i < m.sites.count; i++) {
      const p = m.sites.positions;
      const n = m.sites.normals;
      const d = p[3 * i]! * n[3 * i]! + (p[3 * i + 1]! - 3) * n[3 * i + 1]! + p[3 * i + 2]! * n[3 * i + 2]!;
      if (d > 0) outward++;
    }
    expect(outward / m.sites.count).toBeGreaterThan(0.95);
    for (let i = 0; i < m.sites.count; i++) {
      expect(m.sites.initialThickness[i]).toBe(m.sites.targetThickness[i]);
    }
  });
});
