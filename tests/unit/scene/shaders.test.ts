// The project's GLSL chunks and the two materials that use them, checked without a GPU: every include resolves
// the way three resolves it, the chunks land where their declarations are in scope, and what the GLSL declares
// (uniforms, varyings, attributes) is what the materials and the geometry supply.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type BufferAttribute,
  Plane,
  ShaderChunk,
  ShaderLib,
  UniformsUtils,
  type WebGLProgramParametersWithUniforms,
  type WebGLRenderer,
} from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnamelMaterial, ENAMEL_LOOK, setClipping } from '../../../renderer/scene/enamelMaterial';
import {
  createCapMaterial,
  createStencilMaterial,
  SECTION_BITS,
  type SectionLayer,
} from '../../../renderer/scene/layerMaterials';
import { BotState } from '../../../renderer/engine/types';
import { FINISH_FADE_SECONDS, FINISHED_STATES } from '../../../renderer/scene/botFade';
import { BOT_LOOK, createNanobotMaterial } from '../../../renderer/scene/nanobotMaterial';
import { includeAfter, TOOTH_CHUNKS, type ToothChunkName } from '../../../renderer/scene/shaderChunks';
import { buildToothGeometry } from '../../../renderer/scene/toothGeometry';
import { scanModel } from './fixtures';

const SHADER_DIR = fileURLToPath(new URL('../../../shaders/', import.meta.url));
const chunkNames = Object.keys(TOOTH_CHUNKS) as ToothChunkName[];

/** three's own include rule (WebGLProgram): `#include <name>` at the start of a line, resolved recursively. */
const INCLUDE = /^[ \t]*#include +<([\w\d./]+)>/gm;

function resolve(source: string, seen: string[] = []): string {
  return source.replace(INCLUDE, (_m, name: string) => {
    const chunk = (ShaderChunk as unknown as Record<string, string | undefined>)[name];
    if (chunk === undefined)
      throw new Error(`#include <${name}> does not resolve (via ${seen.join(' > ') || 'top'})`);
    if (seen.includes(name)) throw new Error(`#include <${name}> includes itself`);
    return resolve(chunk, [...seen, name]);
  });
}

function stripComments(glsl: string): string {
  return glsl.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

interface Declaration {
  type: string;
  size: number | null;
}

/** `uniform|attribute|varying <type> <name>[ <n> ];` declarations of a chunk. */
function declarations(
  glsl: string,
  qualifier: 'uniform' | 'attribute' | 'varying',
): Map<string, Declaration> {
  const out = new Map<string, Declaration>();
  const re = new RegExp(`^\\s*${qualifier}\\s+(\\w+)\\s+(\\w+)\\s*(?:\\[\\s*(\\d+)\\s*\\])?\\s*;`, 'gm');
  for (const m of stripComments(glsl).matchAll(re)) {
    out.set(m[2]!, { type: m[1]!, size: m[3] ? Number(m[3]) : null });
  }
  return out;
}

/** Offset of the first initialised declaration (`<type> name =`) or function definition (`<type> name(`), or -1. */
function declaredAt(glsl: string, name: string): number {
  const m = new RegExp(`\\b(?:float|int|bool|vec[234]|mat[34])\\s+${name}\\s*[=(]`).exec(glsl);
  return m ? m.index : -1;
}

function expectDeclaredBefore(glsl: string, names: readonly string[], at: number, where: string): void {
  for (const name of names) {
    const d = declaredAt(glsl, name);
    expect(d, `${name} is declared in the ${where}`).toBeGreaterThanOrEqual(0);
    expect(d, `${name} is declared before it is used in the ${where}`).toBeLessThan(at);
  }
}

describe('shader chunk registration', () => {
  it('registers every GLSL file under shaders/ by its name, with the file text', () => {
    const files = readdirSync(SHADER_DIR)
      .filter((f) => f.endsWith('.glsl'))
      .map((f) => f.slice(0, -'.glsl'.length))
      .sort();
    expect([...chunkNames].sort()).toEqual(files);
    for (const name of chunkNames) {
      const text = readFileSync(`${SHADER_DIR}${name}.glsl`, 'utf8');
      expect(TOOTH_CHUNKS[name], name).toBe(text);
      expect((ShaderChunk as unknown as Record<string, string>)[name], name).toBe(text);
    }
  });

  it('every #include in the project GLSL names a chunk three can resolve', () => {
    for (const name of chunkNames) {
      expect(() => resolve(TOOTH_CHUNKS[name], [name])).not.toThrow();
    }
    // The check above only means something if an unknown name does throw.
    expect(() => resolve('#include <no_such_chunk>')).toThrow(/no_such_chunk/);
  });

  it('does not replace any of three chunks', () => {
    // Registered beside three's library: a project chunk named like one of three's would silently replace it.
    for (const name of chunkNames) {
      expect(ShaderLib.physical.vertexShader.includes(`<${name}>`)).toBe(false);
      expect(ShaderLib.physical.fragmentShader.includes(`<${name}>`)).toBe(false);
    }
  });
});

describe('includeAfter', () => {
  it('inserts the includes on their own lines right after the anchor, in the order given', () => {
    const src = 'a\n#include <common>\nvoid main() {}\n';
    const out = includeAfter(src, '#include <common>', 'colour_pars_vertex', 'enamel_pars_vertex');
    expect(out).toBe(
      'a\n#include <common>\n#include <colour_pars_vertex>\n#include <enamel_pars_vertex>\nvoid main() {}\n',
    );
    // The inserted lines match three's include rule (line start), so they are resolved.
    expect([...out.matchAll(INCLUDE)].map((m) => m[1])).toEqual([
      'common',
      'colour_pars_vertex',
      'enamel_pars_vertex',
    ]);
  });

  it('throws naming the anchor when three no longer has it', () => {
    expect(() => includeAfter('void main() {}', '#include <gone>', 'enamel_vertex')).toThrow(
      /#include <gone>/,
    );
  });
});

/** Runs the material's shader hook on three's physical shaders, as the renderer does at first compile. */
function compileEnamel() {
  const material = createEnamelMaterial();
  const shader = {
    uniforms: UniformsUtils.clone(ShaderLib.physical.uniforms),
    vertexShader: ShaderLib.physical.vertexShader,
    fragmentShader: ShaderLib.physical.fragmentShader,
  } as unknown as WebGLProgramParametersWithUniforms;
  material.onBeforeCompile(shader, {} as WebGLRenderer);
  return { material, shader, vs: resolve(shader.vertexShader), fs: resolve(shader.fragmentShader) };
}

describe('enamel material', () => {
  let compiled: ReturnType<typeof compileEnamel>;
  beforeAll(() => {
    compiled = compileEnamel();
  });

  it('finds its anchors in three physical shaders and resolves completely', () => {
    const { shader, vs, fs } = compiled;
    for (const name of ['colour_pars_vertex', 'enamel_pars_vertex', 'enamel_vertex'] as const) {
      expect(shader.vertexShader.split(`#include <${name}>`).length - 1, name).toBe(1);
    }
    for (const name of ['enamel_pars_fragment', 'enamel_fragment', 'enamel_material_fragment'] as const) {
      expect(shader.fragmentShader.split(`#include <${name}>`).length - 1, name).toBe(1);
    }
    expect(vs).not.toMatch(INCLUDE);
    expect(fs).not.toMatch(INCLUDE);
  });

  it('puts declarations before main and the bodies where what they use is in scope', () => {
    const { vs, fs } = compiled;
    const vMain = vs.indexOf('void main()');
    expect(vs.indexOf(TOOTH_CHUNKS.colour_pars_vertex)).toBeLessThan(vMain);
    expect(vs.indexOf(TOOTH_CHUNKS.enamel_pars_vertex)).toBeGreaterThan(
      vs.indexOf(TOOTH_CHUNKS.colour_pars_vertex),
    );
    expect(vs.indexOf(TOOTH_CHUNKS.enamel_pars_vertex)).toBeLessThan(vMain);
    const vBody = vs.indexOf(TOOTH_CHUNKS.enamel_vertex);
    expect(vBody).toBeGreaterThan(vMain);
    expectDeclaredBefore(vs, ['transformed', 'objectNormal', 'labToLinearSrgb'], vBody, 'vertex shader');
    // The displaced position must reach the projection that follows.
    expect(vBody).toBeLessThan(vs.indexOf(ShaderChunk.project_vertex));

    const fMain = fs.indexOf('void main()');
    expect(fs.indexOf(TOOTH_CHUNKS.enamel_pars_fragment)).toBeLessThan(fMain);
    const fBody = fs.indexOf(TOOTH_CHUNKS.enamel_fragment);
    expect(fBody).toBeGreaterThan(fMain);
    expectDeclaredBefore(
      fs,
      [
        'diffuseColor',
        'roughnessFactor',
        'normal',
        'faceDirection',
        'nonPerturbedNormal',
        'enamelScatterColor',
      ],
      fBody,
      'fragment shader',
    );
    // The clearcoat normal is taken from nonPerturbedNormal after the enamel has set it.
    expect(fBody).toBeLessThan(fs.indexOf('vec3 clearcoatNormal'));
    const fMaterial = fs.indexOf(TOOTH_CHUNKS.enamel_material_fragment);
    expect(fMaterial).toBeGreaterThan(fs.indexOf(ShaderChunk.lights_physical_fragment));
    // The enamel's lighting replaces RE_Direct before the light loop calls it.
    const define = fs.indexOf('#define RE_Direct RE_Direct_Enamel');
    expect(define).toBeGreaterThan(0);
    expect(define).toBeLessThan(fs.indexOf('RE_Direct( directLight'));
  });

  it('supplies every uniform its chunks declare, the same objects as the material keeps', () => {
    const { material, shader } = compiled;
    const declared = new Map([
      ...declarations(TOOTH_CHUNKS.enamel_pars_vertex, 'uniform'),
      ...declarations(TOOTH_CHUNKS.enamel_pars_fragment, 'uniform'),
    ]);
    expect(declared.size).toBeGreaterThan(0);
    for (const name of declared.keys()) {
      expect(shader.uniforms[name], name).toBeDefined();
      expect(shader.uniforms[name]).toBe(
        (material.userData.enamel as unknown as Record<string, unknown>)[name],
      );
    }
    expect(Object.keys(material.userData.enamel).sort()).toEqual([...declared.keys()].sort());
    expect(material.userData.enamel.uShapeGain.value.toArray()).toEqual(ENAMEL_LOOK.shapeGain);
    // One program for every enamel material, whatever the look.
    expect(material.customProgramCacheKey()).toBe(createEnamelMaterial().customProgramCacheKey());
  });

  it('passes every varying the fragment stage reads, with the same type', () => {
    const fromVertex = declarations(TOOTH_CHUNKS.enamel_pars_vertex, 'varying');
    const toFragment = declarations(TOOTH_CHUNKS.enamel_pars_fragment, 'varying');
    expect(toFragment.size).toBeGreaterThan(0);
    for (const [name, d] of toFragment) expect(fromVertex.get(name), name).toEqual(d);
  });

  it('reads attributes that the tooth geometry provides, one component per GLSL component', async () => {
    const geo = buildToothGeometry(await scanModel());
    const width: Record<string, number> = { float: 1, vec2: 2, vec3: 3, vec4: 4 };
    const attributes = declarations(TOOTH_CHUNKS.enamel_pars_vertex, 'attribute');
    expect(attributes.size).toBeGreaterThan(0);
    for (const [name, d] of attributes) {
      const a = geo.enamel!.getAttribute(name) as BufferAttribute | undefined;
      expect(a, name).toBeDefined();
      expect(a!.itemSize, name).toBe(width[d.type]);
    }
  });
});

describe('nanobot material', () => {
  const material = createNanobotMaterial();

  it('resolves completely, declarations before main, bodies inside it', () => {
    const vs = resolve(material.vertexShader);
    const fs = resolve(material.fragmentShader);
    expect(vs.indexOf(TOOTH_CHUNKS.nanobot_pars_vertex)).toBeLessThan(vs.indexOf('void main()'));
    expect(vs.indexOf(TOOTH_CHUNKS.nanobot_vertex)).toBeGreaterThan(vs.indexOf('void main()'));
    expect(fs.indexOf(TOOTH_CHUNKS.nanobot_pars_fragment)).toBeLessThan(fs.indexOf('void main()'));
    const body = fs.indexOf(TOOTH_CHUNKS.nanobot_fragment);
    expect(body).toBeGreaterThan(fs.indexOf('void main()'));
    // gl_FragColor is written from diffuseColor, which the body declares.
    expect(declaredAt(fs, 'diffuseColor')).toBeGreaterThan(body);
    expect(declaredAt(fs, 'diffuseColor')).toBeLessThan(fs.indexOf('gl_FragColor = diffuseColor'));
  });

  it('supplies every uniform its chunks declare, arrays with one entry per bot state', () => {
    const declared = new Map([
      ...declarations(TOOTH_CHUNKS.nanobot_pars_vertex, 'uniform'),
      ...declarations(TOOTH_CHUNKS.nanobot_pars_fragment, 'uniform'),
    ]);
    expect(declared.size).toBeGreaterThan(0);
    for (const [name, d] of declared) {
      const u = material.uniforms[name];
      expect(u, name).toBeDefined();
      if (d.size !== null) {
        expect(Array.isArray(u!.value), name).toBe(true);
        expect((u!.value as unknown[]).length, name).toBe(d.size);
      }
    }
    expect(BOT_LOOK.length).toBe(Object.keys(BotState).length); // one look per engine BotState
    // Finished bots (dormant, recalled) are the states the vertex stage fades out (from BotState.Dormant up).
    expect(FINISHED_STATES).toEqual([BotState.Dormant, BotState.Recalled]);
    expect(Math.max(...Object.values(BotState))).toBe(BotState.Recalled);
    expect(TOOTH_CHUNKS.nanobot_vertex).toContain(`state >= ${BotState.Dormant}`);
    expect(material.uniforms.uFinishFade.value).toBe(FINISH_FADE_SECONDS);
    expect(BOT_LOOK[0]!.size).toBe(0); // bots waiting in the reservoir are not drawn
  });

  it('passes every varying the fragment stage reads, with the same type', () => {
    const fromVertex = declarations(TOOTH_CHUNKS.nanobot_pars_vertex, 'varying');
    const toFragment = declarations(TOOTH_CHUNKS.nanobot_pars_fragment, 'varying');
    expect(toFragment.size).toBeGreaterThan(0);
    for (const [name, d] of toFragment) expect(fromVertex.get(name), name).toEqual(d);
  });
});

describe('setClipping', () => {
  it('asks for a recompile only when the number of planes changes', () => {
    const m = { clippingPlanes: null as Plane[] | null, needsUpdate: false };
    const plane = new Plane();
    setClipping(m, [plane]);
    expect(m.clippingPlanes).toEqual([plane]);
    expect(m.needsUpdate).toBe(true);
    m.needsUpdate = false;
    setClipping(m, [new Plane()]);
    expect(m.needsUpdate).toBe(false);
    setClipping(m, null);
    expect(m.clippingPlanes).toBeNull();
    expect(m.needsUpdate).toBe(true);
    m.needsUpdate = false;
    setClipping(m, []);
    expect(m.needsUpdate).toBe(false);
  });
});

describe('cross-section stencil bits', () => {
  it('gives each layer its own bit, which its stencil pass flips and its cap reads', () => {
    const layers = Object.keys(SECTION_BITS) as SectionLayer[];
    expect(layers.sort()).toEqual(['dentin', 'enamel', 'pulp']);
    let all = 0;
    for (const layer of layers) {
      const bit = SECTION_BITS[layer];
      expect(bit & (bit - 1), `${layer} bit is a single bit`).toBe(0);
      expect(all & bit, `${layer} bit is shared`).toBe(0);
      all |= bit;
      expect(createStencilMaterial(layer).stencilWriteMask).toBe(bit);
      expect(createCapMaterial(layer).stencilFuncMask).toBe(bit);
    }
  });
});
