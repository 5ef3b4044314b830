// Keeps the scene alive through a lost WebGL context (a GPU reset, a driver update, the GPU process dying):
// three's renderer prevents the default on `webglcontextlost` and rebuilds its state on `webglcontextrestored`;
// then everything under this component remounts, so geometries, textures and the render-once passes
// (environment, contact shadow) are uploaded and drawn again by the same renderer, at the same moment.
import { useThree } from '@react-three/fiber';
import { Fragment, type ReactNode, useEffect, useState } from 'react';
import { contextChanged, registerScene, useInjectedFault } from '../state/faults';

/** Throws while a test has armed the scene (inside the canvas, where a real scene error would be thrown). */
function SceneFaultProbe() {
  useInjectedFault('scene');
  return null;
}

export function ContextRecovery({ children }: { children: ReactNode }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as { target?: { x: number; y: number; z: number } } | null;
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const canvas = gl.domElement;
    const lost = () => contextChanged(true);
    const restored = () => {
      contextChanged(false);
      setGeneration((g) => g + 1);
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [gl]);

  useEffect(
    () =>
      registerScene({
        renderer: gl,
        camera: () => {
          const p = camera.position;
          const t = controls?.target ?? { x: 0, y: 0, z: 0 };
          return { position: [p.x, p.y, p.z], target: [t.x, t.y, t.z] };
        },
      }),
    [gl, camera, controls],
  );

  return (
    <Fragment key={generation}>
      <SceneFaultProbe />
      {children}
    </Fragment>
  );
}
