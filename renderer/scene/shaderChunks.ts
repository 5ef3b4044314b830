// The project's GLSL chunks (shaders/*.glsl), registered beside three's own ShaderChunk library so that
// materials pull them in with `#include <name>`, exactly like three's built-in chunks.
import { ShaderChunk } from 'three';
import colourParsVertex from '../../shaders/colour_pars_vertex.glsl?raw';
import enamelFragment from '../../shaders/enamel_fragment.glsl?raw';
import enamelMaterialFragment from '../../shaders/enamel_material_fragment.glsl?raw';
import enamelParsFragment from '../../shaders/enamel_pars_fragment.glsl?raw';
import enamelParsVertex from '../../shaders/enamel_pars_vertex.glsl?raw';
import enamelVertex from '../../shaders/enamel_vertex.glsl?raw';
import nanobotFragment from '../../shaders/nanobot_fragment.glsl?raw';
import nanobotParsFragment from '../../shaders/nanobot_pars_fragment.glsl?raw';
import nanobotParsVertex from '../../shaders/nanobot_pars_vertex.glsl?raw';
import nanobotVertex from '../../shaders/nanobot_vertex.glsl?raw';

export const TOOTH_CHUNKS = {
  colour_pars_vertex: colourParsVertex,
  enamel_pars_vertex: enamelParsVertex,
  enamel_vertex: enamelVertex,
  enamel_pars_fragment: enamelParsFragment,
  enamel_fragment: enamelFragment,
  enamel_material_fragment: enamelMaterialFragment,
  nanobot_pars_vertex: nanobotParsVertex,
  nanobot_vertex: nanobotVertex,
  nanobot_pars_fragment: nanobotParsFragment,
  nanobot_fragment: nanobotFragment,
} as const;

export type ToothChunkName = keyof typeof TOOTH_CHUNKS;

Object.assign(ShaderChunk, TOOTH_CHUNKS);

/**
 * Inserts `#include <chunk>` lines after an anchor line of a three.js shader. Throws if the anchor is missing, so
 * a three.js upgrade that renames a chunk fails loudly at the first compile instead of rendering wrongly.
 */
export function includeAfter(source: string, anchor: string, ...chunks: ToothChunkName[]): string {
  const at = source.indexOf(anchor);
  if (at < 0) throw new Error(`shader anchor "${anchor}" not found: three.js changed its shader layout`);
  const end = at + anchor.length;
  const lines = chunks.map((c) => `\n#include <${c}>`).join('');
  return source.slice(0, end) + lines + source.slice(end);
}
