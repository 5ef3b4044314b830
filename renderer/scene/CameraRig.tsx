import { OrbitControls } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { type ComponentRef, useEffect, useMemo, useRef } from 'react';
import { cameraPort } from '../state/camera';

export interface CameraRigProps {
  /** Kiosk attract mode: nobody has touched the screen for a while. The tooth always turns then. */
  idle: boolean;
  /** Seconds after the last touch before the tooth starts turning again on its own. */
  resumeAfter?: number;
  /** Turning speed (three's OrbitControls units: 2 = one turn a minute at 60 fps). */
  speed?: number;
}

/**
 * Orbit controls (no pan) that turn the tooth slowly while nobody touches it: turning stops while someone drags
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
      enablePan={false}
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
