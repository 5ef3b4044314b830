import { describe, expect, it } from 'vitest';
import {
  inferUnits,
  loadModelFile,
  MAX_FILE_BYTES,
  MeshLoadError,
  type ToothModel,
} from '../../../renderer/mesh';
import {
  closedTooth,
  extents,
  openCrown,
  type SimpleMesh,
  spreadInBand,
  toAsciiStl,
  toBinaryStl,
  toGlb,
  toGltf,
  toObj,
  toPly,
  transformed,
  withTempDir,
} from './fixtures';

/** The tooth as a scanner might leave it: tilted, far from the origin. */
async function tiltedTooth(scale = 1): Promise<SimpleMesh> {
  return transformed(await closedTooth(), {
    axis: [0.3, 0.2, 1],
    angle: 1.9,
    scale,
    offset: [120 * scale, -45 * scale, 310 * scale],
  });
}

/** Checks that a loaded closed tooth stands upright (crown up), centred, in millimetres. */
function expectUprightTooth(m: ToothModel): void {
  const surface = m.layers[0]!;
  expect(surface.name).toBe('surface');
  const e = extents(surface.positions);
  // The dentin fixture is ~19 mm tall and ~9.5 mm across.
  expect(e.size[1]).toBeGreaterThan(17.5);
  expect(e.size[1]).toBeLessThan(20.5);
  expect(Math.max(e.size[0]!, e.size[2]!)).toBeLessThan(10.5);
  // Centred horizontally; the top at the molar's cusp height.
  expect(Math.abs((e.min[0]! + e.max[0]!) / 2)).toBeLessThan(0.01);
  expect(Math.abs((e.min[2]! + e.max[2]!) / 2)).toBeLessThan(0.01);
  expect(e.max[1]).toBeCloseTo(7.5, 3);
  // Crown up: the top quarter is wider than the bottom quarter (the root tips).
  const top = spreadInBand(surface.positions, e.max[1]! - 0.25 * e.size[1]!, e.max[1]!);
  const bottom = spreadInBand(surface.positions, e.min[1]!, e.min[1]! + 0.25 * e.size[1]!);
  expect(top).toBeGreaterThan(bottom);
}

function expectValidSites(m: ToothModel, budget: number): void {
  const s = m.sites;
  expect(s.count).toBeGreaterThan(0);
  expect(s.count).toBeLessThanOrEqual(budget);
  for (const arr of [s.positions, s.normals]) expect(arr.length).toBe(3 * s.count);
  for (const arr of [s.targetThickness, s.initialThickness, s.area]) expect(arr.length).toBe(s.count);
  const surface = m.layers[0]!;
  expect(m.vertexSite.length).toBe(surface.positions.length / 3);
  let maxSite = 0;
  for (const v of m.vertexSite) if (v > maxSite) maxSite = v;
  expect(maxSite).toBe(s.count - 1); // every site stands for at least the last vertex mapped to it
  for (let i = 0; i < s.count; i++) {
    expect(Number.isFinite(s.positions[3 * i]!)).toBe(true);
    const n = Math.hypot(s.normals[3 * i]!, s.normals[3 * i + 1]!, s.normals[3 * i + 2]!);
    expect(n).toBeCloseTo(1, 3);
    expect(s.targetThickness[i]).toBeCloseTo(m.info.targetThicknessMm, 5);
  }
}

async function rejection(p: Promise<unknown>): Promise<MeshLoadError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(MeshLoadError);
    const err = e as MeshLoadError;
    expect(err.message.length).toBeGreaterThan(10);
    expect(err.message).not.toMatch(/\n/);
    return err;
  }
  throw new Error('expected the load to fail');
}

describe('loadModelFile: formats', () => {
  const cases: [string, (m: SimpleMesh) => Promise<Uint8Array> | Uint8Array][] = [
    ['tooth.stl', toBinaryStl],
    ['tooth-ascii.stl', toAsciiStl],
    ['tooth.obj', toObj],
    ['tooth.ply', (m) => toPly(m, true)],
    ['tooth-ascii.ply', (m) => toPly(m, false)],
    ['tooth.glb', (m) => toGlb(m)],
    ['tooth.gltf', toGltf],
  ];
  for (const [name, write] of cases) {
    it(`reads ${name}: welds, centres, stands the tooth upright, samples sites`, async () => {
      const mesh = await tiltedTooth();
      const model = await withTempDir(async (put) => loadModelFile(await put(name, await write(mesh)), name));
      expectUprightTooth(model);
      expect(model.info.units).toBe('mm');
      expect(model.info.unitsInferred).toBe(true);
      expect(model.info.openEdges).toBe(0);
      expect(model.info.triangles).toBe(mesh.indices.length / 3);
      expect(model.layers[0]!.positions.length).toBe(mesh.positions.length);
      expectValidSites(model, 20_000);
      expect(model.source).toBe(name);
    });
  }

  it('welds the per-triangle vertex copies of an STL', async () => {
    const mesh = await closedTooth();
    const m = await loadModelFile(toBinaryStl(mesh), 'soup.stl');
    const soupVertices = mesh.indices.length;
    expect(m.info.welded).toBe(soupVertices - mesh.positions.length / 3);
    expect(m.info.message).toContain('welded');
  });

  it('reads a binary STL whose header starts with “solid”, as some CAD exporters write', async () => {
    const bytes = Uint8Array.from(toBinaryStl(await closedTooth()));
    bytes.set(new TextEncoder().encode('solid exported by a CAD tool'), 0);
    const m = await loadModelFile(bytes, 'cad.stl');
    expectUprightTooth(m);
  });

  it('reads a binary STL with padding after the last triangle', async () => {
    const stl = toBinaryStl(await closedTooth());
    const padded = new Uint8Array(stl.length + 7);
    padded.set(stl, 0);
    const m = await loadModelFile(padded, 'padded.stl');
    expectUprightTooth(m);
  });

  it('applies glTF node transforms', async () => {
    const mesh = await closedTooth();
    const m = await loadModelFile(await toGlb(mesh, [500, 0, 0]), 'moved.glb');
    expectUprightTooth(m);
  });
});

describe('inferUnits', () => {
  it('reads a tooth or an arch in any of the usual units', () => {
    expect(inferUnits(0.021)).toBe('m');
    expect(inferUnits(0.075)).toBe('m');
    expect(inferUnits(2.1)).toBe('cm');
    expect(inferUnits(7.5)).toBe('mm');
    expect(inferUnits(21)).toBe('mm');
    expect(inferUnits(75)).toBe('mm');
    expect(inferUnits(21_000)).toBe('µm');
  });
});

describe('loadModelFile: real-scan conditions', () => {
  it('infers metres and scales ×1000, saying so', async () => {
    const m = await loadModelFile(toBinaryStl(await tiltedTooth(0.001)), 'metres.stl');
    expect(m.info.units).toBe('m');
    expect(m.info.unitsInferred).toBe(true);
    expect(m.info.message).toMatch(/metres/);
    expect(m.info.message).toMatch(/×1000/);
    expectUprightTooth(m);
  });

  it('infers centimetres and micrometres', async () => {
    const cm = await loadModelFile(toBinaryStl(await tiltedTooth(0.1)), 'cm.stl');
    expect(cm.info.units).toBe('cm');
    expectUprightTooth(cm);
    const um = await loadModelFile(toBinaryStl(await tiltedTooth(1000)), 'um.stl');
    expect(um.info.units).toBe('µm');
    expectUprightTooth(um);
  });

  it('takes the units it is given instead of guessing', async () => {
    const m = await loadModelFile(toBinaryStl(await tiltedTooth(0.001)), 'given.stl', { units: 'm' });
    expect(m.info.unitsInferred).toBe(false);
    expect(m.info.units).toBe('m');
    expectUprightTooth(m);
  });

  it('centres an off-origin mesh', async () => {
    const far = transformed(await closedTooth(), { offset: [-2500, 800, 1200] });
    const m = await loadModelFile(toBinaryStl(far), 'far.stl');
    expectUprightTooth(m);
  });

  it('opens an open (not watertight) crown scan with the open border at the bottom', async () => {
    const crown = transformed(await openCrown(), { axis: [1, 0, 0.4], angle: 2.6, offset: [40, 12, -8] });
    const m = await loadModelFile(toBinaryStl(crown), 'crown.stl');
    expect(m.info.openEdges).toBeGreaterThan(50);
    expect(m.info.message).toMatch(/open surface/);
    const p = m.layers[0]!.positions;
    const e = extents(p);
    expect(e.size[1]).toBeGreaterThan(6.5); // crown height 7.5 (with the cervical curve)
    expect(e.size[1]).toBeLessThan(8.6);
    // The sites mostly face away from the bottom: the chewing surface looks up.
    let up = 0;
    for (let i = 0; i < m.sites.count; i++) if (m.sites.normals[3 * i + 1]! > 0.5) up++;
    let down = 0;
    for (let i = 0; i < m.sites.count; i++) if (m.sites.normals[3 * i + 1]! < -0.5) down++;
    expect(up).toBeGreaterThan(5 * down);
    expectValidSites(m, 20_000);
  });

  it('samples a large mesh down to the site budget, keeping its area', async () => {
    const mesh = await closedTooth();
    const m = await loadModelFile(toBinaryStl(mesh), 'budget.stl', {
      siteBudget: 2000,
      targetThicknessMm: 1.2,
    });
    expect(m.sites.count).toBeLessThanOrEqual(2000);
    expect(m.sites.count).toBeGreaterThan(1000);
    expectValidSites(m, 2000);
    expect(m.info.targetThicknessMm).toBe(1.2);
    let siteArea = 0;
    for (const a of m.sites.area) siteArea += a;
    const s = m.layers[0]!;
    let meshArea = 0;
    for (let i = 0; i < s.indices.length; i += 3) {
      const a = 3 * s.indices[i]!;
      const b = 3 * s.indices[i + 1]!;
      const c = 3 * s.indices[i + 2]!;
      const u = [
        s.positions[b]! - s.positions[a]!,
        s.positions[b + 1]! - s.positions[a + 1]!,
        s.positions[b + 2]! - s.positions[a + 2]!,
      ];
      const v = [
        s.positions[c]! - s.positions[a]!,
        s.positions[c + 1]! - s.positions[a + 1]!,
        s.positions[c + 2]! - s.positions[a + 2]!,
      ];
      meshArea +=
        Math.hypot(
          u[1]! * v[2]! - u[2]! * v[1]!,
          u[2]! * v[0]! - u[0]! * v[2]!,
          u[0]! * v[1]! - u[1]! * v[0]!,
        ) / 2;
    }
    expect(siteArea / meshArea).toBeCloseTo(1, 3);
  });

  it('reports progress from 0 to 1 in order', async () => {
    const seen: number[] = [];
    await loadModelFile(toBinaryStl(await closedTooth()), 'p.stl', { onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
  });

  it('gives the same model for the same bytes', async () => {
    const bytes = toBinaryStl(await tiltedTooth());
    const a = await loadModelFile(bytes, 'a.stl');
    const b = await loadModelFile(bytes, 'a.stl');
    expect(Buffer.from(a.sites.positions.buffer).equals(Buffer.from(b.sites.positions.buffer))).toBe(true);
    expect(Buffer.from(a.vertexSite.buffer).equals(Buffer.from(b.vertexSite.buffer))).toBe(true);
  });

  it('drops a few NaN triangles from a large mesh and says so', async () => {
    const mesh = await closedTooth();
    const bytes = toBinaryStl(mesh);
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    dv.setFloat32(84 + 12, Number.NaN, true); // first vertex of the first triangle
    const m = await loadModelFile(bytes, 'one-nan.stl');
    expect(m.info.message).toMatch(/1 invalid triangles dropped/);
    expect(m.info.triangles).toBe(mesh.indices.length / 3 - 1);
  });
});

/** A binary STL of `n` triangles from explicit coordinates (9 per triangle). */
function rawStl(coords: number[], declared?: number): Uint8Array {
  const n = coords.length / 9;
  const bytes = new Uint8Array(84 + 50 * n);
  const dv = new DataView(bytes.buffer);
  dv.setUint32(80, declared ?? n, true);
  for (let t = 0; t < n; t++) {
    for (let k = 0; k < 9; k++) dv.setFloat32(84 + 50 * t + 12 + 4 * k, coords[9 * t + k]!, true);
  }
  return bytes;
}

describe('loadModelFile: bad input gives one clear message', () => {
  it('empty file', async () => {
    const err = await rejection(loadModelFile(new Uint8Array(0), 'empty.stl'));
    expect(err.code).toBe('empty');
    expect(err.message).toContain('empty.stl');
  });

  it('truncated binary STL', async () => {
    const full = toBinaryStl(await closedTooth());
    const err = await rejection(loadModelFile(full.subarray(0, full.length - 777), 'cut.stl'));
    expect(err.code).toBe('truncated');
  });

  it('truncated ASCII STL', async () => {
    const full = toAsciiStl(await closedTooth());
    const err = await rejection(loadModelFile(full.subarray(0, Math.floor(full.length / 2)), 'cut.stl'));
    expect(err.code).toBe('truncated');
  });

  it('truncated GLB, PLY and OBJ', async () => {
    const mesh = await closedTooth();
    const glb = await toGlb(mesh);
    expect((await rejection(loadModelFile(glb.subarray(0, glb.length >> 1), 'cut.glb'))).code).toBe(
      'truncated',
    );
    const ply = toPly(mesh, true);
    expect((await rejection(loadModelFile(ply.subarray(0, ply.length >> 1), 'cut.ply'))).code).toBe(
      'truncated',
    );
    const plyA = toPly(mesh, false);
    expect((await rejection(loadModelFile(plyA.subarray(0, plyA.length >> 2), 'cut-ascii.ply'))).code).toBe(
      'truncated',
    );
    // An OBJ cut inside its vertex list keeps no faces.
    const obj = toObj(mesh);
    const cut = new TextDecoder().decode(obj).indexOf('\nf ');
    expect((await rejection(loadModelFile(obj.subarray(0, cut - 1000), 'cut.obj'))).code).toBe('not-a-mesh');
  });

  it('corrupt files', async () => {
    const glb = await toGlb(await closedTooth());
    const broken = Uint8Array.from(glb);
    broken.fill(0x7b, 20, 60); // scramble the JSON chunk
    expect((await rejection(loadModelFile(broken, 'broken.glb'))).code).toBe('corrupt');
    const badJson = new TextEncoder().encode('{"asset": {"version": "2.0"}, "meshes": [');
    expect((await rejection(loadModelFile(badJson, 'broken.gltf'))).code).toBe('corrupt');
    const ply = new TextEncoder().encode('ply\nelement vertex -3\nend_header\n');
    expect((await rejection(loadModelFile(ply, 'broken.ply'))).code).toBe('corrupt');
    // Faces that point past the vertex list.
    const objBadIndex = new TextEncoder().encode('v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 9\nf 7 8 9\n');
    const e = await rejection(loadModelFile(objBadIndex, 'bad-index.obj'));
    expect(e.code).toBe('corrupt');
    // Random bytes named .stl: the declared triangle count does not match the file.
    const noise = new Uint8Array(5000);
    let s = 12345;
    for (let i = 0; i < noise.length; i++) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      noise[i] = s >>> 24;
    }
    const err = await rejection(loadModelFile(noise, 'noise.stl'));
    expect(['truncated', 'too-large', 'corrupt']).toContain(err.code);
  });

  it('NaN-filled file', async () => {
    const nan = Number.NaN;
    const err = await rejection(loadModelFile(rawStl(Array(9 * 50).fill(nan)), 'nan.stl'));
    expect(err.code).toBe('non-finite');
    const inf = await rejection(
      loadModelFile(rawStl(Array(9 * 50).fill(Number.POSITIVE_INFINITY)), 'inf.stl'),
    );
    expect(inf.code).toBe('non-finite');
  });

  it('degenerate file: every face has zero area', async () => {
    const coords: number[] = [];
    for (let t = 0; t < 40; t++) coords.push(t, 0, 0, t + 1, 0, 0, t + 2, 0, 0); // collinear
    expect((await rejection(loadModelFile(rawStl(coords), 'flat.stl'))).code).toBe('degenerate');
    const points = Array(9 * 30).fill(3.5); // every vertex the same point
    expect((await rejection(loadModelFile(rawStl(points), 'point.stl'))).code).toBe('degenerate');
  });

  it('absurdly large file or triangle count', async () => {
    // Zero-filled memory is not touched until written, so this costs little.
    const huge = new Uint8Array(MAX_FILE_BYTES + 1);
    const err = await rejection(loadModelFile(huge, 'huge.stl'));
    expect(err.code).toBe('too-large');
    const header = rawStl([0, 0, 0, 1, 0, 0, 0, 1, 0], 400_000_000);
    expect((await rejection(loadModelFile(header, 'claims.stl'))).code).toBe('too-large');
  });

  it('files that are not meshes', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(200).fill(0)]);
    const e1 = await rejection(loadModelFile(png, 'photo.stl'));
    expect(e1.code).toBe('not-a-mesh');
    expect(e1.message).toMatch(/PNG/);
    const text = new TextEncoder().encode('Dear patient,\nyour appointment is on Monday.\n');
    expect((await rejection(loadModelFile(text, 'letter.txt'))).code).toBe('not-a-mesh');
    expect((await rejection(loadModelFile(text, 'letter.obj'))).code).toBe('not-a-mesh');
    const pointCloud = new TextEncoder().encode('v 0 0 0\nv 1 0 0\nv 0 1 0\n');
    expect((await rejection(loadModelFile(pointCloud, 'points.obj'))).code).toBe('not-a-mesh');
    const plyPoints = new TextEncoder().encode(
      'ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nproperty float y\nproperty float z\nend_header\n0 0 0\n1 0 0\n0 1 0\n',
    );
    expect((await rejection(loadModelFile(plyPoints, 'points.ply'))).code).toBe('not-a-mesh');
    const json = new TextEncoder().encode('{"name": "not a model"}');
    expect(['not-a-mesh', 'corrupt']).toContain((await rejection(loadModelFile(json, 'data.json'))).code);
  });

  it('a glTF whose data lives in another file', async () => {
    const json = new TextEncoder().encode(
      JSON.stringify({ asset: { version: '2.0' }, buffers: [{ uri: 'tooth.bin', byteLength: 36 }] }),
    );
    const err = await rejection(loadModelFile(json, 'split.gltf'));
    expect(err.code).toBe('unsupported');
    expect(err.message).toContain('tooth.bin');
  });
});
