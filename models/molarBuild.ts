// Builds the generated molar: samples the signed distance functions of models/molarShape.ts on a grid,
// extracts the surfaces with three's MarchingCubes, assembles the three nested layers and writes them as GLB
// with @gltf-transform/core. Deterministic: no randomness, fixed grid, fixed iteration order.
import { Document, Logger, WebIO } from '@gltf-transform/core';
import { BufferAttribute, BufferGeometry, MeshBasicMaterial, Vector3 } from 'three';
import { MarchingCubes } from 'three/examples/jsm/objects/MarchingCubes.js';
// The package's main entry is a UMD build that would load a second, CommonJS copy of three under Node.
import { MeshBVH } from 'three-mesh-bvh/src/index.js';
import {
  flipWinding,
  removeDegenerate,
  signedVolume,
  vertexNormals,
  weldVertices,
} from '../renderer/mesh/geometry';
import type { Landmark } from '../renderer/mesh/types';
import {
  type CrownProfile,
  crownProfile,
  dentinSdf,
  type OcclusalColumn,
  occlusalColumn,
  pulpSdf,
  toothSdf,
} from './molarShape';

export interface MolarLayer {
  name: 'enamel' | 'dentin' | 'pulp';
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  thickness?: Float32Array;
  /** Enamel only: vertices [0, outerVertexCount) lie on the outer surface, the rest on the junction with dentin. */
  outerVertexCount?: number;
}

export interface MolarBuildOptions {
  /** Grid cells along each side of the sampling cube (default 160, i.e. 0.15 mm cells). */
  resolution?: number;
}

/** The sampling cube: centred on the tooth's vertical middle, 24 mm a side. */
const CENTRE_Y = -3.3;
const HALF = 12;

function sampleFields(n: number): { tooth: Float32Array; dentin: Float32Array; pulp: Float32Array } {
  const size3 = n * n * n;
  // MarchingCubes treats values above the isolation level as inside: store the negated distances.
  const tooth = new Float32Array(size3);
  const dentin = new Float32Array(size3);
  const pulp = new Float32Array(size3);
  const step = (2 * HALF) / n;
  // The occlusal surface depends on (x, z) only and the crown's profile on y only: compute each once.
  const columns: OcclusalColumn[] = [];
  for (let k = 0; k < n; k++) {
    const z = -HALF + k * step;
    for (let i = 0; i < n; i++) columns.push(occlusalColumn(-HALF + i * step, z));
  }
  const profiles: CrownProfile[] = [];
  for (let j = 0; j < n; j++) profiles.push(crownProfile(CENTRE_Y - HALF + j * step));
  for (let k = 0; k < n; k++) {
    const z = -HALF + k * step;
    for (let j = 0; j < n; j++) {
      const y = CENTRE_Y - HALF + j * step;
      const prof = profiles[j]!;
      for (let i = 0; i < n; i++) {
        const x = -HALF + i * step;
        const q = i + j * n + k * n * n;
        const t = toothSdf(x, y, z, columns[i + k * n]!, prof);
        tooth[q] = -t;
        // Same arithmetic where the enamel thickness is zero (below the cervical line), so the outer surface
        // and the dentin surface come out identical there, vertex for vertex.
        dentin[q] = -dentinSdf(x, y, z, t);
        // The pulp is far from the outer surface: skip its evaluation where the tooth is clearly outside.
        pulp[q] = t > 1 ? -t : -pulpSdf(x, y, z);
      }
    }
  }
  return { tooth, dentin, pulp };
}

/** Run three's MarchingCubes over a field and return the triangle soup in millimetres. */
function polygonise(field: Float32Array, n: number): Float32Array {
  const mc = new MarchingCubes(n, new MeshBasicMaterial(), false, false, 600_000);
  mc.field.set(field);
  mc.isolation = 0;
  mc.update();
  const count = mc.count as number;
  const src = mc.positionArray as Float32Array;
  const out = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    out[3 * i] = src[3 * i]! * HALF;
    out[3 * i + 1] = src[3 * i + 1]! * HALF + CENTRE_Y;
    out[3 * i + 2] = src[3 * i + 2]! * HALF;
  }
  mc.geometry.dispose();
  return out;
}

/** Key of a triangle independent of which vertex it starts from (orientation kept). */
function triKey(a: number, b: number, c: number, n: number): number {
  if (a < b && a < c) return (a * n + b) * n + c;
  if (b < c) return (b * n + c) * n + a;
  return (c * n + a) * n + b;
}

/** Gather the triangles `tris` into a compact layer, vertices numbered in first-use order. */
function compact(tris: Uint32Array, map: Int32Array, order: number[]): Uint32Array {
  const out = new Uint32Array(tris.length);
  for (let i = 0; i < tris.length; i++) {
    const v = tris[i]!;
    if (map[v] === -1) {
      map[v] = order.length;
      order.push(v);
    }
    out[i] = map[v]!;
  }
  return out;
}

function gather(positions: Float32Array, order: number[]): Float32Array {
  const out = new Float32Array(order.length * 3);
  for (let i = 0; i < order.length; i++) {
    const v = order[i]!;
    out[3 * i] = positions[3 * v]!;
    out[3 * i + 1] = positions[3 * v + 1]!;
    out[3 * i + 2] = positions[3 * v + 2]!;
  }
  return out;
}

function bvhOf(positions: Float32Array, indices: Uint32Array): MeshBVH {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(positions, 3));
  g.setIndex(new BufferAttribute(indices, 1));
  return new MeshBVH(g);
}

/** Distance from each vertex to the nearest point of another surface (the enamel thickness there). */
function distances(positions: Float32Array, target: MeshBVH): Float32Array {
  const n = positions.length / 3;
  const out = new Float32Array(n);
  const p = new Vector3();
  const hit = { point: new Vector3(), distance: 0, faceIndex: 0 };
  for (let i = 0; i < n; i++) {
    p.set(positions[3 * i]!, positions[3 * i + 1]!, positions[3 * i + 2]!);
    target.closestPointToPoint(p, hit);
    out[i] = hit.distance;
  }
  return out;
}

/** Build the three layers of the molar. */
export function buildMolarLayers(options: MolarBuildOptions = {}): MolarLayer[] {
  const n = options.resolution ?? 160;
  const fields = sampleFields(n);
  const soupT = polygonise(fields.tooth, n);
  const soupD = polygonise(fields.dentin, n);
  const soupP = polygonise(fields.pulp, n);

  // Weld the outer and dentin soups together, so identical triangles below the cervical line share indices.
  const joint = new Float32Array(soupT.length + soupD.length);
  joint.set(soupT, 0);
  joint.set(soupD, soupT.length);
  const weld = weldVertices(joint, 1e-4);
  const nT = soupT.length / 3;
  const nD = soupD.length / 3;
  const trisT = new Uint32Array(nT);
  for (let i = 0; i < nT; i++) trisT[i] = weld.remap[i]!;
  const trisD = new Uint32Array(nD);
  for (let i = 0; i < nD; i++) trisD[i] = weld.remap[nT + i]!;
  const cleanT = removeDegenerate(weld.positions, trisT, 1e-9).indices;
  const cleanD = removeDegenerate(weld.positions, trisD, 1e-9).indices;
  // Marching cubes' winding depends on its tables: make the dentin (a closed surface) face outwards.
  if (signedVolume(weld.positions, cleanD) < 0) {
    flipWinding(cleanT);
    flipWinding(cleanD);
  }

  // Triangles common to both surfaces are the root surface; the rest of each is the outer enamel surface and
  // the dentino-enamel junction. Both remainders end on the same loop of edges: the cervical line.
  const nv = weld.positions.length / 3;
  const keysT = new Set<number>();
  for (let i = 0; i < cleanT.length; i += 3)
    keysT.add(triKey(cleanT[i]!, cleanT[i + 1]!, cleanT[i + 2]!, nv));
  const keysD = new Set<number>();
  for (let i = 0; i < cleanD.length; i += 3)
    keysD.add(triKey(cleanD[i]!, cleanD[i + 1]!, cleanD[i + 2]!, nv));
  const outer: number[] = [];
  for (let i = 0; i < cleanT.length; i += 3) {
    if (!keysD.has(triKey(cleanT[i]!, cleanT[i + 1]!, cleanT[i + 2]!, nv))) {
      outer.push(cleanT[i]!, cleanT[i + 1]!, cleanT[i + 2]!);
    }
  }
  const inner: number[] = [];
  for (let i = 0; i < cleanD.length; i += 3) {
    if (!keysT.has(triKey(cleanD[i]!, cleanD[i + 1]!, cleanD[i + 2]!, nv))) {
      // reversed: the junction faces into the dentin, away from the enamel
      inner.push(cleanD[i]!, cleanD[i + 2]!, cleanD[i + 1]!);
    }
  }

  // Enamel: outer-surface vertices first, then the junction's own copies (the cervical rim is duplicated so
  // each side keeps its own normal and the shell stays closed in space).
  const mapOuter = new Int32Array(nv).fill(-1);
  const orderOuter: number[] = [];
  const outerIdx = compact(Uint32Array.from(outer), mapOuter, orderOuter);
  const mapInner = new Int32Array(nv).fill(-1);
  const orderInner: number[] = [];
  const innerIdx = compact(Uint32Array.from(inner), mapInner, orderInner);
  const outerPos = gather(weld.positions, orderOuter);
  const innerPos = gather(weld.positions, orderInner);
  const outerNormals = vertexNormals(outerPos, outerIdx);
  const innerNormals = vertexNormals(innerPos, innerIdx);
  const outerThickness = distances(outerPos, bvhOf(innerPos, innerIdx));
  const innerThickness = distances(innerPos, bvhOf(outerPos, outerIdx));

  const nOuter = orderOuter.length;
  const enamelPos = new Float32Array((nOuter + orderInner.length) * 3);
  enamelPos.set(outerPos, 0);
  enamelPos.set(innerPos, nOuter * 3);
  const enamelNormals = new Float32Array(enamelPos.length);
  enamelNormals.set(outerNormals, 0);
  enamelNormals.set(innerNormals, nOuter * 3);
  const enamelThickness = new Float32Array(nOuter + orderInner.length);
  enamelThickness.set(outerThickness, 0);
  enamelThickness.set(innerThickness, nOuter);
  const enamelIdx = new Uint32Array(outerIdx.length + innerIdx.length);
  enamelIdx.set(outerIdx, 0);
  for (let i = 0; i < innerIdx.length; i++) enamelIdx[outerIdx.length + i] = innerIdx[i]! + nOuter;

  // Dentin: the whole closed surface (junction and roots).
  const mapD = new Int32Array(nv).fill(-1);
  const orderD: number[] = [];
  const dentinIdx = compact(cleanD, mapD, orderD);
  const dentinPos = gather(weld.positions, orderD);

  // Pulp: its own soup.
  const weldP = weldVertices(soupP, 1e-4);
  const pulpIdx = removeDegenerate(weldP.positions, weldP.remap, 1e-9).indices;
  if (signedVolume(weldP.positions, pulpIdx) < 0) flipWinding(pulpIdx);
  const mapP = new Int32Array(weldP.positions.length / 3).fill(-1);
  const orderP: number[] = [];
  const pulpIdxC = compact(pulpIdx, mapP, orderP);
  const pulpPos = gather(weldP.positions, orderP);

  return [
    {
      name: 'enamel',
      positions: enamelPos,
      normals: enamelNormals,
      indices: enamelIdx,
      thickness: enamelThickness,
      outerVertexCount: nOuter,
    },
    {
      name: 'dentin',
      positions: dentinPos,
      normals: vertexNormals(dentinPos, dentinIdx),
      indices: dentinIdx,
    },
    { name: 'pulp', positions: pulpPos, normals: vertexNormals(pulpPos, pulpIdxC), indices: pulpIdxC },
  ];
}

/** Colours for viewers other than the app (which shades the layers itself): linear RGBA. */
const LAYER_COLOURS: Record<MolarLayer['name'], [number, number, number, number]> = {
  enamel: [0.86, 0.83, 0.74, 0.85],
  dentin: [0.8, 0.66, 0.42, 1],
  pulp: [0.62, 0.16, 0.14, 1],
};

/**
 * Write the layers as a GLB: one mesh and node per layer, enamel thickness as the `_THICKNESS` attribute, and
 * the anatomy landmarks (when given) in the root's extras.
 */
export async function writeMolarGlb(layers: MolarLayer[], landmarks?: Landmark[]): Promise<Uint8Array> {
  const doc = new Document();
  doc.setLogger(new Logger(Logger.Verbosity.ERROR));
  doc.getRoot().getAsset().generator = 'Tooth Rebirth models/generate.ts';
  doc.getRoot().setExtras({
    toothRebirth: {
      model: 'mandibular first molar',
      units: 'mm',
      frame: 'occlusal +Y, mesiodistal X (mesial -X), buccolingual Z (buccal +Z)',
      ...(landmarks ? { landmarks } : {}),
    },
  });
  const buffer = doc.createBuffer();
  const scene = doc.createScene('molar');
  for (const layer of layers) {
    const [r, g, b, a] = LAYER_COLOURS[layer.name];
    const material = doc
      .createMaterial(layer.name)
      .setBaseColorFactor([r, g, b, a])
      .setRoughnessFactor(layer.name === 'enamel' ? 0.35 : 0.7)
      .setMetallicFactor(0)
      .setAlphaMode(a < 1 ? 'BLEND' : 'OPAQUE');
    const vertexCount = layer.positions.length / 3;
    const indexArray = vertexCount < 65536 ? Uint16Array.from(layer.indices) : layer.indices;
    const prim = doc
      .createPrimitive()
      .setMaterial(material)
      .setAttribute(
        'POSITION',
        doc.createAccessor().setType('VEC3').setArray(layer.positions).setBuffer(buffer),
      )
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(layer.normals).setBuffer(buffer))
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(indexArray).setBuffer(buffer));
    if (layer.thickness) {
      prim.setAttribute(
        '_THICKNESS',
        doc.createAccessor().setType('SCALAR').setArray(layer.thickness).setBuffer(buffer),
      );
    }
    const mesh = doc.createMesh(layer.name).addPrimitive(prim);
    if (layer.outerVertexCount !== undefined) mesh.setExtras({ outerVertexCount: layer.outerVertexCount });
    scene.addChild(doc.createNode(layer.name).setMesh(mesh));
  }
  doc.getRoot().setDefaultScene(scene);
  return new WebIO().writeBinary(doc);
}
