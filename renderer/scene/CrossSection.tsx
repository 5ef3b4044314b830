import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { type Mesh, PlaneGeometry, type Plane, Quaternion, Vector3 } from 'three';
import { useApp } from '../state/store';
import { type CutPlane, cutPlane, type ToothBox } from './cutPlane';
import { createCapMaterial, type SectionLayer } from './layerMaterials';

export interface CrossSectionProps {
  /** The clipping plane to steer (world space); the tooth and the swarm are clipped by it. */
  plane: Plane;
  /** Layers to cap, in nesting order, outermost first (later caps draw over earlier ones). */
  layers: readonly SectionLayer[];
  /** The tooth's box in its own frame: the cut's depth runs across it. */
  box: ToothBox;
  /** Where the tooth's frame sits in the world (the stage centres the tooth). */
  offset: readonly [number, number, number];
  /** Size of the cap quad, mm: larger than the tooth. */
  size?: number;
  /** Render layer of the caps (kept off the contact-shadow pass). */
  renderLayer?: number;
}

const model: CutPlane = { nx: 0, ny: 0, nz: 1, d: 0 };
const scratchNormal = new Vector3();
const facing = new Vector3();
const PLUS_Z = new Vector3(0, 0, 1);
const turn = new Quaternion();

/**
 * Steers `plane` to the cut the viewer chose (direction and depth, `view.crossSection`) and keeps the half of
 * the tooth away from the camera, so the cut face always turns towards the viewer; each layer's cut face is
 * filled with its own tone, so enamel, dentin and pulp read as bands. Reads the store and moves the plane inside
 * the frame loop (mutation only), so dragging the depth slider re-renders nothing.
 */
export function CrossSection({ plane, layers, box, offset, size = 40, renderLayer = 1 }: CrossSectionProps) {
  const caps = useRef<Mesh[]>([]);
  const geometry = useMemo(() => new PlaneGeometry(size, size), [size]);
  const materials = useMemo(
    () => ({
      enamel: createCapMaterial('enamel'),
      dentin: createCapMaterial('dentin'),
      pulp: createCapMaterial('pulp'),
    }),
    [],
  );
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(
    () => () => {
      for (const m of Object.values(materials)) m.dispose();
    },
    [materials],
  );

  useFrame(({ camera }) => {
    const cut = useApp.getState().view.crossSection;
    cutPlane(cut.axis, cut.depth, box, model);
    // Which side of the cut is the camera on (in the tooth's frame)? That half is clipped away.
    const side =
      model.nx * (camera.position.x - offset[0]) +
        model.ny * (camera.position.y - offset[1]) +
        model.nz * (camera.position.z - offset[2]) -
        model.d >=
      0
        ? 1
        : -1;
    // Three keeps n·p + c ≥ 0: the normal points away from the camera. In world space p = p_model + offset.
    scratchNormal.set(-side * model.nx, -side * model.ny, -side * model.nz);
    plane.normal.copy(scratchNormal);
    plane.constant = side * model.d - scratchNormal.dot(facing.set(offset[0], offset[1], offset[2]));
    // The caps lie in the plane, centred on the tooth's axis, facing the camera.
    facing.copy(scratchNormal).negate();
    turn.setFromUnitVectors(PLUS_Z, facing);
    for (const cap of caps.current) {
      if (!cap) continue;
      cap.quaternion.copy(turn);
      cap.position.copy(scratchNormal).multiplyScalar(-plane.constant);
    }
  });

  return (
    <group name="cross-section">
      {layers.map((layer, i) => (
        <mesh
          key={layer}
          ref={(m) => {
            if (m) caps.current[i] = m;
          }}
          geometry={geometry}
          material={materials[layer]}
          renderOrder={2 + i}
          layers={renderLayer}
        />
      ))}
    </group>
  );
}
