import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { type ComponentRef, type RefObject, useEffect, useMemo, useRef } from 'react';
import { MOUSE, PerspectiveCamera, TOUCH, Vector3 } from 'three';
import { cameraPort } from '../state/camera';
import { modelBounds, useTooth } from '../state/model';
import { prefersReducedMotion, watchSystemMotion } from '../state/motion';
import type { ToothModel } from '../state/sceneData';
import { useApp } from '../state/store';
import { frameSphere } from './framing';

export interface CameraRigProps {
  /** Kiosk attract mode: nobody has touched the screen for a while. The tooth turns then, motion allowing. */
  idle: boolean;
  /** The model on show (centred on the origin by the stage): the camera frames it whole. */
  tooth?: ToothModel | null;
  /** Seconds after the last touch before the tooth starts turning again on its own. */
  resumeAfter?: number;
  /** Turning speed (three's OrbitControls units: 2 = one turn a minute at 60 fps). */
  speed?: number;
}

/** One finger turns the tooth; two pinch to zoom and move together to pan. */
const TOUCHES = { ONE: TOUCH.ROTATE, TWO: TOUCH.DOLLY_PAN };
/** Panning is for fingers: a mouse turns with either button and zooms with the wheel or middle button. */
const MOUSE_BUTTONS = { LEFT: MOUSE.ROTATE, MIDDLE: MOUSE.DOLLY, RIGHT: MOUSE.ROTATE };
/** How far a pan may move the point the camera orbits from the model's centre, as a share of its radius. */
const PAN_LIMIT_RADII = 0.6;
const scratchExcess = new Vector3();

/** Keeps a two-finger pan near the model: the camera moves back with the point it orbits. */
function usePanLimit(
  controls: RefObject<ComponentRef<typeof OrbitControls> | null>,
  limit: RefObject<number>,
) {
  useFrame(({ camera }) => {
    const target = controls.current?.target;
    if (!target) return;
    const length = target.length();
    if (length <= limit.current) return;
    scratchExcess.copy(target).multiplyScalar(1 - limit.current / length);
    target.sub(scratchExcess);
    camera.position.sub(scratchExcess);
  });
}

/** The direction the camera looks from: above and in front, as a person holding the tooth would. */
const VIEW_DIRECTION = new Vector3(0, 31, 37).normalize();
/** The radius framed before a model has loaded (the placeholder's size). */
const PLACEHOLDER_RADIUS = 13;

/**
 * Orbit controls (pan by touch only, and bounded) that frame the model whole, whatever its size, and turn it slowly while nobody touches
 * it: turning stops while someone drags and resumes a few seconds after they let go, or at once in kiosk attract
 * mode. Reduced motion (the setting, or the system's when the setting follows it) stops the turning.
 */
export function CameraRig({ idle, tooth = null, resumeAfter = 8, speed = 0.6 }: CameraRigProps) {
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null);
  const touch = useRef({ dragging: false, releasedAt: Number.NEGATIVE_INFINITY });
  const reducedMotion = useRef(false);
  const panLimit = useRef(PLACEHOLDER_RADIUS * PAN_LIMIT_RADII);
  const motionSetting = useApp((s) => s.settings.reducedMotion);
  const viewResets = useTooth((s) => s.viewResets);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);

  useEffect(() => {
    const update = () => {
      reducedMotion.current = prefersReducedMotion(motionSetting);
    };
    update();
    return watchSystemMotion(update);
  }, [motionSetting]);

  // Frame the model when it arrives and on Reset view; a resize alone keeps the viewer's own zoom.
  const aspectRef = useRef(1);
  aspectRef.current = size.height > 0 ? size.width / size.height : 1;
  // biome-ignore lint/correctness/useExhaustiveDependencies: viewResets is the request to frame again
  useEffect(() => {
    const radius = tooth ? modelBounds(tooth).radius : PLACEHOLDER_RADIUS;
    panLimit.current = radius * PAN_LIMIT_RADII;
    const fov = camera instanceof PerspectiveCamera ? camera.fov : 35;
    const f = frameSphere(radius, fov, aspectRef.current);
    camera.position.copy(VIEW_DIRECTION).multiplyScalar(f.distance);
    camera.near = f.near;
    camera.far = f.far;
    camera.updateProjectionMatrix();
    const c = controls.current;
    if (c) {
      c.target.set(0, 0, 0);
      c.minDistance = f.minDistance;
      c.maxDistance = f.maxDistance;
      c.update();
    }
  }, [tooth, viewResets, camera]);

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

  usePanLimit(controls, panLimit);

  useFrame(() => {
    const c = controls.current;
    if (!c) return;
    const t = touch.current;
    const untouched = !t.dragging && performance.now() / 1000 - t.releasedAt > resumeAfter;
    c.autoRotate = !reducedMotion.current && (idle || untouched);
  });

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      touches={TOUCHES}
      mouseButtons={MOUSE_BUTTONS}
      enableDamping
      autoRotate
      autoRotateSpeed={speed}
      onStart={handlers.onStart}
      onEnd={handlers.onEnd}
    />
  );
}
