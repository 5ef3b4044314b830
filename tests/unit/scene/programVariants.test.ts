import { BoxGeometry, Group, type Material, Mesh, MeshBasicMaterial } from 'three';
import { describe, expect, it } from 'vitest';
import { releaseProgramVariants } from '../../../renderer/scene/programVariants';

/** three's per-material records, as `renderer.properties` keeps them: a program per variant drawn. */
function rendererWith(programs: Map<Material, string[]>) {
  const records = new WeakMap<object, { programs?: Map<string, unknown> }>();
  for (const [m, keys] of programs) records.set(m, { programs: new Map(keys.map((k) => [k, {}])) });
  return {
    properties: {
      get: (m: object) => {
        if (!records.has(m)) records.set(m, {});
        return records.get(m)!;
      },
    },
  } as unknown as Parameters<typeof releaseProgramVariants>[0];
}

describe('releaseProgramVariants', () => {
  it('disposes each material drawn with more than one variant, once, and leaves the others', () => {
    const cut = new MeshBasicMaterial({ name: 'drawn with and without the cut' });
    const plain = new MeshBasicMaterial({ name: 'one variant' });
    const never = new MeshBasicMaterial({ name: 'never drawn' });
    const disposed: string[] = [];
    for (const m of [cut, plain, never]) m.addEventListener('dispose', () => disposed.push(m.name));
    const scene = new Group();
    const box = new BoxGeometry();
    scene.add(new Mesh(box, cut), new Mesh(box, [plain, cut]));
    scene.add(new Group().add(new Mesh(box, never)));
    const renderer = rendererWith(
      new Map<Material, string[]>([
        [cut, ['clipping 0', 'clipping 1']],
        [plain, ['clipping 0']],
      ]),
    );
    expect(releaseProgramVariants(renderer, scene)).toBe(1);
    expect(disposed).toEqual(['drawn with and without the cut']);
  });
});
