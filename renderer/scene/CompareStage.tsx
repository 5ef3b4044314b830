// Compare's second view: the other protocol's tooth and swarm, drawn in the same canvas under the same camera.
// While Compare is on, this component takes over the canvas's drawing: the left half shows the original
// protocol and the right half the redesigned one, each half drawn with one of the two groups visible. One
// camera and one set of orbit controls serve both halves, so turning or zooming either turns both.
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import type { Group, Object3D, PerspectiveCamera, Plane } from 'three';
import { compareFrame, compareLive } from '../state/compare';
import type { ToothModel } from '../state/sceneData';
import { useApp } from '../state/store';
import { Swarm } from './Swarm';
import { Tooth } from './Tooth';

/** Name of the main view's group in the stage (the chapter's own scenario). */
export const MAIN_SIDE = 'main-side';

export interface CompareStageProps {
  tooth: ToothModel | null | undefined;
  /** The main view's group offset: the other tooth stands exactly where the main one does. */
  offset: [number, number, number];
  clipPlane: Plane | null;
  sectionLayer: number;
  botCapacity: number;
}

/** Mounted only while Compare is chosen, so the canvas draws itself as usual the rest of the time. */
export function CompareStage(props: CompareStageProps) {
  const on = useApp((s) => s.view.compare);
  if (!on || !props.tooth) return null;
  return <CompareScene {...props} tooth={props.tooth} />;
}

/** The draw happens after every other frame callback (priority 1 takes over R3F's own render). */
const DRAW_PRIORITY = 1;

function CompareScene({
  tooth,
  offset,
  clipPlane,
  sectionLayer,
  botCapacity,
}: CompareStageProps & { tooth: ToothModel }) {
  const partner = useRef<Group>(null);
  const main = useRef<Object3D | null>(null);

  useFrame(({ gl, scene, camera, size }) => {
    const other = partner.current;
    if (main.current?.parent !== scene) main.current = scene.getObjectByName(MAIN_SIDE) ?? null;
    const own = main.current;
    if (!other || !own || !compareLive.on) {
      // One view for now (the chapter has no pair yet, or the other engine has not started).
      if (other) other.visible = false;
      gl.render(scene, camera);
      return;
    }
    const cam = camera as PerspectiveCamera;
    const aspect = cam.aspect;
    const half = Math.floor(size.width / 2);
    cam.aspect = half / size.height;
    cam.updateProjectionMatrix();
    gl.setScissorTest(true);
    for (let side = 0; side < 2; side++) {
      const x = side === 0 ? 0 : half;
      const w = side === 0 ? half : size.width - half;
      const mainHere = (side === 0) === (compareLive.mainSide === 'left');
      own.visible = mainHere;
      other.visible = !mainHere;
      gl.setViewport(x, 0, w, size.height);
      gl.setScissor(x, 0, w, size.height);
      gl.render(scene, cam);
    }
    gl.setScissorTest(false);
    gl.setViewport(0, 0, size.width, size.height);
    own.visible = true;
    other.visible = false;
    cam.aspect = aspect;
    cam.updateProjectionMatrix();
  }, DRAW_PRIORITY);

  return (
    <group ref={partner} position={offset} visible={false} name="compare-side">
      <Tooth model={tooth} frame={compareFrame} clipPlane={clipPlane} sectionLayer={sectionLayer} />
      <Swarm frame={compareFrame} capacity={botCapacity} clipPlane={clipPlane} layer={sectionLayer} />
    </group>
  );
}
