import { OrbitControls } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import { Lighting } from './Lighting';
import { PlaceholderTooth } from './PlaceholderTooth';

/** The 3D stage: the tooth centred at about half the height, turning slowly while nobody touches it. */
export function Stage() {
  return (
    <Canvas
      dpr={[1, 2]}
      camera={{ position: [0, 2, 48], fov: 35, near: 0.5, far: 400 }}
      gl={{ antialias: true, preserveDrawingBuffer: true }}
      aria-label="Tooth Rebirth 3D view"
    >
      <Lighting />
      <group position={[0, 3.25, 0]}>
        <PlaceholderTooth />
      </group>
      <OrbitControls
        makeDefault
        enablePan={false}
        minDistance={18}
        maxDistance={110}
        autoRotate
        autoRotateSpeed={0.6}
      />
    </Canvas>
  );
}
