// Lets the screenshot tool have the 3D view: renders one frame on request and hands the canvas over before the
// browser can clear it (state/capture.ts).
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { registerCapture } from '../state/capture';

export function CaptureSource() {
  const get = useThree((s) => s.get);
  useEffect(
    () =>
      registerCapture((use) => {
        const { gl, scene, camera } = get();
        gl.render(scene, camera);
        use(gl.domElement);
      }),
    [get],
  );
  return null;
}
