// Hostile mesh files, built in memory: small files whose headers or JSON claim far more than they hold, or
// whose faces would fan into millions of triangles. Each must be refused before the loader allocates for it.
// Shared by the unit tests and tests/bench/hostileFiles.ts (which times them).
import type { MeshLoadErrorCode } from '../../../renderer/mesh';

export interface HostileFile {
  name: string;
  /** What the file pretends, for the benchmark's table. */
  what: string;
  bytes: () => Uint8Array;
  code: MeshLoadErrorCode;
  /** The refusal's message must match this (it names what is wrong, in the user's terms). */
  message: RegExp;
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A GLB of a JSON chunk and a binary chunk, each padded to 4 bytes as the format asks. */
export function glb(json: object, bin: Uint8Array = new Uint8Array(0)): Uint8Array {
  const j = text(JSON.stringify(json));
  const jLen = (j.length + 3) & ~3;
  const bLen = (bin.length + 3) & ~3;
  const total = 12 + 8 + jLen + (bin.length > 0 ? 8 + bLen : 0);
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  out.set(text('glTF'), 0);
  dv.setUint32(4, 2, true);
  dv.setUint32(8, total, true);
  dv.setUint32(12, jLen, true);
  dv.setUint32(16, 0x4e4f534a, true);
  out.fill(0x20, 20, 20 + jLen);
  out.set(j, 20);
  if (bin.length > 0) {
    dv.setUint32(20 + jLen, bLen, true);
    dv.setUint32(24 + jLen, 0x004e4942, true);
    out.set(bin, 28 + jLen);
  }
  return out;
}

/** One triangle's worth of float positions. */
const triangleBin = (): Uint8Array => new Uint8Array(Float32Array.from([0, 0, 0, 1, 0, 0, 0, 1, 0]).buffer);

const scene = { nodes: [{ mesh: 0 }], scenes: [{ nodes: [0] }], scene: 0 };

export const HOSTILE_FILES: HostileFile[] = [
  {
    name: 'no-buffer.gltf',
    what: 'glTF, 400 million vertices claimed, no buffer',
    bytes: () =>
      text(
        JSON.stringify({
          asset: { version: '2.0' },
          accessors: [{ componentType: 5126, type: 'VEC3', count: 400_000_000 }],
          meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
          ...scene,
        }),
      ),
    code: 'corrupt',
    message: /claims 400,000,000 vertices but holds no data/,
  },
  {
    name: 'overrun.glb',
    what: 'GLB, accessor of 3 million vertices over a 36-byte buffer',
    bytes: () =>
      glb(
        {
          asset: { version: '2.0' },
          buffers: [{ byteLength: 36 }],
          bufferViews: [{ buffer: 0, byteLength: 36 }],
          accessors: [{ bufferView: 0, componentType: 5126, type: 'VEC3', count: 3_000_000 }],
          meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
          ...scene,
        },
        triangleBin(),
      ),
    code: 'corrupt',
    message: /claims 3,000,000 vertices but holds data for 3\b/,
  },
  {
    name: 'strided.glb',
    what: 'GLB, buffer view longer than its buffer',
    bytes: () =>
      glb(
        {
          asset: { version: '2.0' },
          buffers: [{ byteLength: 36 }],
          bufferViews: [{ buffer: 0, byteLength: 1_000_000_000, byteStride: 12 }],
          accessors: [{ bufferView: 0, componentType: 5126, type: 'VEC3', count: 80_000_000 }],
          meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
          ...scene,
        },
        triangleBin(),
      ),
    code: 'truncated',
    message: /needs 1\.0 GB but the file holds 36 bytes/,
  },
  {
    name: 'sparse-strip.gltf',
    what: 'glTF, zero-filled index list of 21 million (7 million triangles)',
    bytes: () =>
      text(
        JSON.stringify({
          asset: { version: '2.0' },
          buffers: [{ byteLength: 40, uri: `data:application/octet-stream;base64,${'A'.repeat(56)}` }],
          bufferViews: [
            { buffer: 0, byteLength: 36 },
            { buffer: 0, byteOffset: 36, byteLength: 4 },
          ],
          accessors: [
            { bufferView: 0, componentType: 5126, type: 'VEC3', count: 3 },
            {
              componentType: 5121,
              type: 'SCALAR',
              count: 21_000_000,
              sparse: {
                count: 1,
                indices: { bufferView: 1, componentType: 5121 },
                values: { bufferView: 1, byteOffset: 1 },
              },
            },
          ],
          meshes: [{ primitives: [{ attributes: { POSITION: 0 }, indices: 1 }] }],
          ...scene,
        }),
      ),
    code: 'too-large',
    message: /7,000,000 triangles; the limit is 6,000,000/,
  },
  {
    name: 'long-polygon.obj',
    what: 'OBJ, one polygon of 3 million corners over 3 vertices (6 MB)',
    bytes: () => text(`v 0 0 0\nv 1 0 0\nv 0 1 0\nf ${'1 2 3 '.repeat(1_000_000)}\n`),
    code: 'corrupt',
    message: /a face has 3,000,000 corners but the file has only 3 vertices/,
  },
  {
    name: 'huge-polygon.obj',
    what: 'OBJ, one polygon of 6.1 million corners (12 MB)',
    bytes: () => text(`v 0 0 0\nv 1 0 0\nv 0 1 0\nf ${'1 '.repeat(6_100_000)}\n`),
    code: 'too-large',
    message: /6,099,998 triangles; the limit is 6,000,000/,
  },
  {
    name: 'claims.ply',
    what: 'PLY, header claiming 2^31 vertices',
    bytes: () =>
      text(
        'ply\nformat binary_little_endian 1.0\nelement vertex 2147483648\nproperty float x\nproperty float y\nproperty float z\nelement face 1\nproperty list uchar int vertex_indices\nend_header\n',
      ),
    code: 'too-large',
    message: /declares 2,147,483,648 vertices; the limit is 18,000,000/,
  },
  {
    name: 'short.ply',
    what: 'PLY, header claiming 10 million vertices, 36 bytes of body',
    bytes: () => {
      const head = text(
        'ply\nformat binary_little_endian 1.0\nelement vertex 10000000\nproperty float x\nproperty float y\nproperty float z\nelement face 1\nproperty list uchar int vertex_indices\nend_header\n',
      );
      const out = new Uint8Array(head.length + 36);
      out.set(head);
      return out;
    },
    code: 'truncated',
    message:
      /truncated: its header declares 10,000,000 vertices and 1 faces, which need at least 120,000,001 bytes, but it holds 36\./,
  },
  {
    name: 'count-mismatch.stl',
    what: 'binary STL declaring 1 million triangles, holding 10',
    bytes: () => {
      const out = new Uint8Array(84 + 10 * 50);
      new DataView(out.buffer).setUint32(80, 1_000_000, true);
      return out;
    },
    code: 'truncated',
    message: /declares 1,000,000 triangles but holds 10\b/,
  },
];
