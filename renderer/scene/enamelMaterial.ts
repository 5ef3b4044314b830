// The enamel: three's physical material (its lights, environment and glossy coat), extended with the chunks in
// shaders/enamel_*.glsl for what is specific to a tooth: its per-vertex colour in CIELAB, the dentin showing
// through thin enamel, chalky lesions, dull discoloured enamel, and shape anomalies displaced along the normal.
import { Color, MeshPhysicalMaterial, type Plane, Vector2, Vector3 } from 'three';
import { HEALTHY_CHALK, WHITE_SPOT_CHALK } from '../state/sceneData';
import type { AnomalyMapMode } from '../state/view';
import { COLOUR_BANDS, MAP_MODE_CODE, SHAPE_BANDS, SHAPE_EDGES_MM } from '../state/anomalyMap';
import { includeAfter } from './shaderChunks';

export interface EnamelUniforms {
  uShapeGain: { value: Vector2 };
  uShapeLimit: { value: Vector2 };
  uChalkRange: { value: Vector2 };
  uDentinColor: { value: Color };
  uChalkColor: { value: Color };
  uShowThrough: { value: Vector2 };
  uWrap: { value: number };
  uBackScatter: { value: number };
  uDiscoloured: { value: Vector3 };
  uAnomalyMap: { value: number };
  uColourBands: { value: Vector2 };
  uColourBandColours: { value: Color[] };
  uShapeBands: { value: Vector2 };
  uShapeBandColours: { value: Color[] };
}

/** Look of the enamel; colours are sRGB hex, converted to linear for the shader. */
export interface EnamelLook {
  /**
   * Displacement per mm of enamel missing (inwards) and added (outwards); 1 = true scale. Lesions are shown at
   * true depth; overgrowth of 0.1-0.3 mm is exaggerated so that it reads at the size of the screen.
   */
  shapeGain: [number, number];
  /** Largest displacement inwards and outwards, mm. */
  shapeLimit: [number, number];
  dentin: string;
  chalk: string;
  /** Enamel thickness (mm) at which the dentin shows most, and above which it does not show. */
  showThrough: [number, number];
  wrap: number;
  backScatter: number;
  /**
   * Enamel laid down in the wrong colour (hypomature, hypocalcified) is softer and duller than sound enamel: the
   * ΔE00 against healthy enamel over which it turns from sound to dull, and its roughness when dull.
   */
  discolouredDeltaE: [number, number];
  discolouredRoughness: number;
}

export const ENAMEL_LOOK: EnamelLook = {
  shapeGain: [1, 2.5],
  shapeLimit: [0.6, 0.8],
  dentin: '#d9a760',
  chalk: '#f4f3ee',
  showThrough: [0.05, 1.1],
  wrap: 0.45,
  backScatter: 0.35,
  // From the perceptibility threshold: below it the enamel looks (and shines) like sound enamel.
  discolouredDeltaE: [COLOUR_BANDS[1]!.from, 4],
  discolouredRoughness: 0.7,
};

export interface EnamelMaterial extends MeshPhysicalMaterial {
  userData: { enamel: EnamelUniforms };
}

export function createEnamelMaterial(look: EnamelLook = ENAMEL_LOOK): EnamelMaterial {
  const material = new MeshPhysicalMaterial({
    name: 'enamel',
    color: '#ffffff',
    roughness: 0.42,
    metalness: 0,
    ior: 1.62, // hydroxyapatite
    clearcoat: 0.45,
    clearcoatRoughness: 0.3,
    envMapIntensity: 0.9,
  }) as EnamelMaterial;
  const uniforms: EnamelUniforms = {
    uShapeGain: { value: new Vector2(...look.shapeGain) },
    uShapeLimit: { value: new Vector2(...look.shapeLimit) },
    uChalkRange: { value: new Vector2(HEALTHY_CHALK + 0.05, WHITE_SPOT_CHALK) },
    uDentinColor: { value: new Color(look.dentin) },
    uChalkColor: { value: new Color(look.chalk) },
    uShowThrough: { value: new Vector2(look.showThrough[0], look.showThrough[1]) },
    uWrap: { value: look.wrap },
    uBackScatter: { value: look.backScatter },
    uDiscoloured: { value: new Vector3(...look.discolouredDeltaE, look.discolouredRoughness) },
    uAnomalyMap: { value: MAP_MODE_CODE.off },
    uColourBands: { value: new Vector2(COLOUR_BANDS[1]!.from, COLOUR_BANDS[2]!.from) },
    uColourBandColours: { value: COLOUR_BANDS.map((b) => new Color(b.colour)) },
    uShapeBands: { value: new Vector2(...SHAPE_EDGES_MM) },
    uShapeBandColours: { value: SHAPE_BANDS.map((b) => new Color(b.colour)) },
  };
  material.userData.enamel = uniforms;
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    let vs = shader.vertexShader;
    vs = includeAfter(vs, '#include <common>', 'colour_pars_vertex', 'enamel_pars_vertex');
    vs = includeAfter(vs, '#include <begin_vertex>', 'enamel_vertex');
    shader.vertexShader = vs;
    let fs = shader.fragmentShader;
    fs = includeAfter(fs, '#include <lights_physical_pars_fragment>', 'enamel_pars_fragment');
    fs = includeAfter(fs, '#include <normal_fragment_maps>', 'enamel_fragment');
    fs = includeAfter(fs, '#include <lights_physical_fragment>', 'enamel_material_fragment');
    shader.fragmentShader = fs;
  };
  material.customProgramCacheKey = () => 'tooth-rebirth-enamel';
  return material;
}

/** Shows the enamel as it is ('off') or as the anomaly map of its colour difference or shape deviation. */
export function setAnomalyMap(material: EnamelMaterial, mode: AnomalyMapMode): void {
  material.userData.enamel.uAnomalyMap.value = MAP_MODE_CODE[mode];
}

/** Sets (or clears) the cross-section plane of a material; three recompiles once per change of plane count. */
export function setClipping(
  material: { clippingPlanes: Plane[] | null; needsUpdate: boolean },
  planes: Plane[] | null,
) {
  const before = material.clippingPlanes?.length ?? 0;
  material.clippingPlanes = planes;
  if ((planes?.length ?? 0) !== before) material.needsUpdate = true;
}
