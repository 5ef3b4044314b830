import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { type Mesh, PlaneGeometry, type Plane } from 'three';
import { createCapMaterial, type SectionLayer } from './layerMaterials';

export interface CrossSectionProps {
  /** The clipping plane to steer (world space); the tooth and the swarm are clipped by it. */
  plane: Plane;
  /** Layers to cap, in nesting order, outermost first (later caps draw over earlier ones). */
  layers: readonly SectionLayer[];
  /** Size of the cap quad, mm: larger than the tooth. */
  size?: number;
  /** Render layer of the caps (kept off the contact-shadow pass). */
  renderLayer?: number;
}

/**
 * A vertical cut through the tooth's centre (the world origin) that always faces the viewer: the near half is
 * clipped away and each layer's cut face is filled with its own tone, so enamel, dentin and pulp read as bands.
 * The plane turns with the camera inside the frame loop (mutation only).
 */
export function CrossSection({ plane, layers, size = 40, renderLayer = 1 }: CrossSectionProps) {
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
    // Horizontal direction from the tooth to the camera; the kept half is the one away from the viewer.
    let dx = camera.position.x;
    let dz = camera.position.z;
    const len = Math.hypot(dx, dz);
    if (len < 1e-6) {
      dx = 0;
      dz = 1;
    } else {
      dx /= len;
      dz /= len;
    }
    plane.normal.set(-dx, 0, -dz);
    plane.constant = 0;
    const angle = Math.atan2(dx, dz);
    for (const cap of caps.current) if (cap) cap.rotation.set(0, angle, 0);
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
