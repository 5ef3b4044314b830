// The shader programs three keeps per material: one for every variant the material has been drawn with. The
// cut adds a clipping plane to the tooth's and the swarm's materials, and three keeps the program with the
// plane and the one without until the material is disposed. A viewer at a desk who turns the cut on and off
// is glad of that cache; an exhibit that runs all day should hand each visitor the GPU as installed, or its
// program count depends on what the visitors before did (the soak found 11 programs at the start of a run and
// 15 at its end). So when the kiosk starts its attract loop, each material of the scene that holds more than
// one program is disposed: three releases its programs and compiles the one in use at the next frame.
import type { Material, Mesh, Object3D, WebGLRenderer } from 'three';

/** What three keeps per material (`renderer.properties`); `programs` is three's own, keyed by variant. */
interface MaterialRecord {
  programs?: Map<string, unknown>;
}

/** Disposes the scene's materials that hold more than one program variant. Returns how many it disposed. */
export function releaseProgramVariants(renderer: Pick<WebGLRenderer, 'properties'>, scene: Object3D): number {
  const seen = new Set<Material>();
  scene.traverse((o) => {
    const m = (o as Mesh).material;
    for (const material of Array.isArray(m) ? m : m ? [m] : []) seen.add(material);
  });
  let released = 0;
  for (const material of seen) {
    const record = renderer.properties.get(material) as MaterialRecord;
    if ((record.programs?.size ?? 0) > 1) {
      material.dispose();
      released++;
    }
  }
  return released;
}
