import { OrbitControls } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { type ComponentRef, type RefObject, useEffect, useMemo, useRef } from 'react';
import { MOUSE, TOUCH, Vector3 } from 'three';
import { cameraPort } from '../state/camera';

/** One finger turns the tooth; two pinch to zoom and move together to pan. */
const TOUCHES = { ONE: TOUCH.ROTATE, TWO: TOUCH.DOLLY_PAN };
/** Panning is for fingers: a mouse turns with either button and zooms with the wheel or middle button. */
const MOUSE_BUTTONS = { LEFT: MOUSE.ROTATE, MIDDLE: MOUSE.DOLLY, RIGHT: MOUSE.ROTATE };
/** How far a pan may move the point the camera orbits from the tooth's centre (mm), so it never leaves view. */
const PAN_LIMIT = 8;
const scratchExcess = new Vector3();

/** Keeps a two-finger pan within PAN_LIMIT of the tooth: the camera moves back with the point it orbits. */
function usePanLimit(controls: RefObject<ComponentRef<typeof OrbitControls> | null>) {
  useFrame(({ camera }) => {
    const target = controls.current?.target;
    if (!target) return;
    const length = target.length();
    if (length <= PAN_LIMIT) return;
    scratchExcess.copy(target).multiplyScalar(1 - PAN_LIMIT / length);
    target.sub(scratchExcess);
    camera.position.sub(scratchExcess);
  });
}

export interface CameraRigProps {
  /** Kiosk attract mode: nobody has touched the screen for a while. The tooth always turns then. */
  idle: boolean;
  /** Seconds after the last touch before the tooth starts turning again on its own. */
  resumeAfter?: number;
  /** Turning speed (three's OrbitControls units: 2 = one turn a minute at 60 fps). */
  speed?: number;
}

/**
 * Orbit controls (pan by touch only, and bounded) that turn the tooth slowly while nobody touches it: turning stops while someone drags
 * and resumes a few seconds after they let go, or at once in kiosk attract mode. People who asked their system
 * for reduced motion get no turning unless the kiosk is idle.
 */
export function CameraRig({ idle, resumeAfter = 8, speed = 0.6 }: CameraRigProps) {
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null);
  const touch = useRef({ dragging: false, releasedAt: Number.NEGATIVE_INFINITY });
  const reducedMotion = useRef(false);

  useEffect(() => {
    const query = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');
    if (!query) return;
    reducedMotion.current = query.matches;
    const onChange = (e: MediaQueryListEvent) => {
      reducedMotion.current = e.matches;
    };
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  // A shared link reads and sets the view; a view set from a link holds still until someone turns it.
  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    return cameraPort.attach({
      read: () => ({
        position: c.object.position.toArray() as [number, number, number],
        target: c.target.toArray() as [number, number, number],
      }),
      apply: (pose) => {
        c.object.position.set(...pose.position);
        c.target.set(...pose.target);
        c.update();
        touch.current.releasedAt = Number.POSITIVE_INFINITY;
      },
    });
  }, []);

  // Stable handlers: drei re-subscribes its listeners whenever these change.
  const handlers = useMemo(
    () => ({
      onStart: () => {
        touch.current.dragging = true;
      },
      onEnd: () => {
        touch.current.dragging = false;
        touch.current.releasedAt = performance.now() / 1000;
      },
    }),
    [],
  );

  usePanLimit(controls);

  useFrame(() => {
    const c = controls.current;
    if (!c) return;
    const t = touch.current;
    const untouched = !t.dragging && performance.now() / 1000 - t.releasedAt > resumeAfter;
    c.autoRotate = idle || (untouched && !reducedMotion.current);
  });

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      touches={TOUCHES}
      mouseButtons={MOUSE_BUTTONS}
      enableDamping
      minDistance={18}
      maxDistance={110}
      autoRotate
      autoRotateSpeed={speed}
      onStart={handlers.onStart}
      onEnd={handlers.onEnd}
    />
  );
}
