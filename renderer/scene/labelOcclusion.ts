// Whether a point of the tooth can be seen from the camera: a ray from the point towards the camera through a
// BVH of the tooth's outer surfaces (enamel and dentin, which covers the roots; a scan's surface), skipping what
// the cross-section has clipped away. Built once per tooth.
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { ToothModel } from '../state/sceneData';
import type { CutPlane } from './cutPlane';

/** Surfaces that hide what lies behind them (the pulp is always inside the dentin). */
const OCCLUDERS = new Set(['enamel', 'dentin', 'surface']);
/** A ray starts this far off its point, so the surface the point lies on does not hide it, mm. */
const START_MM = 0.08;

export function buildOcclusionBvh(tooth: ToothModel): { bvh: MeshBVH; geometry: BufferGeometry } {
  const layers = tooth.layers.filter((l) => OCCLUDERS.has(l.name));
  let nv = 0;
  let ni = 0;
  for (const l of layers) {
    nv += l.positions.length;
    ni += l.indices.length;
  }
  const positions = new Float32Array(nv);
  const indices = new Uint32Array(ni);
  let v = 0;
  let k = 0;
  for (const l of layers) {
    positions.set(l.positions, v);
    const base = v / 3;
    for (let i = 0; i < l.indices.length; i++) indices[k + i] = l.indices[i]! + base;
    v += l.positions.length;
    k += l.indices.length;
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setIndex(new BufferAttribute(indices, 1));
  return { bvh: new MeshBVH(geometry), geometry };
}

/** The cut as the occlusion test needs it: the plane, and the side of it that is clipped away (+1 or −1). */
export interface ClipSide {
  plane: CutPlane;
  side: number;
}

/** True where the cut has removed the point (beyond a hair's breadth on the clipped side). */
export function clippedAway(x: number, y: number, z: number, clip: ClipSide | null): boolean {
  if (!clip) return false;
  const p = clip.plane;
  return clip.side * (p.nx * x + p.ny * y + p.nz * z - p.d) > 0.02;
}

const ray = new Ray();
const target = new Vector3();
const hitPoint = new Vector3();

/** Can the camera at `camera` (model frame) see the point (x, y, z)? */
export function visibleFrom(
  bvh: MeshBVH,
  x: number,
  y: number,
  z: number,
  camera: Vector3,
  clip: ClipSide | null,
): boolean {
  target.copy(camera);
  ray.origin.set(x, y, z);
  const far = target.distanceTo(ray.origin);
  ray.direction.copy(target).sub(ray.origin).normalize();
  let near = START_MM;
  // Hits on the clipped half are not drawn: step past them (a handful at most through a tooth).
  for (let tries = 0; tries < 12; tries++) {
    const hit = bvh.raycastFirst(ray, DoubleSide, near, far);
    if (!hit) return true;
    hitPoint.copy(hit.point);
    if (!clippedAway(hitPoint.x, hitPoint.y, hitPoint.z, clip)) return false;
    near = hit.distance + 1e-3;
  }
  return false;
}
