// The nanobots' material: round glowing sprites, additive, sized by distance, coloured by state. The GLSL is in
// shaders/nanobot_*.glsl; three's own chunks add the cross-section plane, tone mapping and output colour space.
import {
  AddEquation,
  Color,
  CustomBlending,
  OneFactor,
  OneMinusSrcAlphaFactor,
  ShaderMaterial,
  Vector2,
} from 'three';
import { FINISH_FADE_SECONDS } from './botFade';
import './shaderChunks';

/**
 * Per bot state (reservoir, travelling, depositing, returning, dormant, recalled): colour (sRGB), relative size
 * and how much the core covers the background (0 = pure additive glow). Finished states (dormant, recalled) are
 * the look a bot fades out from (botFade.ts): once faded, it is not drawn, so it never hides the enamel.
 */
export const BOT_LOOK: readonly { readonly colour: string; readonly size: number; readonly cover: number }[] =
  [
    // reservoir: waiting in the gel, not drawn
    { colour: '#0f3a40', size: 0, cover: 0 },
    // travelling: the swarm's signature cyan-teal
    { colour: '#1fd8d2', size: 1, cover: 0.45 },
    // depositing: brighter, whiter aqua, a little larger, pulsing
    { colour: '#8ff7ee', size: 1.3, cover: 0.35 },
    // returning: the same hue, dimmer
    { colour: '#138a94', size: 0.8, cover: 0.45 },
    // dormant: a cold, dim blue speck, shrinking into the new enamel (or the gel) as it fades
    { colour: '#2a4fb0', size: 0.55, cover: 0.3 },
    // recalled: leaving with the gel at the end of the redesigned treatment, the swarm's dim teal as it fades
    { colour: '#138a94', size: 0.55, cover: 0.2 },
  ];

// A type (not an interface) so that it stays assignable to three's string-indexed uniform map.
export type NanobotUniforms = {
  uBotSize: { value: number };
  uPixelScale: { value: number };
  uPointSizeRange: { value: Vector2 };
  uLift: { value: number };
  uTime: { value: number };
  uStateColor: { value: Color[] };
  uStateSize: { value: number[] };
  uStateCover: { value: number[] };
  /** Seconds a finished bot (dormant, recalled) takes to fade out; 0: it goes at once. */
  uFinishFade: { value: number };
};

const VERTEX = /* glsl */ `
#include <common>
#include <nanobot_pars_vertex>
#include <clipping_planes_pars_vertex>

void main() {
  #include <nanobot_vertex>
  #include <clipping_planes_vertex>
}
`;

const FRAGMENT = /* glsl */ `
#include <common>
#include <nanobot_pars_fragment>
#include <clipping_planes_pars_fragment>

void main() {
  #include <nanobot_fragment>
  #include <clipping_planes_fragment>
  gl_FragColor = diffuseColor;
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
`;

export interface NanobotMaterial extends ShaderMaterial {
  uniforms: ShaderMaterial['uniforms'] & NanobotUniforms;
}

/** @param botSizeMm world size of a bot's glow, mm (the bots themselves are far smaller: this is a marker). */
export function createNanobotMaterial(botSizeMm = 0.36): NanobotMaterial {
  const uniforms: NanobotUniforms = {
    uBotSize: { value: botSizeMm },
    uPixelScale: { value: 1000 },
    uPointSizeRange: { value: new Vector2(2, 26) },
    uLift: { value: 0.35 },
    uTime: { value: 0 },
    uStateColor: { value: BOT_LOOK.map((s) => new Color(s.colour)) },
    uStateSize: { value: BOT_LOOK.map((s) => s.size) },
    uStateCover: { value: BOT_LOOK.map((s) => s.cover) },
    uFinishFade: { value: FINISH_FADE_SECONDS },
  };
  return new ShaderMaterial({
    name: 'nanobots',
    uniforms,
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    transparent: true,
    // Premultiplied output: the glow adds (src × 1), the core covers (dst × (1 - alpha)). See nanobot_fragment.
    blending: CustomBlending,
    blendEquation: AddEquation,
    blendSrc: OneFactor,
    blendDst: OneMinusSrcAlphaFactor,
    depthWrite: false,
    depthTest: true,
    clipping: true,
  }) as NanobotMaterial;
}
