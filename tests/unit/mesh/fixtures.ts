// Test fixtures: tooth-shaped meshes taken from the generated molar, moved, turned and rescaled like real
// scans, and written in every supported format with three's exporters and @gltf-transform.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, WebIO } from '@gltf-transform/core';
import { BufferAttribute, BufferGeometry, Matrix4, Mesh, MeshStandardMaterial, Vector3 } from 'three';
import { OBJExporter } from 'three/examples/jsm/exporters/OBJExporter.js';
import { PLYExporter } from 'three/examples/jsm/exporters/PLYExporter.js';
import { STLExporter } from 'three/examples/jsm/exporters/STLExporter.js';
import { loadMolar, type ToothModel } from '../../../renderer/mesh';

export const MOLAR_GLB = fileURLToPath(new URL('../../../models/molar.glb', import.meta.url));

let molar: Promise<ToothModel> | null = null;
/** The committed molar, loaded once per test file. */
export function molarModel(): Promise<ToothModel> {
  molar ??= readFile(MOLAR_GLB).then((b) => loadMolar(b));
  return molar;
}

export interface SimpleMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

/** The molar's dentin: a closed tooth surface with crown and two roots (about 9.5 × 19 × 9 mm). */
export async function closedTooth(): Promise<SimpleMesh> {
  const m = await molarModel();
  const d = m.layers.find((l) => l.name === 'dentin')!;
  return { positions: Float32Array.from(d.positions), indices: Uint32Array.from(d.indices) };
}

/** The molar's outer enamel only: an open crown ending at the cervical line, like an intraoral scan. */
export async function openCrown(): Promise<SimpleMesh> {
  const m = await molarModel();
  const e = m.layers.find((l) => l.name === 'enamel')!;
  // Outer-surface triangles: all three vertices among the outer vertices (the sites' own vertices come first).
  const outerCount = m.sites.count; // the molar's sites are exactly its outer vertices
  const tris: number[] = [];
  for (let i = 0; i < e.indices.length; i += 3) {
    if (e.indices[i]! < outerCount && e.indices[i + 1]! < outerCount && e.indices[i + 2]! < outerCount) {
      tris.push(e.indices[i]!, e.indices[i + 1]!, e.indices[i + 2]!);
    }
  }
  return {
    positions: Float32Array.from(e.positions.subarray(0, outerCount * 3)),
    indices: Uint32Array.from(tris),
  };
}

/** Apply a rotation (about an axis, radians), a scale and a translation to a copy of the mesh. */
export function transformed(
  mesh: SimpleMesh,
  opts: {
    axis?: [number, number, number];
    angle?: number;
    scale?: number;
    offset?: [number, number, number];
  },
): SimpleMesh {
  const m = new Matrix4();
  if (opts.axis && opts.angle) m.makeRotationAxis(new Vector3(...opts.axis).normalize(), opts.angle);
  const s = opts.scale ?? 1;
  const [ox, oy, oz] = opts.offset ?? [0, 0, 0];
  const out = new Float32Array(mesh.positions.length);
  const v = new Vector3();
  for (let i = 0; i < out.length; i += 3) {
    v.set(mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!).applyMatrix4(m);
    out[i] = v.x * s + ox;
    out[i + 1] = v.y * s + oy;
    out[i + 2] = v.z * s + oz;
  }
  return { positions: out, indices: mesh.indices };
}

function threeMesh(mesh: SimpleMesh): Mesh {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(mesh.positions, 3));
  g.setIndex(new BufferAttribute(mesh.indices, 1));
  g.computeVertexNormals();
  return new Mesh(g, new MeshStandardMaterial());
}

export function toBinaryStl(mesh: SimpleMesh): Uint8Array {
  const dv = new STLExporter().parse(threeMesh(mesh), { binary: true }) as DataView;
  return new Uint8Array(dv.buffer, dv.byteOffset, dv.byteLength);
}

export function toAsciiStl(mesh: SimpleMesh): Uint8Array {
  return new TextEncoder().encode(new STLExporter().parse(threeMesh(mesh)) as string);
}

export function toObj(mesh: SimpleMesh): Uint8Array {
  return new TextEncoder().encode(new OBJExporter().parse(threeMesh(mesh)));
}

export function toPly(mesh: SimpleMesh, binary: boolean): Uint8Array {
  // No callback: the exporter returns its result directly (a callback would wait for an animation frame).
  const out = new PLYExporter().parse(threeMesh(mesh), undefined as never, { binary, littleEndian: true });
  if (typeof out === 'string') return new TextEncoder().encode(out);
  return new Uint8Array(out as ArrayBuffer);
}

function gltfDocument(mesh: SimpleMesh, nodeTranslation?: [number, number, number]): Document {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(mesh.positions).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(mesh.indices).setBuffer(buffer));
  const node = doc.createNode('scan').setMesh(doc.createMesh('scan').addPrimitive(prim));
  if (nodeTranslation) node.setTranslation(nodeTranslation);
  doc.createScene('scene').addChild(node);
  return doc;
}

export async function toGlb(
  mesh: SimpleMesh,
  nodeTranslation?: [number, number, number],
): Promise<Uint8Array> {
  return new WebIO().writeBinary(gltfDocument(mesh, nodeTranslation));
}

/** A self-contained .gltf: JSON with the binary buffer embedded as a data URI. */
export async function toGltf(mesh: SimpleMesh): Promise<Uint8Array> {
  const { json, resources } = await new WebIO().writeJSON(gltfDocument(mesh), { format: 'GLTF' as never });
  for (const b of json.buffers ?? []) {
    const data = resources[b.uri!]!;
    b.uri = `data:application/octet-stream;base64,${Buffer.from(data).toString('base64')}`;
  }
  return new TextEncoder().encode(JSON.stringify(json));
}

/** A scratch directory for fixture files; files written there are read back as a user's file would be. */
export async function withTempDir<T>(
  fn: (put: (name: string, bytes: Uint8Array) => Promise<Uint8Array>) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tooth-mesh-'));
  try {
    return await fn(async (name, bytes) => {
      const file = path.join(dir, name);
      await writeFile(file, bytes);
      return new Uint8Array(await readFile(file));
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Axis-aligned extents of a layer's vertices. */
export function extents(positions: Float32Array): { min: number[]; max: number[]; size: number[] } {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      const v = positions[i + k]!;
      if (v < min[k]!) min[k] = v;
      if (v > max[k]!) max[k] = v;
    }
  }
  return { min, max, size: [max[0]! - min[0]!, max[1]! - min[1]!, max[2]! - min[2]!] };
}

/** Mean squared distance from the vertical axis of the vertices in a height band (a measure of width). */
export function spreadInBand(positions: Float32Array, y0: number, y1: number): number {
  let s = 0;
  let n = 0;
  let cx = 0;
  let cz = 0;
  for (let i = 0; i < positions.length; i += 3) {
    cx += positions[i]!;
    cz += positions[i + 2]!;
  }
  cx /= positions.length / 3;
  cz /= positions.length / 3;
  for (let i = 0; i < positions.length; i += 3) {
    const y = positions[i + 1]!;
    if (y >= y0 && y <= y1) {
      s += (positions[i]! - cx) ** 2 + (positions[i + 2]! - cz) ** 2;
      n++;
    }
  }
  return n ? s / n : 0;
}
