// Public, DOM-free API of the mesh module: load a tooth (generated molar or scan), damage its enamel.
export { loadModelFile, loadMolar } from './load';
export { inferUnits } from './units';
export { detectFormat, type MeshFormat } from './formats';
export { applyLesion, LESION_PRESETS, type LesionPreset, lesionDeficit } from './lesions';
export { createRng, type Rng } from './random';
export {
  assertFileSize,
  DEFAULT_SCAN_THICKNESS_MM,
  DEFAULT_SITE_BUDGET,
  isMeshLoadError,
  LANDMARK_IDS,
  type Landmark,
  type LandmarkId,
  MAX_FILE_BYTES,
  MAX_TRIANGLES,
  type LayerName,
  type LengthUnit,
  type LoadOptions,
  type MeshLayer,
  MeshLoadError,
  type MeshLoadErrorCode,
  type ToothModel,
  type ToothModelInfo,
} from './types';
