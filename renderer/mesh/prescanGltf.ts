// Pre-scan of a glTF or GLB file: every size the JSON claims is checked against the bytes that exist, and the
// triangle limit is applied, before anything is decoded.
//
// Why not leave this to @gltf-transform/core: its reader trusts the JSON. It allocates each accessor's array
// from the claimed count (count × element size, zero-filled when the accessor has no data, or element by element
// for a strided view) before anything compares that claim with the buffers, so 241 bytes of JSON can demand
// gigabytes. Checking the claims here costs a walk over the JSON and allocates nothing in proportion to them.
import { assertTriangleLimit, MAX_FILE_BYTES, MeshLoadError, type MeshLoadErrorCode } from './types';

/** The parts of a glTF document the scan reads; anything else is left to the reader. */
type Json = Record<string, unknown>;

export interface GltfPrescan {
  /** The parsed JSON (for a .gltf, handed to the reader as is; a GLB is read from its bytes). */
  json: Json;
  /** Triangles the file's scene would produce, counted from the accessors' claims. */
  triangles: number;
}

const COMPONENT_BYTES: Record<number, number> = { 5120: 1, 5121: 1, 5122: 2, 5123: 2, 5125: 4, 5126: 4 };
const TYPE_SIZES: Record<string, number> = {
  SCALAR: 1,
  VEC2: 2,
  VEC3: 3,
  VEC4: 4,
  MAT2: 4,
  MAT3: 9,
  MAT4: 16,
};
/** Deeper node trees than this are refused (the reader walks them recursively). */
const MAX_NODE_DEPTH = 256;
/**
 * Decoded accessor data may exceed the file's size only by this much: data read from the file's own bytes is
 * at most the file's size (accessors rarely share bytes); the rest is zero-filled arrays for sparse updates.
 */
const DECODE_SLACK_BYTES = 128 * 1024 * 1024;

const GLB_JSON = 0x4e4f534a;
const GLB_BIN = 0x004e4942;

function fail(code: MeshLoadErrorCode, message: string): never {
  throw new MeshLoadError(code, message);
}

function sizeText(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 2 ** 53;
}

/** Decoded size of a data: URI, from its length alone (base64 is 4 characters for 3 bytes). */
function dataUriBytes(uri: string): number {
  const comma = uri.indexOf(',');
  if (comma < 0) return 0;
  const payload = uri.length - comma - 1;
  if (!/;base64$/i.test(uri.slice(0, comma))) return payload;
  let pad = 0;
  if (uri.endsWith('==')) pad = 2;
  else if (uri.endsWith('=')) pad = 1;
  return Math.max(0, Math.floor((payload * 3) / 4) - pad);
}

/** Split a GLB into its JSON text and the length of its binary chunk, checking each chunk lies in the file. */
function readGlbChunks(bytes: Uint8Array): { jsonBytes: Uint8Array; binLength: number } {
  if (bytes.length < 20) fail('truncated', 'This GLB file is too short: it is truncated.');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = dv.getUint32(4, true);
  if (version !== 2) {
    fail('unsupported', `This GLB file is glTF version ${version}: export it as glTF 2.0.`);
  }
  const declared = dv.getUint32(8, true);
  if (declared > bytes.length) {
    fail('truncated', 'This GLB file is shorter than its header says: it is truncated.');
  }
  const jsonLength = dv.getUint32(12, true);
  if (dv.getUint32(16, true) !== GLB_JSON)
    fail('corrupt', 'This GLB file is damaged: its description is missing.');
  if (20 + jsonLength > declared) {
    fail('truncated', 'This GLB file is shorter than its description says: it is truncated.');
  }
  let binLength = 0;
  const binAt = 20 + jsonLength + ((4 - (jsonLength % 4)) % 4);
  if (binAt + 8 <= declared && dv.getUint32(binAt + 4, true) === GLB_BIN) {
    binLength = dv.getUint32(binAt, true);
    if (binAt + 8 + binLength > declared) {
      fail('truncated', 'This GLB file is shorter than its data block says: it is truncated.');
    }
  }
  return { jsonBytes: bytes.subarray(20, 20 + jsonLength), binLength };
}

function list(json: Json, key: string, what: string): Json[] {
  const v = json[key];
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every(isObject))
    fail('corrupt', `This ${what} file is damaged: its ${key} are malformed.`);
  return v as Json[];
}

/** Check a glTF (`format` 'gltf') or GLB file's claims against its bytes; throws MeshLoadError on the first lie. */
export function prescanGltf(bytes: Uint8Array, format: 'glb' | 'gltf'): GltfPrescan {
  const what = format === 'glb' ? 'GLB' : 'glTF';
  const damaged = (detail: string): never => fail('corrupt', `This ${what} file is damaged: ${detail}.`);
  let jsonBytes = bytes;
  let binLength = 0;
  if (format === 'glb') ({ jsonBytes, binLength } = readGlbChunks(bytes));
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: false }).decode(jsonBytes));
  } catch {
    fail('corrupt', `This ${what} file is not valid JSON: it is truncated or damaged.`);
  }
  if (!isObject(json) || !isObject(json.asset)) {
    return damaged('it has no glTF description (“asset”)');
  }
  const required = json.extensionsRequired;
  if (Array.isArray(required) && required.length > 0) {
    fail(
      'unsupported',
      `This glTF needs the extension ${String(required[0])}, which is not supported: export it without compression.`,
    );
  }

  // Buffers: the bytes that really exist behind each one.
  const buffers = list(json, 'buffers', what);
  const bufferBytes = buffers.map((b, i) => {
    const uri = b.uri;
    if (uri === undefined) return format === 'glb' && i === 0 ? binLength : 0;
    if (typeof uri !== 'string') return damaged('a buffer has a malformed address');
    if (uri.startsWith('data:')) return dataUriBytes(uri);
    return fail(
      'unsupported',
      `This glTF keeps its data in a separate file (“${uri}”): open the .glb version instead.`,
    );
  });

  const views = list(json, 'bufferViews', what);
  const viewBytes = views.map((v) => {
    const buffer = v.buffer;
    const offset = v.byteOffset ?? 0;
    const length = v.byteLength;
    if (!isCount(buffer) || buffer >= buffers.length || !isCount(offset) || !isCount(length)) {
      return damaged('a block of its data is described wrongly');
    }
    if (v.byteStride !== undefined && !(isCount(v.byteStride) && v.byteStride >= 4 && v.byteStride <= 252)) {
      return damaged('a block of its data has an impossible stride');
    }
    if (offset + length > bufferBytes[buffer]!) {
      return fail(
        'truncated',
        `This ${what} file is truncated or damaged: a block of its data needs ${sizeText(offset + length)} but the file holds ${sizeText(bufferBytes[buffer]!)}.`,
      );
    }
    return length;
  });

  // What each accessor is for, to name it in a message.
  const meshes = list(json, 'meshes', what);
  const accessors = list(json, 'accessors', what);
  const role: string[] = accessors.map(() => 'values');
  const validAccessor = (a: unknown): a is number => isCount(a) && a < accessors.length;
  for (const mesh of meshes) {
    const prims = mesh.primitives;
    if (!Array.isArray(prims) || !prims.every(isObject)) return damaged('a mesh is malformed');
    for (const p of prims as Json[]) {
      if (!isObject(p.attributes)) return damaged('a mesh is malformed');
      for (const a of Object.values(p.attributes)) {
        if (!validAccessor(a)) return damaged('a mesh refers to data it does not have');
        role[a] = 'vertices';
      }
      if (p.indices !== undefined) {
        if (!validAccessor(p.indices)) return damaged('a mesh refers to data it does not have');
        role[p.indices] = 'triangle corners';
      }
    }
  }

  /** Bytes of `view` an array of `count` elements of `elementBytes` needs from `offset`, with the view's stride. */
  const checkExtent = (
    i: number,
    viewIndex: unknown,
    offset: unknown,
    count: number,
    elementBytes: number,
  ): void => {
    if (!isCount(viewIndex) || viewIndex >= views.length || !isCount(offset)) {
      damaged(`its ${role[i]} are described wrongly`);
      return;
    }
    if (count === 0) return;
    const stride = (views[viewIndex]!.byteStride as number | undefined) ?? elementBytes;
    if (count > 1 && stride < elementBytes) damaged(`its ${role[i]} overlap one another`);
    const need = offset + (count - 1) * stride + elementBytes;
    const have = viewBytes[viewIndex]!;
    if (need > have) {
      const fits =
        have >= offset + elementBytes ? Math.floor((have - offset - elementBytes) / stride) + 1 : 0;
      damaged(
        `it claims ${count.toLocaleString('en')} ${role[i]} but holds data for ${fits.toLocaleString('en')}`,
      );
    }
  };

  let decoded = 0;
  const counts = accessors.map((a, i) => {
    const componentBytes = COMPONENT_BYTES[a.componentType as number];
    const size = TYPE_SIZES[a.type as string];
    const count = a.count;
    if (componentBytes === undefined || size === undefined || !isCount(count)) {
      return damaged(`its ${role[i]} are described wrongly`);
    }
    const elementBytes = componentBytes * size;
    const sparse = a.sparse;
    if (a.bufferView !== undefined) checkExtent(i, a.bufferView, a.byteOffset ?? 0, count, elementBytes);
    else if (sparse === undefined && count > 0 && role[i] !== 'values') {
      damaged(`it claims ${count.toLocaleString('en')} ${role[i]} but holds no data for them`);
    }
    decoded += count * elementBytes;
    if (sparse !== undefined) {
      if (!isObject(sparse) || !isObject(sparse.indices) || !isObject(sparse.values)) {
        return damaged(`its ${role[i]} are described wrongly`);
      }
      const n = sparse.count;
      const indexBytes = COMPONENT_BYTES[sparse.indices.componentType as number];
      if (!isCount(n) || n > count || indexBytes === undefined)
        return damaged(`its ${role[i]} are described wrongly`);
      checkExtent(i, sparse.indices.bufferView, sparse.indices.byteOffset ?? 0, n, indexBytes);
      checkExtent(i, sparse.values.bufferView, sparse.values.byteOffset ?? 0, n, elementBytes);
      decoded += n * (indexBytes + elementBytes);
    }
    return count;
  });
  if (decoded > Math.min(bytes.length, MAX_FILE_BYTES) + DECODE_SLACK_BYTES) {
    damaged(`it claims ${sizeText(decoded)} of mesh data in a file of ${sizeText(bytes.length)}`);
  }

  // Triangles per mesh, from the claimed counts.
  const meshTriangles = meshes.map((mesh) => {
    let t = 0;
    for (const p of mesh.primitives as Json[]) {
      const position = (p.attributes as Json).POSITION;
      if (position === undefined) continue;
      const n = p.indices !== undefined ? counts[p.indices as number]! : counts[position as number]!;
      const mode = p.mode ?? 4;
      if (mode === 4) t += Math.floor(n / 3);
      else if (mode === 5 || mode === 6) t += Math.max(0, n - 2);
      else if (!(isCount(mode) && mode < 4)) damaged('a mesh has an unknown kind of primitive');
    }
    return t;
  });

  // Nodes: a tree (one parent each, no loops, not too deep); every node with a mesh adds its triangles.
  const nodes = list(json, 'nodes', what);
  const parent = new Int32Array(nodes.length).fill(-1);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.mesh !== undefined && !(isCount(node.mesh) && node.mesh < meshes.length)) {
      damaged('a node refers to a mesh it does not have');
    }
    const children = node.children ?? [];
    if (!Array.isArray(children)) return damaged('its node tree is malformed');
    for (const c of children) {
      if (!isCount(c) || c >= nodes.length || parent[c] !== -1 || c === i)
        damaged('its node tree is malformed');
      parent[c as number] = i;
    }
  }
  let triangles = 0;
  const depth = new Int32Array(nodes.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < nodes.length; i++) if (parent[i] === -1) stack.push(i);
  for (const i of stack) depth[i] = 0;
  let visited = 0;
  while (stack.length > 0) {
    const i = stack.pop()!;
    visited++;
    if (depth[i]! > MAX_NODE_DEPTH) damaged(`its node tree is more than ${MAX_NODE_DEPTH} levels deep`);
    const node = nodes[i]!;
    if (node.mesh !== undefined) triangles += meshTriangles[node.mesh as number]!;
    for (const c of (node.children ?? []) as number[]) {
      depth[c] = depth[i]! + 1;
      stack.push(c);
    }
  }
  if (visited < nodes.length) damaged('its node tree loops back on itself');
  for (const scene of list(json, 'scenes', what)) {
    const roots: unknown = scene.nodes ?? [];
    if (!Array.isArray(roots) || !roots.every((r) => isCount(r) && r < nodes.length && parent[r] === -1)) {
      return damaged('a scene refers to nodes it does not have');
    }
    if (new Set(roots).size !== roots.length) damaged('a scene lists a node twice');
  }
  assertTriangleLimit(triangles, what);
  return { json, triangles };
}
