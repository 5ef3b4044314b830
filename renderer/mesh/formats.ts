// Reading mesh files: recognise the format from content and name, then parse with three's loaders
// (STL, OBJ, PLY) or @gltf-transform/core (glTF, GLB). No DOM: the loaders used here parse ArrayBuffers and
// strings only, so this runs in a worker and in Node alike. Each failure becomes a MeshLoadError.
import { type Accessor, Logger, type Node as GltfNode, type Primitive, WebIO } from '@gltf-transform/core';
import { type BufferGeometry, Matrix4, Mesh, Vector3 } from 'three';
import { OBJLoader } from 'three/examples/jsm/loaders/OBJLoader.js';
import { PLYLoader } from 'three/examples/jsm/loaders/PLYLoader.js';
import { STLLoader } from 'three/examples/jsm/loaders/STLLoader.js';
import { readLandmarks } from './landmarks';
import { prescanObj, prescanPly } from './prescan';
import { prescanGltf } from './prescanGltf';
import { assertTriangleLimit, type Landmark, MeshLoadError } from './types';

export type MeshFormat = 'stl' | 'obj' | 'ply' | 'glb' | 'gltf';

/** A parsed part: positions in file units, triangles (null means a triangle soup: every 3 vertices). */
export interface RawPart {
  name: string;
  positions: Float32Array;
  indices: Uint32Array | null;
  normals?: Float32Array;
  thickness?: Float32Array;
  outerVertexCount?: number;
}

export interface RawMesh {
  format: MeshFormat;
  parts: RawPart[];
  /** Units the file states (our generated molar says 'mm'); undefined when unknown. */
  statedUnits?: 'mm';
  /** True for the generated layered molar (enamel, dentin, pulp meshes with enamel thickness). */
  layered: boolean;
  /** Anatomy landmarks the file states (the generated molar's), in file units and frame. */
  landmarks?: Landmark[];
}

const FORMAT_NAMES: Record<MeshFormat, string> = {
  stl: 'STL',
  obj: 'OBJ',
  ply: 'PLY',
  glb: 'GLB',
  gltf: 'glTF',
};

function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return m ? m[1]!.toLowerCase() : '';
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  const e = Math.min(end, bytes.length);
  for (let i = start; i < e; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** Magic numbers of common files that are not meshes, to say what the file is instead. */
function knownNonMesh(bytes: Uint8Array): string | null {
  const head = ascii(bytes, 0, 16);
  if (head.startsWith('\x89PNG')) return 'a PNG image';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'a JPEG image';
  if (head.startsWith('%PDF')) return 'a PDF document';
  if (head.startsWith('PK\x03\x04')) return 'a ZIP archive';
  if (head.startsWith('GIF8')) return 'a GIF image';
  if (head.startsWith('DICM') || ascii(bytes, 128, 132) === 'DICM')
    return 'a DICOM image (export a surface mesh first)';
  return null;
}

function looksLikeAsciiStl(bytes: Uint8Array): boolean {
  const head = ascii(bytes, 0, 1024).replace(/^\uFEFF|^[\s\xEF\xBB\xBF]+/, '');
  return /^solid\b/i.test(head) && /facet|endsolid/i.test(ascii(bytes, 0, 4096));
}

function binaryStlFits(bytes: Uint8Array): boolean {
  if (bytes.length < 84) return false;
  const n = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(80, true);
  return 84 + n * 50 === bytes.length;
}

/** Decide the format from the content first (magic numbers), then from the file name. */
export function detectFormat(bytes: Uint8Array, fileName: string): MeshFormat {
  const head = ascii(bytes, 0, 64);
  if (head.startsWith('glTF')) return 'glb';
  if (/^ply\s/.test(head)) return 'ply';
  if (binaryStlFits(bytes) || looksLikeAsciiStl(bytes)) return 'stl';
  const other = knownNonMesh(bytes);
  if (other)
    throw new MeshLoadError(
      'not-a-mesh',
      `This file is ${other}, not a 3D mesh (STL, OBJ, PLY, glTF or GLB).`,
    );
  const ext = extensionOf(fileName);
  if (ext === 'stl' || ext === 'obj' || ext === 'ply' || ext === 'glb' || ext === 'gltf') return ext;
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{') && ascii(bytes, 0, 4096).includes('"asset"')) return 'gltf';
  if (/^(#.*\n|\s)*(v|vn|vt|o|g|mtllib)\s/m.test(ascii(bytes, 0, 4096))) return 'obj';
  throw new MeshLoadError(
    'not-a-mesh',
    `“${fileName}” is not a mesh this app can read: open an STL, OBJ, PLY, glTF or GLB file.`,
  );
}

function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  if (
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
  ) {
    return bytes.buffer;
  }
  return bytes.slice().buffer as ArrayBuffer;
}

function partFromGeometry(name: string, g: BufferGeometry): RawPart | null {
  const pos = g.getAttribute('position');
  if (!pos || pos.count === 0) return null;
  let positions: Float32Array;
  if (pos.array instanceof Float32Array && pos.itemSize === 3 && !('isInterleavedBufferAttribute' in pos)) {
    positions = pos.array;
  } else {
    positions = new Float32Array(pos.count * 3);
    for (let i = 0; i < pos.count; i++) {
      positions[3 * i] = pos.getX(i);
      positions[3 * i + 1] = pos.getY(i);
      positions[3 * i + 2] = pos.getZ(i);
    }
  }
  const index = g.getIndex();
  const indices = index ? Uint32Array.from(index.array) : null;
  return { name, positions, indices };
}

function parseStl(bytes: Uint8Array): RawPart[] {
  const loader = new STLLoader();
  if (bytes.length >= 84 && !looksLikeAsciiStl(bytes)) {
    const n = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(80, true);
    assertTriangleLimit(n, 'STL', true);
    const need = 84 + n * 50;
    if (n === 0) throw new MeshLoadError('not-a-mesh', 'This STL file contains no triangles.');
    if (bytes.length < need) {
      const have = Math.max(0, Math.floor((bytes.length - 84) / 50));
      throw new MeshLoadError(
        'truncated',
        `This STL file is truncated or damaged: it declares ${n.toLocaleString('en')} triangles but holds ${have.toLocaleString('en')}.`,
      );
    }
    // Some exporters pad the end of the file: read exactly the declared triangles.
    const exact = bytes.length === need ? bytes : bytes.subarray(0, need);
    const g = loader.parse(toArrayBuffer(exact));
    const part = partFromGeometry('stl', g);
    return part ? [part] : [];
  }
  if (bytes.length < 84 && !looksLikeAsciiStl(bytes)) {
    throw new MeshLoadError(
      'truncated',
      'This STL file is too short to hold a mesh: it is truncated or damaged.',
    );
  }
  const text = decodeText(bytes);
  if (!/endsolid/i.test(text)) {
    throw new MeshLoadError('truncated', 'This ASCII STL file ends before “endsolid”: it is truncated.');
  }
  const g = loader.parse(text);
  const part = partFromGeometry('stl', g);
  return part ? [part] : [];
}

function parseObj(bytes: Uint8Array): RawPart[] {
  prescanObj(bytes);
  const text = decodeText(bytes);
  if (!/^\s*v\s/m.test(text)) throw new MeshLoadError('not-a-mesh', 'This OBJ file has no vertices.');
  if (!/^\s*f\s/m.test(text)) {
    throw new MeshLoadError(
      'not-a-mesh',
      'This OBJ file has no faces: a surface mesh is needed, not a point cloud.',
    );
  }
  const group = new OBJLoader().parse(text);
  const parts: RawPart[] = [];
  group.updateMatrixWorld(true);
  group.traverse((o) => {
    if (o instanceof Mesh) {
      const part = partFromGeometry(o.name || 'obj', o.geometry as BufferGeometry);
      if (part) parts.push(part);
    }
  });
  // The OBJ reader turns a face index past the vertex list into NaN coordinates: name the real fault.
  // (A few such faces are dropped later, like any invalid triangle; most of them means a damaged file.)
  let nan = 0;
  let total = 0;
  for (const p of parts) {
    total += p.positions.length;
    for (let i = 0; i < p.positions.length; i++) if (Number.isNaN(p.positions[i]!)) nan++;
  }
  if (nan > 0.5 * total && !/\b(nan|inf)/i.test(text)) {
    throw new MeshLoadError(
      'corrupt',
      'This OBJ file is damaged: its faces refer to vertices it does not have.',
    );
  }
  return parts;
}

function parsePly(bytes: Uint8Array): RawPart[] {
  const h = prescanPly(bytes);
  if (h.vertices === 0) throw new MeshLoadError('not-a-mesh', 'This PLY file has no vertices.');
  if (h.faces === 0) {
    throw new MeshLoadError('not-a-mesh', 'This PLY file has points but no faces: a surface mesh is needed.');
  }
  let g: BufferGeometry;
  try {
    g = new PLYLoader().parse(toArrayBuffer(bytes));
  } catch {
    throw new MeshLoadError('truncated', 'This PLY file ends early or is damaged.');
  }
  const pos = g.getAttribute('position');
  if (!pos || pos.count < h.vertices) {
    throw new MeshLoadError(
      'truncated',
      'This PLY file holds fewer vertices than its header says: it is truncated.',
    );
  }
  const index = g.getIndex();
  if (!index || index.count === 0)
    throw new MeshLoadError('truncated', 'This PLY file lost its faces: it is truncated.');
  const part = partFromGeometry('ply', g);
  return part ? [part] : [];
}

function readAccessorVec3(acc: Accessor): Float32Array {
  const n = acc.getCount();
  const arr = acc.getArray();
  if (arr instanceof Float32Array && acc.getElementSize() === 3 && !acc.getNormalized())
    return Float32Array.from(arr);
  const out = new Float32Array(n * 3);
  const el = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    acc.getElement(i, el);
    out[3 * i] = el[0]!;
    out[3 * i + 1] = el[1]!;
    out[3 * i + 2] = el[2]!;
  }
  return out;
}

function readAccessorScalar(acc: Accessor): Float32Array {
  const n = acc.getCount();
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = acc.getScalar(i);
  return out;
}

function triangleIndices(prim: Primitive, vertexCount: number): Uint32Array | null {
  const mode = prim.getMode();
  const idxAcc = prim.getIndices();
  const idx = idxAcc ? Uint32Array.from(idxAcc.getArray() as ArrayLike<number>) : null;
  const get = (i: number): number => (idx ? idx[i]! : i);
  const count = idx ? idx.length : vertexCount;
  if (mode === 4) return idx;
  if (mode === 5 || mode === 6) {
    const tris = Math.max(0, count - 2);
    const out = new Uint32Array(tris * 3);
    for (let i = 0; i < tris; i++) {
      if (mode === 5) {
        const even = i % 2 === 0;
        out[3 * i] = get(i);
        out[3 * i + 1] = get(even ? i + 1 : i + 2);
        out[3 * i + 2] = get(even ? i + 2 : i + 1);
      } else {
        out[3 * i] = get(0);
        out[3 * i + 1] = get(i + 1);
        out[3 * i + 2] = get(i + 2);
      }
    }
    return out;
  }
  return new Uint32Array(0); // points or lines: no triangles
}

async function parseGltf(bytes: Uint8Array, format: 'glb' | 'gltf'): Promise<RawMesh> {
  const io = new WebIO();
  io.setLogger(new Logger(Logger.Verbosity.SILENT));
  // Every claim of the JSON is checked against the bytes before the reader allocates anything for it.
  const { json } = prescanGltf(bytes, format);
  let doc: Awaited<ReturnType<WebIO['readBinary']>>;
  try {
    doc =
      format === 'glb'
        ? await io.readBinary(bytes)
        : await io.readJSON({ json: json as never, resources: {} });
  } catch (e) {
    if (e instanceof MeshLoadError) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    const ext = /Missing required extension, "([^"]+)"/.exec(msg);
    if (ext) {
      throw new MeshLoadError(
        'unsupported',
        `This glTF needs the extension ${ext[1]}, which is not supported: export it without compression.`,
      );
    }
    throw new MeshLoadError('corrupt', `This ${FORMAT_NAMES[format]} file is damaged and cannot be read.`);
  }

  const root = doc.getRoot();
  const parts: RawPart[] = [];
  const m = new Matrix4();
  const v = new Vector3();
  const visit = (node: GltfNode): void => {
    const mesh = node.getMesh();
    if (mesh) {
      m.fromArray(node.getWorldMatrix());
      const identity = m.equals(new Matrix4());
      const outer = (mesh.getExtras() as { outerVertexCount?: unknown }).outerVertexCount;
      for (const prim of mesh.listPrimitives()) {
        const posAcc = prim.getAttribute('POSITION');
        if (!posAcc) continue;
        const positions = readAccessorVec3(posAcc);
        const indices = triangleIndices(prim, posAcc.getCount());
        if (indices && indices.length === 0) continue;
        if (!identity) {
          for (let i = 0; i < positions.length; i += 3) {
            v.set(positions[i]!, positions[i + 1]!, positions[i + 2]!).applyMatrix4(m);
            positions[i] = v.x;
            positions[i + 1] = v.y;
            positions[i + 2] = v.z;
          }
        }
        const nAcc = prim.getAttribute('NORMAL');
        const tAcc = prim.getAttribute('_THICKNESS');
        const part: RawPart = { name: mesh.getName() || node.getName() || 'mesh', positions, indices };
        if (nAcc && identity) part.normals = readAccessorVec3(nAcc);
        if (tAcc) part.thickness = readAccessorScalar(tAcc);
        if (typeof outer === 'number' && Number.isInteger(outer)) part.outerVertexCount = outer;
        parts.push(part);
      }
    }
    for (const child of node.listChildren()) visit(child);
  };
  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  if (scene) for (const node of scene.listChildren()) visit(node);
  else for (const node of root.listNodes()) if (!node.getParentNode()) visit(node);

  const extras = root.getExtras() as { toothRebirth?: { units?: unknown; landmarks?: unknown } };
  const names = parts.map((p) => p.name);
  const layered =
    parts.length === 3 &&
    names.includes('enamel') &&
    names.includes('dentin') &&
    names.includes('pulp') &&
    !!parts.find((p) => p.name === 'enamel')?.thickness;
  return {
    format,
    parts,
    layered,
    statedUnits: extras.toothRebirth?.units === 'mm' ? 'mm' : undefined,
    landmarks: readLandmarks(extras.toothRebirth?.landmarks),
  };
}

/** Parse the bytes of a mesh file into parts in file units. */
export async function parseMeshFile(bytes: Uint8Array, fileName: string): Promise<RawMesh> {
  const format = detectFormat(bytes, fileName);
  if (format === 'glb' || format === 'gltf') return parseGltf(bytes, format);
  let parts: RawPart[];
  try {
    parts = format === 'stl' ? parseStl(bytes) : format === 'obj' ? parseObj(bytes) : parsePly(bytes);
  } catch (e) {
    if (e instanceof MeshLoadError) throw e;
    throw new MeshLoadError('corrupt', `This ${FORMAT_NAMES[format]} file is damaged and cannot be read.`);
  }
  return { format, parts, layered: false };
}

export function formatName(format: MeshFormat): string {
  return FORMAT_NAMES[format];
}
