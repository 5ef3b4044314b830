// The Gaussian blend of nearby sites per enamel vertex: the rows are the nearest same-facing sites, weighted by
// a Gaussian of their distance and normalised; the inverse map names exactly the vertices each site reaches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SiteField } from '../../../renderer/engine/types';
import { blendScalar, buildSiteBlend, type SiteBlend } from '../../../renderer/scene/siteBlend';
import { molarModel } from './fixtures';

const DEFAULT_SIGMA = 0.22;
const DEFAULT_RADIUS = 2.5 * DEFAULT_SIGMA;
/** The blend's test for "faces the same way": cosine of the angle between the normals. */
const FACING_COS = 0.25;

function siteField(positions: number[], normals: number[]): SiteField {
  const n = positions.length / 3;
  return {
    count: n,
    positions: Float32Array.from(positions),
    normals: Float32Array.from(normals),
    targetThickness: new Float32Array(n).fill(1),
    initialThickness: new Float32Array(n).fill(1),
    area: new Float32Array(n).fill(1),
  };
}

function row(b: SiteBlend, v: number): { sites: number[]; weights: number[] } {
  const sites: number[] = [];
  const weights: number[] = [];
  for (let i = b.rowStart[v]!; i < b.rowStart[v + 1]!; i++) {
    sites.push(b.rowSite[i]!);
    weights.push(b.rowWeight[i]!);
  }
  return { sites, weights };
}

/** Squared distance between a vertex and a site, in doubles from the float32 coordinates (as the blend does). */
function dist2(positions: Float32Array, v: number, sites: SiteField, s: number): number {
  const dx = sites.positions[3 * s]! - positions[3 * v]!;
  const dy = sites.positions[3 * s + 1]! - positions[3 * v + 1]!;
  const dz = sites.positions[3 * s + 2]! - positions[3 * v + 2]!;
  return dx * dx + dy * dy + dz * dz;
}

function facing(normals: Float32Array, v: number, sites: SiteField, s: number): boolean {
  const n = sites.normals;
  return (
    normals[3 * v]! * n[3 * s]! + normals[3 * v + 1]! * n[3 * s + 1]! + normals[3 * v + 2]! * n[3 * s + 2]! >=
    FACING_COS
  );
}

const UP = [0, 1, 0];

describe('buildSiteBlend on hand-placed sites', () => {
  it('gives a lone site in reach the whole weight', () => {
    const b = buildSiteBlend(
      Float32Array.from([0, 0, 0]),
      Float32Array.from(UP),
      siteField([0.3, 0, 0], UP),
      Uint32Array.from([0]),
    );
    expect(row(b, 0)).toEqual({ sites: [0], weights: [1] });
    expect(blendScalar(b, Float32Array.from([0.7]), 0, -1)).toBeCloseTo(0.7, 6);
  });

  it('weights two sites by a Gaussian of their distance, nearer first, summing to one', () => {
    const d1 = 0.1;
    const d2 = 0.4;
    const b = buildSiteBlend(
      Float32Array.from([0, 0, 0]),
      Float32Array.from(UP),
      siteField([0, 0, d2, d1, 0, 0], [...UP, ...UP]),
      Uint32Array.from([1]),
    );
    const r = row(b, 0);
    expect(r.sites).toEqual([1, 0]);
    const ratio = Math.exp(-(d1 * d1 - d2 * d2) / (2 * DEFAULT_SIGMA * DEFAULT_SIGMA));
    expect(r.weights[0]! / r.weights[1]!).toBeCloseTo(ratio, 4);
    expect(r.weights[0]! + r.weights[1]!).toBeCloseTo(1, 6);
    // A field of 0 at the far site and 1 at the near one blends to the near site's weight.
    expect(blendScalar(b, Float32Array.from([0, 1]), 0, -1)).toBeCloseTo(r.weights[0]!, 6);
  });

  it('leaves out sites that face away (the other wall of a fissure), keeps those within 75 degrees', () => {
    const tilt = (deg: number) => [0, Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)];
    const b = buildSiteBlend(
      Float32Array.from([0, 0, 0]),
      Float32Array.from(UP),
      // site 0: 60° off (cos 0.5, counts); site 1: 80° off (cos 0.17, does not); site 2: opposite.
      siteField([0.1, 0, 0, 0.05, 0, 0, 0, 0, 0], [...tilt(60), ...tilt(80), 0, -1, 0]),
      Uint32Array.from([0]),
    );
    expect(row(b, 0).sites).toEqual([0]);
  });

  it('gives a vertex no site when none faces its way, and blendScalar then returns the fallback', () => {
    const b = buildSiteBlend(
      Float32Array.from([0, 0, 0, 5, 0, 0]),
      Float32Array.from([0, -1, 0, 0, 1, 0]),
      siteField([0.1, 0, 0, 5.1, 0, 0], [...UP, ...UP]),
      Uint32Array.from([0, 1]),
    );
    expect(row(b, 0).sites).toEqual([]);
    expect(blendScalar(b, Float32Array.from([2, 3]), 0, 42)).toBe(42);
    expect(blendScalar(b, Float32Array.from([2, 3]), 1, 42)).toBeCloseTo(3, 6);
    // The inverse map names vertex 1 under site 1 only, and nothing under site 0.
    expect(Array.from(b.colStart)).toEqual([0, 0, 1]);
    expect(Array.from(b.colVertex)).toEqual([1]);
  });

  it('counts the vertex own site even beyond the search radius, but no other site out there', () => {
    const far = DEFAULT_RADIUS + 0.5; // 1.05 mm: outside the radius, still a normal weight
    const b = buildSiteBlend(
      Float32Array.from([0, 0, 0]),
      Float32Array.from(UP),
      siteField([far, 0, 0, 0, 0, far], [...UP, ...UP]),
      Uint32Array.from([0]),
    );
    expect(row(b, 0)).toEqual({ sites: [0], weights: [1] });
  });

  it('keeps at most maxSites, the nearest ones', () => {
    const positions: number[] = [];
    const normals: number[] = [];
    for (let i = 0; i < 8; i++) {
      positions.push(0.05 * (8 - i), 0, 0); // site 7 nearest, site 0 farthest
      normals.push(...UP);
    }
    const b = buildSiteBlend(
      Float32Array.from([0, 0, 0]),
      Float32Array.from(UP),
      siteField(positions, normals),
      Uint32Array.from([7]),
      { maxSites: 3 },
    );
    expect(row(b, 0).sites).toEqual([7, 6, 5]);
  });

  it('honours sigma: a wider Gaussian spreads the weight more evenly', () => {
    const args = [
      Float32Array.from([0, 0, 0]),
      Float32Array.from(UP),
      siteField([0.05, 0, 0, 0.3, 0, 0], [...UP, ...UP]),
      Uint32Array.from([0]),
    ] as const;
    const narrow = row(buildSiteBlend(...args, { sigma: 0.1, radius: 1 }), 0).weights;
    const wide = row(buildSiteBlend(...args, { sigma: 0.5, radius: 1 }), 0).weights;
    expect(narrow[0]! / narrow[1]!).toBeGreaterThan(wide[0]! / wide[1]!);
    expect(narrow[0]! / narrow[1]!).toBeCloseTo(Math.exp((0.3 ** 2 - 0.05 ** 2) / (2 * 0.1 ** 2)), 2);
  });
});

/** A random cloud: sites in a 3 mm box, and vertices jittered up to 1 mm around their own site. */
const unit3 = fc
  .tuple(
    fc.double({ min: -1, max: 1, noNaN: true }),
    fc.double({ min: -1, max: 1, noNaN: true }),
    fc.double({ min: -1, max: 1, noNaN: true }),
  )
  .map(([x, y, z]) => {
    const l = Math.hypot(x, y, z);
    return l < 0.1 ? [0, 1, 0] : [x / l, y / l, z / l];
  });
const point = fc.tuple(
  fc.double({ min: 0, max: 3, noNaN: true }),
  fc.double({ min: 0, max: 3, noNaN: true }),
  fc.double({ min: 0, max: 3, noNaN: true }),
);
const jitter = fc.tuple(
  fc.double({ min: -0.55, max: 0.55, noNaN: true }),
  fc.double({ min: -0.55, max: 0.55, noNaN: true }),
  fc.double({ min: -0.55, max: 0.55, noNaN: true }),
);
const cloud = fc
  .record({
    sites: fc.array(fc.tuple(point, unit3), { minLength: 1, maxLength: 60 }),
    vertices: fc.array(fc.tuple(fc.nat(), jitter, unit3, fc.boolean()), { minLength: 1, maxLength: 40 }),
    sigma: fc.option(fc.double({ min: 0.1, max: 0.5, noNaN: true }), { nil: undefined }),
    maxSites: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  })
  .map(({ sites, vertices, sigma, maxSites }) => {
    const field = siteField(
      sites.flatMap(([p]) => p),
      sites.flatMap(([, n]) => n),
    );
    const positions: number[] = [];
    const normals: number[] = [];
    const vertexSite: number[] = [];
    for (const [pick, j, n, likeSite] of vertices) {
      const s = pick % sites.length;
      const [p, sn] = sites[s]!;
      positions.push(p[0] + j[0], p[1] + j[1], p[2] + j[2]);
      // Most vertices face like their site (as on a real surface); some face anywhere.
      normals.push(...(likeSite ? sn : n));
      vertexSite.push(s);
    }
    return {
      field,
      positions: Float32Array.from(positions),
      normals: Float32Array.from(normals),
      vertexSite: Uint32Array.from(vertexSite),
      options: { sigma, maxSites },
    };
  });

describe('buildSiteBlend on random site clouds', () => {
  it('rows are the nearest same-facing sites (own site counted), Gaussian weights summing to one', () => {
    fc.assert(
      fc.property(cloud, ({ field, positions, normals, vertexSite, options }) => {
        const b = buildSiteBlend(positions, normals, field, vertexSite, options);
        const sigma = options.sigma ?? DEFAULT_SIGMA;
        const radius = 2.5 * sigma;
        const k = options.maxSites ?? 16;
        expect(b.vertices).toBe(positions.length / 3);
        expect(b.sites).toBe(field.count);
        for (let v = 0; v < b.vertices; v++) {
          // Candidates by the documented rule: facing the vertex's way, within the radius or the vertex's own.
          const candidates: { s: number; d2: number }[] = [];
          for (let s = 0; s < field.count; s++) {
            const d2 = dist2(positions, v, field, s);
            if (facing(normals, v, field, s) && (d2 <= radius * radius || s === vertexSite[v])) {
              candidates.push({ s, d2 });
            }
          }
          const r = row(b, v);
          expect(r.sites.length).toBe(Math.min(k, candidates.length));
          expect(new Set(r.sites).size).toBe(r.sites.length);
          if (candidates.length === 0) continue;
          const d2Of = new Map(candidates.map((c) => [c.s, c.d2]));
          for (const s of r.sites) expect(d2Of.has(s)).toBe(true);
          // Nearest first; nothing left out is nearer than what was kept.
          const kept = r.sites.map((s) => d2Of.get(s)!);
          for (let i = 1; i < kept.length; i++) expect(kept[i]!).toBeGreaterThanOrEqual(kept[i - 1]! - 1e-9);
          const minD2 = Math.min(...candidates.map((c) => c.d2));
          expect(kept[0]!).toBeLessThanOrEqual(minD2 + 1e-9);
          const keptMax = Math.max(...kept);
          for (const c of candidates)
            if (!r.sites.includes(c.s)) expect(c.d2).toBeGreaterThanOrEqual(keptMax - 1e-9);
          // Gaussian weights, normalised.
          const g = kept.map((d2) => Math.exp(-d2 / (2 * sigma * sigma)));
          const sum = g.reduce((a, x) => a + x, 0);
          for (let i = 0; i < g.length; i++) expect(r.weights[i]!).toBeCloseTo(g[i]! / sum, 5);
          expect(r.weights.reduce((a, x) => a + x, 0)).toBeCloseTo(1, 5);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the inverse map names exactly the vertices whose rows name each site', () => {
    fc.assert(
      fc.property(cloud, ({ field, positions, normals, vertexSite, options }) => {
        const b = buildSiteBlend(positions, normals, field, vertexSite, options);
        expect(b.colStart.length).toBe(field.count + 1);
        expect(b.colStart[field.count]).toBe(b.rowSite.length);
        for (let s = 0; s < field.count; s++) {
          const fromCols = Array.from(b.colVertex.subarray(b.colStart[s]!, b.colStart[s + 1]!));
          const fromRows: number[] = [];
          for (let v = 0; v < b.vertices; v++) if (row(b, v).sites.includes(s)) fromRows.push(v);
          expect(fromCols).toEqual(fromRows);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('blends a constant field to that constant, and any field within the range of the sites it reads', () => {
    fc.assert(
      fc.property(cloud, fc.double({ min: -5, max: 5, noNaN: true }), fc.integer(), (c, constant, seed) => {
        const b = buildSiteBlend(c.positions, c.normals, c.field, c.vertexSite, c.options);
        const flat = new Float32Array(c.field.count).fill(constant);
        const varied = Float32Array.from({ length: c.field.count }, (_, s) => Math.sin(seed + 7.3 * s));
        for (let v = 0; v < b.vertices; v++) {
          const r = row(b, v);
          if (r.sites.length === 0) continue;
          expect(blendScalar(b, flat, v, Number.NaN)).toBeCloseTo(Math.fround(constant), 4);
          const values = r.sites.map((s) => varied[s]!);
          const x = blendScalar(b, varied, v, Number.NaN);
          expect(x).toBeGreaterThanOrEqual(Math.min(...values) - 1e-5);
          expect(x).toBeLessThanOrEqual(Math.max(...values) + 1e-5);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic: the same surface gives the same rows, bit for bit', () => {
    fc.assert(
      fc.property(cloud, (c) => {
        const a = buildSiteBlend(c.positions, c.normals, c.field, c.vertexSite, c.options);
        const b = buildSiteBlend(c.positions, c.normals, c.field, c.vertexSite, c.options);
        expect(b).toEqual(a);
      }),
      { numRuns: 50 },
    );
  });
});

describe('buildSiteBlend on the generated molar', () => {
  it('every outer enamel vertex (a site of its own) reads its own site first and most', async () => {
    const m = await molarModel();
    const enamel = m.layers.find((l) => l.name === 'enamel')!;
    const b = buildSiteBlend(enamel.positions, enamel.normals, m.sites, m.vertexSite);
    // The molar's sites are its outer enamel vertices, numbered first.
    for (let v = 0; v < m.sites.count; v++) {
      expect(m.vertexSite[v]).toBe(v);
      const start = b.rowStart[v]!;
      expect(b.rowStart[v + 1]!).toBeGreaterThan(start);
      if (b.rowSite[start] !== v)
        throw new Error(`vertex ${v} reads site ${b.rowSite[start]} first, not its own`);
    }
  });

  it('rows hold the nearest same-facing site in reach (brute force over a sample of vertices)', async () => {
    const m = await molarModel();
    const enamel = m.layers.find((l) => l.name === 'enamel')!;
    const b = buildSiteBlend(enamel.positions, enamel.normals, m.sites, m.vertexSite);
    const n = b.vertices;
    let checked = 0;
    let innerWithSites = 0;
    // Every 97th vertex: a spread over the outer surface and the inner (dentin-side) face.
    for (let v = 0; v < n; v += 97) {
      let best = -1;
      let bestD2 = Infinity;
      for (let s = 0; s < m.sites.count; s++) {
        const d2 = dist2(enamel.positions, v, m.sites, s);
        if (
          d2 < bestD2 &&
          facing(enamel.normals, v, m.sites, s) &&
          (d2 <= DEFAULT_RADIUS ** 2 || s === m.vertexSite[v])
        ) {
          best = s;
          bestD2 = d2;
        }
      }
      const r = row(b, v);
      if (best < 0) {
        expect(r.sites).toEqual([]);
      } else {
        expect(dist2(enamel.positions, v, m.sites, r.sites[0]!)).toBeLessThanOrEqual(bestD2 + 1e-9);
        if (v >= m.sites.count) innerWithSites++;
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
    // The inner face of the shell faces the dentin: almost none of it takes colour from the outer sites.
    expect(innerWithSites).toBeLessThan(0.05 * ((n - m.sites.count) / 97));
  });
});

describe('a vertex far from every site', () => {
  it('takes its own site whole instead of NaN weights', () => {
    const sites: SiteField = {
      count: 1,
      positions: new Float32Array([10, 0, 0]),
      normals: new Float32Array([0, 1, 0]),
      targetThickness: new Float32Array([1]),
      initialThickness: new Float32Array([1]),
      area: new Float32Array([1]),
    };
    const blend = buildSiteBlend(
      new Float32Array([0, 0, 0]),
      new Float32Array([0, 1, 0]),
      sites,
      new Uint32Array([0]),
    );
    expect(Array.from(blend.rowWeight.subarray(0, 1))).toEqual([1]);
  });
});
