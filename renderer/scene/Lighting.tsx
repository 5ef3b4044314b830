import { Environment, Lightformer } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import type { Group } from 'three';
import { ContactShadow } from './ContactShadow';

export interface LightingProps {
  /** Height of the floor the contact shadow lies on, world units (mm). */
  floorY?: number;
  /**
   * The tooth stands still (the camera orbits), so its contact shadow is rendered once, not every frame; a new
   * key (a new tooth) renders it again.
   */
  shadowKey?: string;
}

/**
 * Key, fill and rim lights plus an environment built in the app from local Lightformers (no HDR preset: presets
 * load from a CDN, and the app is offline and its CSP would block them).
 */
export function Lighting({ floorY = -12.5, shadowKey = '' }: LightingProps) {
  // The key, fill and rim lights keep their places relative to the viewer as the camera orbits, so the side
  // on show is always lit from the front-left and the form reads at every angle of the turn.
  const rig = useRef<Group>(null);
  useFrame(({ camera }) => {
    if (rig.current) rig.current.rotation.y = Math.atan2(camera.position.x, camera.position.z);
  });
  return (
    <>
      <ambientLight intensity={0.12} color="#b8c8d8" />
      <group ref={rig}>
        {/* key: warm, high, front-left */}
        <directionalLight position={[-38, 36, 26]} intensity={2.6} color="#fffaf4" />
        {/* fill: cool, low, front-right */}
        <directionalLight position={[35, 2, 25]} intensity={0.55} color="#c8dcff" />
        {/* rim: behind, to separate the silhouette from the background */}
        <directionalLight position={[10, 25, -45]} intensity={1.6} color="#d8ecff" />
      </group>
      <Environment resolution={128} frames={1}>
        <color attach="background" args={['#0d141b']} />
        <Lightformer form="rect" intensity={2.5} color="#fff9f0" position={[-4, 5, 6]} scale={[6, 4, 1]} />
        <Lightformer form="rect" intensity={1.2} color="#cfe3ff" position={[6, 1, 4]} scale={[4, 6, 1]} />
        <Lightformer form="ring" intensity={1.6} color="#e6f4ff" position={[0, 6, -8]} scale={5} />
        <Lightformer
          form="rect"
          intensity={0.6}
          color="#7890a8"
          position={[0, -6, 0]}
          rotation-x={Math.PI / 2}
          scale={[12, 12, 1]}
        />
      </Environment>
      <ContactShadow
        version={shadowKey}
        y={floorY}
        size={40}
        far={20}
        resolution={256}
        blur={2.6}
        opacity={0.55}
        color="#03070b"
      />
    </>
  );
}
