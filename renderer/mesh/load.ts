// loadModelFile: bytes of a mesh file in, a ToothModel out (layers, surface sites, what was inferred).
// Runs without the DOM (worker, Node CLI). Every bad input ends as a MeshLoadError with one clear line.
// The stages live in their own rooms: formats.ts and prescan*.ts read, clean.ts cleans, units.ts scales,
// orientation.ts stands the tooth up, layered.ts keeps the generated molar's layers.
import type { SiteField } from '../engine/types';
import { compactVertices, dropInvalid, mergeParts } from './clean';
import { formatName, parseMeshFile } from './formats';
import {
  computeBounds,
  findOpenEdges,
  removeDegenerate,
  vertexAreas,
  vertexNormals,
  weldAndRemap,
} from './geometry';
import { buildLayered } from './layered';
import { applyOrientation, chooseFrame, faceOutwards } from './orientation';
import { sampleSites } from './sample';
import {
  assertFileSize,
  assertTriangleLimit,
  DEFAULT_SCAN_THICKNESS_MM,
  DEFAULT_SITE_BUDGET,
  type LengthUnit,
  type LoadOptions,
  type LoadProgress,
  MeshLoadError,
  type ToothModel,
} from './types';
import { formatLength, inferUnits, UNIT_SCALE, UNIT_WORDS } from './units';

/** Height of the generated molar's cusps: a scan's top is put there so the stage frames every tooth alike. */
const CROWN_TOP_MM = 7.5;

/** Load a mesh file (STL binary/ASCII, OBJ, PLY, glTF, GLB) into a ToothModel in millimetres, occlusal +Y. */
export async function loadModelFile(
  bytes: ArrayBuffer | Uint8Array,
  fileName: string,
  opts: LoadOptions = {},
): Promise<ToothModel> {
  const progress: LoadProgress = (f, stage) => opts.onProgress?.(Math.min(1, Math.max(0, f)), stage);
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const budget = Math.max(1, Math.floor(opts.siteBudget ?? DEFAULT_SITE_BUDGET));
  const targetMm = opts.targetThicknessMm ?? DEFAULT_SCAN_THICKNESS_MM;
  if (!(targetMm > 0 && targetMm < 10)) {
    throw new RangeError(`targetThicknessMm must be between 0 and 10 mm, got ${targetMm}`);
  }
  assertFileSize(view.byteLength, fileName);
  progress(0, 'reading');
  const raw = await parseMeshFile(view, fileName);
  progress(0.35, 'parsed');
  if (raw.layered) {
    const model = buildLayered(raw, fileName, budget, progress);
    progress(1, 'done');
    return model;
  }

  const what = formatName(raw.format);
  const merged = mergeParts(raw.parts);
  if (merged.indices.length === 0) {
    throw new MeshLoadError('not-a-mesh', `This ${what} file contains no triangles.`);
  }
  assertTriangleLimit(merged.indices.length / 3, what);
  const totalTriangles = merged.indices.length / 3;
  const valid = dropInvalid(merged.positions, merged.indices);
  if (valid.indices.length === 0 || valid.dropped > 0.5 * totalTriangles) {
    if (valid.badIndex >= valid.nonFinite) {
      throw new MeshLoadError(
        'corrupt',
        `This ${what} file is damaged: its faces refer to vertices it does not have.`,
      );
    }
    throw new MeshLoadError(
      'non-finite',
      `This ${what} file is damaged: ${valid.nonFinite === totalTriangles ? 'all' : 'most'} of its vertex coordinates are not valid numbers.`,
    );
  }
  const used = compactVertices(merged.positions, valid.indices);
  let positions = used.positions === merged.positions ? Float32Array.from(used.positions) : used.positions;
  let indices = used.indices;

  // Units: from the size (or as given), then scale to millimetres.
  const b0 = computeBounds(positions);
  const largest = Math.max(b0.max[0] - b0.min[0], b0.max[1] - b0.min[1], b0.max[2] - b0.min[2]);
  if (!(largest > 0)) {
    throw new MeshLoadError(
      'degenerate',
      `This ${what} file's triangles all have zero area: there is no surface.`,
    );
  }
  const known = opts.units ?? raw.statedUnits;
  const units: LengthUnit = known ?? inferUnits(largest);
  const scale = UNIT_SCALE[units];
  if (scale !== 1) for (let i = 0; i < positions.length; i++) positions[i]! *= scale;
  const sizeMm = largest * scale;
  progress(0.45, 'welding');

  // Weld duplicates: a tolerance of a millionth of the size merges copies written per triangle (STL).
  const weld = weldAndRemap(positions, indices, sizeMm * 1e-6);
  positions = weld.positions;
  const clean = removeDegenerate(positions, weld.indices, sizeMm * sizeMm * 1e-14);
  if (clean.indices.length === 0) {
    throw new MeshLoadError(
      'degenerate',
      `This ${what} file's triangles all have zero area: there is no surface.`,
    );
  }
  const compacted = compactVertices(positions, clean.indices);
  positions = compacted.positions;
  indices = compacted.indices;
  const nv = positions.length / 3;
  progress(0.6, 'orienting');

  const { openEdges, boundary } = findOpenEdges(indices, nv);
  const frame = chooseFrame(positions, indices, boundary, openEdges);
  applyOrientation(positions, frame, CROWN_TOP_MM);
  faceOutwards(positions, indices, openEdges);
  progress(0.7, 'normals');
  const normals = vertexNormals(positions, indices);
  const areas = vertexAreas(positions, indices);
  const thickness = new Float32Array(nv).fill(targetMm);
  progress(0.8, 'sampling');
  const { sites, vertexSite } = sampleSites({ positions, normals, areas, thickness, budget });

  const notes: string[] = [];
  if (known) notes.push(`${what} in ${UNIT_WORDS[units]}`);
  else if (units === 'mm')
    notes.push(`${what} assumed in millimetres (largest extent ${formatLength(sizeMm)} mm)`);
  else notes.push(`${what} in ${UNIT_WORDS[units]} (inferred): scaled ×${scale} to mm`);
  if (weld.merged > 0) notes.push(`${weld.merged.toLocaleString('en')} duplicate vertices welded`);
  if (valid.dropped > 0) notes.push(`${valid.dropped.toLocaleString('en')} invalid triangles dropped`);
  if (clean.removed > 0) notes.push(`${clean.removed.toLocaleString('en')} zero-area triangles dropped`);
  notes.push(openEdges > 0 ? `open surface (${openEdges.toLocaleString('en')} border edges)` : 'watertight');
  notes.push(frame.note);
  notes.push(`${sites.count.toLocaleString('en')} sites at ${targetMm} mm target enamel`);
  progress(1, 'done');
  const sitesOut: SiteField = sites;
  return {
    source: fileName,
    layers: [{ name: 'surface', positions, normals, indices, thickness }],
    sites: sitesOut,
    vertexSite,
    info: {
      triangles: indices.length / 3,
      units,
      unitsInferred: !known,
      message: notes.join('; '),
      welded: weld.merged,
      openEdges,
      targetThicknessMm: targetMm,
    },
  };
}

/** Load the generated molar (models/molar.glb), keeping its enamel, dentin and pulp layers. */
export function loadMolar(bytes: ArrayBuffer | Uint8Array, opts: LoadOptions = {}): Promise<ToothModel> {
  return loadModelFile(bytes, 'molar.glb', opts);
}
