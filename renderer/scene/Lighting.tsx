import { ContactShadows, Environment, Lightformer } from '@react-three/drei';

/**
 * Key, fill and rim lights plus an environment built in the app from local Lightformers (no HDR preset: presets
 * load from a CDN, and the app is offline and its CSP would block them).
 */
export function Lighting() {
  return (
    <>
      <ambientLight intensity={0.18} color="#b8c8d8" />
      {/* key: warm, high, front-left */}
      <directionalLight position={[-30, 40, 35]} intensity={2.2} color="#fff4e6" />
      {/* fill: cool, low, front-right */}
      <directionalLight position={[35, 5, 25]} intensity={0.7} color="#c8dcff" />
      {/* rim: behind, to separate the silhouette from the background */}
      <directionalLight position={[0, 25, -45]} intensity={1.6} color="#d8ecff" />
      <Environment resolution={128} frames={1}>
        <color attach="background" args={['#0d141b']} />
        <Lightformer form="rect" intensity={2.5} color="#fff1dc" position={[-4, 5, 6]} scale={[6, 4, 1]} />
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
      <ContactShadows
        position={[0, -15.5, 0]}
        opacity={0.55}
        scale={40}
        blur={2.6}
        far={20}
        resolution={256}
        color="#03070b"
      />
    </>
  );
}
