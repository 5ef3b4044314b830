// Materials of the inner layers and of the cross-section: dentin (the roots' surface too), pulp, and the caps
// that fill the cut so that the three layers read as bands.
import {
  AlwaysStencilFunc,
  DoubleSide,
  InvertStencilOp,
  KeepStencilOp,
  MeshBasicMaterial,
  MeshStandardMaterial,
  NotEqualStencilFunc,
} from 'three';
import type { InnerLayerName } from './toothGeometry';

export type SectionLayer = 'enamel' | InnerLayerName;

/** Stencil bit of each layer's cut: bits are counted independently, so nested layers need no extra clears. */
export const SECTION_BITS: Record<SectionLayer, number> = { enamel: 1, dentin: 2, pulp: 4 };

export function createInnerMaterial(name: InnerLayerName): MeshStandardMaterial {
  return name === 'dentin'
    ? // Root surface (cementum over dentin): pale, warm, matte.
      new MeshStandardMaterial({
        name,
        color: '#c9a873',
        roughness: 0.5,
        metalness: 0,
        envMapIntensity: 0.35,
      })
    : new MeshStandardMaterial({
        name,
        color: '#b5504c',
        roughness: 0.6,
        metalness: 0,
        envMapIntensity: 0.6,
      });
}

/** Colours of the cut faces (sRGB): enamel a cool translucent white, dentin ivory-yellow, pulp a soft red. */
export const SECTION_COLOURS: Record<SectionLayer, string> = {
  enamel: '#e9eef0',
  dentin: '#e0bd7e',
  pulp: '#c4544e',
};

/**
 * Counts, per pixel, how many of a layer's surfaces lie behind the cut (odd = the cut passes through the layer).
 * Draws nothing visible: only flips the layer's stencil bit.
 */
export function createStencilMaterial(layer: SectionLayer): MeshBasicMaterial {
  return new MeshBasicMaterial({
    name: `section-stencil-${layer}`,
    side: DoubleSide,
    colorWrite: false,
    depthWrite: false,
    depthTest: false,
    stencilWrite: true,
    stencilFunc: AlwaysStencilFunc,
    stencilWriteMask: SECTION_BITS[layer],
    stencilFail: InvertStencilOp,
    stencilZFail: InvertStencilOp,
    stencilZPass: InvertStencilOp,
  });
}

/** The cut face of a layer: drawn on the plane wherever that layer's stencil bit is set. */
export function createCapMaterial(layer: SectionLayer): MeshStandardMaterial {
  return new MeshStandardMaterial({
    name: `section-cap-${layer}`,
    color: SECTION_COLOURS[layer],
    roughness: layer === 'enamel' ? 0.35 : 0.75,
    metalness: 0,
    emissive: SECTION_COLOURS[layer],
    emissiveIntensity: 0.12,
    stencilWrite: true,
    stencilRef: 0,
    stencilFuncMask: SECTION_BITS[layer],
    stencilWriteMask: 0,
    stencilFunc: NotEqualStencilFunc,
    stencilFail: KeepStencilOp,
    stencilZFail: KeepStencilOp,
    stencilZPass: KeepStencilOp,
  });
}
