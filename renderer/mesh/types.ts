// Public types of the mesh module: layers of a tooth, the loaded model, load options and the one error type.
import type { SiteField } from '../engine/types';

/** Files larger than this are refused before parsing (a 1M-triangle binary STL is 50 MB). */
export const MAX_FILE_BYTES = 600 * 1024 * 1024;
/** Meshes with more triangles than this are refused. */
export const MAX_TRIANGLES = 6_000_000;
/** Vertices a file may list: a triangle soup at the triangle limit has three per triangle. */
export const MAX_VERTICES = 3 * MAX_TRIANGLES;

/** Largest number of surface sites sampled unless the caller asks for another budget. */
export const DEFAULT_SITE_BUDGET = 20_000;
/** Enamel thickness given to a scanned surface, which has no layers, unless the caller gives one. */
export const DEFAULT_SCAN_THICKNESS_MM = 1.5;

export type LayerName = 'enamel' | 'dentin' | 'pulp' | 'surface';
export type LengthUnit = 'mm' | 'cm' | 'm' | 'µm';

/** One surface of the tooth, indexed triangles in millimetres in the model's normalised frame. */
export interface MeshLayer {
  name: LayerName;
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  /** Enamel thickness per vertex, mm (enamel of the generated molar, and the scan surface). */
  thickness?: Float32Array;
}

export interface ToothModelInfo {
  /** Triangles across all layers after cleaning. */
  triangles: number;
  units: LengthUnit;
  /** True when the units were guessed from the model's size rather than known. */
  unitsInferred: boolean;
  /** One line for the user about what was done to the file, e.g. 'Scan in metres: scaled ×1000 to mm'. */
  message: string;
  /** Duplicate vertices merged. */
  welded: number;
  /** Edges used by one triangle only (0 for a watertight mesh). */
  openEdges: number;
  /** Healthy enamel thickness assumed (scans) or the thickest enamel (generated molar), mm. */
  targetThicknessMm: number;
}

/** Anatomy landmarks a model may carry, by id (the generated molar carries them all; a scan none). */
export const LANDMARK_IDS = [
  'cusp-mesiobuccal',
  'cusp-distobuccal',
  'cusp-distal',
  'cusp-mesiolingual',
  'cusp-distolingual',
  'enamel',
  'dentin',
  'pulp',
  'cervical-line',
  'root-mesial',
  'root-distal',
] as const;
export type LandmarkId = (typeof LANDMARK_IDS)[number];

/** Most anchor points one landmark may list (a file's extras are input: bounded). */
export const MAX_LANDMARK_POINTS = 2000;

/**
 * Where a landmark can be pointed at, in the model frame (mm): candidate points, xyz each. A surface landmark
 * (cusp tip, cervical line, root) lists points on the surface, in order of preference; an interior one (dentin,
 * pulp) lists points inside its layer, each with the radius of the ball around it that stays inside, so a cut
 * passing within that radius shows the layer where the point projects onto it.
 */
export interface Landmark {
  id: LandmarkId;
  points: number[];
  /** Interior landmarks only: per point, the radius that stays inside the layer, mm. */
  clearance?: number[];
}

export interface ToothModel {
  /** File name the model came from. */
  source: string;
  layers: MeshLayer[];
  /** Anatomy the model states where it is (absent on a scan: nothing there names its cusps). */
  landmarks?: Landmark[];
  sites: SiteField;
  /** For each vertex of the enamel (or scan surface) layer, the index of the site that stands for it. */
  vertexSite: Uint32Array;
  info: ToothModelInfo;
}

/** Progress of a load: the fraction done (0..1) and a short stage name. */
export type LoadProgress = (fraction: number, stage: string) => void;

export interface LoadOptions {
  /** Largest number of surface sites to sample (default 20 000). */
  siteBudget?: number;
  /** Enamel thickness given to a scanned surface, which has no layers (default 1.5 mm). */
  targetThicknessMm?: number;
  /** Units of the file when known; otherwise they are inferred from the model's size. */
  units?: LengthUnit;
  /** Called between stages with the fraction done (0..1) and a short stage name. */
  onProgress?: LoadProgress;
}

export type MeshLoadErrorCode =
  | 'empty'
  | 'too-large'
  | 'truncated'
  | 'corrupt'
  | 'not-a-mesh'
  | 'unsupported'
  | 'non-finite'
  | 'degenerate'
  | 'worker-failed';

/** The one error every bad input turns into: a user-facing one-line message and a machine-readable code. */
export class MeshLoadError extends Error {
  readonly code: MeshLoadErrorCode;

  constructor(code: MeshLoadErrorCode, message: string) {
    super(message.replace(/\s*\n\s*/g, ' '));
    this.name = 'MeshLoadError';
    this.code = code;
  }
}

export function isMeshLoadError(e: unknown): e is MeshLoadError {
  return e instanceof MeshLoadError;
}

/**
 * Refuse a file by its size alone, before reading it (callers can check a file's stat first):
 * throws MeshLoadError 'empty' or 'too-large'.
 */
export function assertFileSize(byteLength: number, fileName: string): void {
  if (byteLength === 0) throw new MeshLoadError('empty', `“${fileName}” is empty.`);
  if (byteLength > MAX_FILE_BYTES) {
    throw new MeshLoadError(
      'too-large',
      `“${fileName}” is ${(byteLength / 1048576).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB.`,
    );
  }
}

/**
 * Refuse a mesh over the triangle limit, before or after parsing. `what` names the format ('STL', 'glTF');
 * `declared` says the count comes from the file's own header, not from triangles actually read.
 */
export function assertTriangleLimit(triangles: number, what: string, declared = false): void {
  if (triangles > MAX_TRIANGLES) {
    throw new MeshLoadError(
      'too-large',
      `This ${what} ${declared ? 'declares' : 'has'} ${Math.round(triangles).toLocaleString('en')} triangles; the limit is ${MAX_TRIANGLES.toLocaleString('en')}.`,
    );
  }
}
