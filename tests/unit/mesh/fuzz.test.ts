// Fuzz of small mesh files: whatever the header and body say, the loader gives a model or one clear
// MeshLoadError, never another kind of error, a hang or a huge allocation.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { loadModelFile, MeshLoadError } from '../../../renderer/mesh';
import { glb } from './hostileFiles';

const MB = 1024 * 1024;
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Counts that are small, near a limit, or absurd. */
const count = fc.oneof(
  fc.integer({ min: 0, max: 12 }),
  fc.constantFrom(2 ** 31, 2 ** 32 - 1, 400_000_000, 6_000_001, 18_000_001, -1),
  fc.integer({ min: 0, max: 2 ** 32 }),
);
const body = fc.uint8Array({ minLength: 0, maxLength: 400 });

async function expectModelOrClearError(bytes: Uint8Array, name: string): Promise<void> {
  try {
    const model = await loadModelFile(bytes, name, { siteBudget: 200 });
    expect(model.sites.count).toBeGreaterThan(0);
  } catch (e) {
    if (!(e instanceof MeshLoadError)) throw new Error(`${name} failed with ${String(e)}`);
    expect(e.message).not.toMatch(/\n/);
  }
}

const gltfJson = fc.record({
  byteLength: count,
  view: fc.record({
    byteOffset: fc.option(count, { nil: undefined }),
    byteLength: count,
    byteStride: fc.option(fc.oneof(fc.constantFrom(0, 4, 12, 252, 256), count), { nil: undefined }),
  }),
  accessor: fc.record({
    bufferView: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    byteOffset: fc.option(count, { nil: undefined }),
    componentType: fc.constantFrom(5120, 5121, 5122, 5123, 5125, 5126, 5130, 1),
    type: fc.constantFrom('SCALAR', 'VEC3', 'VEC4', 'MAT4', 'BAD'),
    count,
  }),
  indices: fc.option(
    fc.record({
      componentType: fc.constantFrom(5121, 5123, 5125),
      count,
      bufferView: fc.option(fc.constant(0), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  mode: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
  children: fc.option(fc.array(fc.integer({ min: -1, max: 3 }), { maxLength: 3 }), { nil: undefined }),
});

type GltfCase = typeof gltfJson extends fc.Arbitrary<infer T> ? T : never;

function gltfDoc(g: GltfCase): object {
  const accessors: object[] = [g.accessor];
  const prim: Record<string, unknown> = { attributes: { POSITION: 0 } };
  if (g.indices) {
    accessors.push({ ...g.indices, type: 'SCALAR' });
    prim.indices = 1;
  }
  if (g.mode !== undefined) prim.mode = g.mode;
  return {
    asset: { version: '2.0' },
    buffers: [{ byteLength: g.byteLength }],
    bufferViews: [{ buffer: 0, ...g.view }],
    accessors,
    meshes: [{ primitives: [prim] }],
    nodes: [{ mesh: 0, children: g.children }, { mesh: 0 }],
    scenes: [{ nodes: [0] }],
  };
}

describe('fuzzed small files give a model or one clear error', () => {
  const peakBefore = process.resourceUsage().maxRSS * 1024;

  it('GLB', async () => {
    await fc.assert(
      fc.asyncProperty(gltfJson, body, async (g, bin) =>
        expectModelOrClearError(glb(gltfDoc(g), bin), 'f.glb'),
      ),
      { numRuns: 300, seed: 11 },
    );
  });

  it('glTF with an embedded buffer', async () => {
    await fc.assert(
      fc.asyncProperty(gltfJson, body, async (g, bin) => {
        const doc = gltfDoc(g) as { buffers: { uri?: string }[] };
        doc.buffers[0]!.uri = `data:application/octet-stream;base64,${Buffer.from(bin).toString('base64')}`;
        await expectModelOrClearError(text(JSON.stringify(doc)), 'f.gltf');
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('OBJ', async () => {
    // three's OBJ reader warns about every line it does not know; the fuzz writes many.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const index = fc.oneof(fc.integer({ min: -4, max: 6 }), fc.constantFrom(0, 2 ** 31, 99999999));
    const line = fc.oneof(
      fc.tuple(fc.double(), fc.double(), fc.double()).map(([x, y, z]) => `v ${x} ${y} ${z}`),
      fc.array(index, { minLength: 0, maxLength: 40 }).map((ix) => `f ${ix.join(' ')}`),
      fc.array(index, { maxLength: 8 }).map((ix) => `l ${ix.join(' ')}`),
      fc.constantFrom('vn 0 0 1', 'vt 0 0', 'o part', 'g', 'usemtl x', '# note', '\\', 'f 1/1/1 2//2 3/3'),
      fc.string({ maxLength: 20 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 30 }),
        fc.constantFrom('\n', '\r\n', '\\\n'),
        async (ls, nl) => expectModelOrClearError(text(ls.join(nl)), 'f.obj'),
      ),
      { numRuns: 400, seed: 13 },
    );
    warn.mockRestore();
  });

  it('PLY', async () => {
    const prop = fc.constantFrom(
      'property float x\nproperty float y\nproperty float z',
      'property double x\nproperty double y\nproperty double z',
      'property list uchar int vertex_indices',
      'property list uint int vertex_indices',
      'property uchar red',
      'property bogus q',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('ascii', 'binary_little_endian', 'binary_big_endian', ''),
        count,
        fc.array(prop, { maxLength: 3 }),
        count,
        fc.array(prop, { maxLength: 2 }),
        fc.oneof(
          body,
          fc.array(fc.integer({ min: -2, max: 9 }), { maxLength: 60 }).map((n) => text(n.join(' '))),
        ),
        async (format, nv, vprops, nf, fprops, data) => {
          const head = text(
            `ply\nformat ${format} 1.0\nelement vertex ${nv}\n${vprops.join('\n')}\nelement face ${nf}\n${fprops.join('\n')}\nend_header\n`,
          );
          const bytes = new Uint8Array(head.length + data.length);
          bytes.set(head);
          bytes.set(data, head.length);
          await expectModelOrClearError(bytes, 'f.ply');
        },
      ),
      { numRuns: 400, seed: 14 },
    );
  });

  it('STL', async () => {
    await fc.assert(
      fc.asyncProperty(count, fc.uint8Array({ maxLength: 1000 }), fc.boolean(), async (n, data, solid) => {
        const bytes = new Uint8Array(84 + data.length);
        if (solid) bytes.set(text('solid x facet'));
        new DataView(bytes.buffer).setUint32(80, Math.max(0, Math.min(n, 2 ** 32 - 1)), true);
        bytes.set(data, 84);
        await expectModelOrClearError(bytes, 'f.stl');
      }),
      { numRuns: 300, seed: 15 },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.double(), { maxLength: 30 }), async (xs) => {
        const facets: string[] = [];
        for (let i = 0; i + 9 <= xs.length; i += 9) {
          const v = (k: number): string => `vertex ${xs[i + k]} ${xs[i + k + 1]} ${xs[i + k + 2]}`;
          facets.push(`facet normal 0 0 1\nouter loop\n${v(0)}\n${v(3)}\n${v(6)}\nendloop\nendfacet`);
        }
        await expectModelOrClearError(text(`solid s\n${facets.join('\n')}\nendsolid s\n`), 'f.stl');
      }),
      { numRuns: 100, seed: 16 },
    );
  });

  it('none of them allocated much', () => {
    expect(process.resourceUsage().maxRSS * 1024 - peakBefore).toBeLessThan(512 * MB);
  });
});
