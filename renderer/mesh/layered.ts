// The generated molar (models/molar.glb): enamel, dentin and pulp kept as layers in the molar's own frame, with
// the enamel's outer-surface vertices as the surface sites.
import { computeBounds, findOpenEdges, vertexAreas, vertexNormals, weldAndRemap } from './geometry';
import type { RawMesh } from './formats';
import { sampleSites } from './sample';
import {
  assertTriangleLimit,
  DEFAULT_SCAN_THICKNESS_MM,
  type LoadProgress,
  type MeshLayer,
  MeshLoadError,
  type ToothModel,
} from './types';

/** The generated molar: keep its layers and frame; sites are the enamel's outer-surface vertices. */
export function buildLayered(
  raw: RawMesh,
  source: string,
  budget: number,
  progress: LoadProgress,
): ToothModel {
  const layers: MeshLayer[] = [];
  let triangles = 0;
  for (const name of ['enamel', 'dentin', 'pulp'] as const) {
    const part = raw.parts.find((p) => p.name === name)!;
    const n = part.positions.length / 3;
    const indices = part.indices ?? Uint32Array.from({ length: n - (n % 3) }, (_, i) => i);
    for (let i = 0; i < indices.length; i++) {
      if (indices[i]! >= n)
        throw new MeshLoadError('corrupt', 'This GLB file is damaged: a triangle points past its vertices.');
    }
    for (let i = 0; i < part.positions.length; i++) {
      if (!Number.isFinite(part.positions[i]!)) {
        throw new MeshLoadError(
          'non-finite',
          'This GLB file is damaged: some vertex coordinates are not numbers.',
        );
      }
    }
    const normals =
      part.normals && part.normals.length === part.positions.length
        ? part.normals
        : vertexNormals(part.positions, indices);
    const layer: MeshLayer = { name, positions: part.positions, normals, indices };
    if (part.thickness && part.thickness.length === n) layer.thickness = part.thickness;
    layers.push(layer);
    triangles += indices.length / 3;
  }
  assertTriangleLimit(triangles, 'GLB');
  progress(0.5, 'sampling');
  const enamel = layers[0]!;
  const nEnamel = enamel.positions.length / 3;
  const outer = raw.parts.find((p) => p.name === 'enamel')!.outerVertexCount;
  const eligible = outer !== undefined && outer > 0 && outer <= nEnamel ? outer : nEnamel;
  const thickness = enamel.thickness ?? new Float32Array(nEnamel).fill(DEFAULT_SCAN_THICKNESS_MM);
  const { sites, vertexSite } = sampleSites({
    positions: enamel.positions,
    normals: enamel.normals,
    areas: vertexAreas(enamel.positions, enamel.indices),
    thickness,
    eligibleCount: eligible,
    budget,
  });
  // The shell duplicates its cervical rim (one copy per side); welded, it should be closed.
  const bounds = computeBounds(enamel.positions);
  const diag = Math.hypot(
    bounds.max[0] - bounds.min[0],
    bounds.max[1] - bounds.min[1],
    bounds.max[2] - bounds.min[2],
  );
  const w = weldAndRemap(enamel.positions, enamel.indices, diag * 1e-6);
  const open = findOpenEdges(w.indices, w.positions.length / 3).openEdges;
  let maxT = 0;
  for (let i = 0; i < eligible; i++) if (thickness[i]! > maxT) maxT = thickness[i]!;
  return {
    source,
    layers,
    // The molar keeps its own frame, so the landmarks it states stand where they were written.
    ...(raw.landmarks ? { landmarks: raw.landmarks } : {}),
    sites,
    vertexSite,
    info: {
      triangles,
      units: 'mm',
      unitsInferred: false,
      message: `Generated mandibular first molar: enamel, dentin and pulp; ${sites.count.toLocaleString('en')} enamel sites`,
      welded: 0,
      openEdges: open,
      targetThicknessMm: Math.round(maxT * 100) / 100,
    },
  };
}
