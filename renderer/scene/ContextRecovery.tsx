// Keeps the scene alive through a lost WebGL context (a GPU reset, a driver update, the GPU process dying):
// three's renderer prevents the default on `webglcontextlost` and rebuilds its state on `webglcontextrestored`;
// everything under this component is unmounted while the context is lost and mounted afresh on the restore, so
// geometries, textures and the render-once passes (environment, contact shadow) are uploaded and drawn again by
// the same renderer, at the same moment. (Kept mounted through the loss, the old objects would be drawn once by
// the restored state before the remount, and those their owners never dispose, such as drei's contact-shadow
// plane, would stay on its books: one geometry and one render target more after every restore.)
import { useThree } from '@react-three/fiber';
import { Fragment, type ReactNode, useEffect, useState } from 'react';
import { type Mesh, type Object3D, Scene, Texture, type WebGLRenderer } from 'three';
import { contextChanged, registerScene, useInjectedFault } from '../state/faults';

/** Throws while a test has armed the scene (inside the canvas, where a real scene error would be thrown). */
function SceneFaultProbe() {
  useInjectedFault('scene');
  return null;
}

/**
 * Lets three (r187) forget what it drew on a context being lost. On restore three builds a fresh state but
 * leaves the old one's `dispose` listeners on every geometry, material and texture it had drawn; on an object
 * that outlives the remount below (three's own DFG lookup texture, shared once per page; a mesh kept across
 * renders) such a listener keeps the whole lost state alive (programs, texture and geometry records): some
 * 100 kB a restore, for as long as the exhibit runs. Disposed while the context is lost, those objects run the
 * listeners, which remove themselves, and their deletions are no-ops on a lost context (on a restored one they
 * would each warn); three uploads everything again after the restore, as it must anyway.
 */
function releaseLostState(scene: Object3D, lookup: Texture | null): void {
  const done = new Set<{ dispose(): void }>();
  const release = (o: { dispose(): void } | null | undefined) => {
    if (o && !done.has(o)) {
      done.add(o);
      o.dispose();
    }
  };
  scene.traverse((o) => {
    release((o as Mesh).geometry);
    const material = (o as Mesh).material;
    for (const m of Array.isArray(material) ? material : material ? [material] : []) {
      for (const value of Object.values(m)) if (value instanceof Texture) release(value);
      release(m);
    }
  });
  if (scene instanceof Scene) {
    if (scene.background instanceof Texture) release(scene.background);
    release(scene.environment);
  }
  release(lookup);
}

/** three's page-wide DFG lookup texture for physically based materials, found through a drawn material's
 * uniforms (three does not export it). */
function sharedLookupTexture(gl: WebGLRenderer, scene: Object3D): Texture | null {
  let found: Texture | null = null;
  scene.traverse((o) => {
    const material = (o as Mesh).material;
    for (const m of Array.isArray(material) ? material : material ? [material] : []) {
      const uniforms = (gl.properties.get(m) as { uniforms?: Record<string, { value: unknown }> }).uniforms;
      const value = uniforms?.dfgLUT?.value;
      if (!found && value instanceof Texture) found = value;
    }
  });
  return found;
}

export function ContextRecovery({ children }: { children: ReactNode }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as { target?: { x: number; y: number; z: number } } | null;
  const [generation, setGeneration] = useState(0);
  const [lost, setLost] = useState(false);

  useEffect(() => {
    const canvas = gl.domElement;
    const lost = () => {
      // three's own handler has run (it was added first): it draws nothing until the restore.
      releaseLostState(scene, sharedLookupTexture(gl, scene));
      contextChanged(true);
      setLost(true);
    };
    const restored = () => {
      contextChanged(false);
      setLost(false);
      setGeneration((g) => g + 1);
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [gl, scene]);

  // When the canvas goes (the scene's boundary remounts it after an error), react-three-fiber disposes the
  // scene and loses the context but does not dispose the renderer, whose listeners on three's page-wide lookup
  // texture would keep it, and all it holds, alive. (A canvas still in the page is React's strict-mode rehearsal
  // of an unmount: the renderer stays.)
  useEffect(
    () => () => {
      if (!gl.domElement.isConnected) gl.dispose();
    },
    [gl],
  );

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
      {lost ? null : children}
    </Fragment>
  );
}
