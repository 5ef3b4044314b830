// The camera as a shared link sees it: read on demand from the scene's orbit controls, and set from a link.
// The scene attaches its controls once they exist; a pose set before that (a link opened at start-up) waits
// here until the scene is ready.
import type { Moment } from './link';

export type CameraPose = NonNullable<Moment['camera']>;

export interface CameraHandle {
  read(): CameraPose;
  apply(pose: CameraPose): void;
}

let handle: CameraHandle | null = null;
let pending: CameraPose | null = null;

export const cameraPort = {
  /** The scene's controls are ready; returns the detachment. */
  attach(h: CameraHandle): () => void {
    handle = h;
    if (pending) {
      h.apply(pending);
      pending = null;
    }
    return () => {
      if (handle === h) handle = null;
    };
  },
  /** The pose on show, or null before the scene has its controls. */
  read(): CameraPose | null {
    return handle?.read() ?? null;
  },
  /** Shows a pose now, or as soon as the scene is ready. */
  apply(pose: CameraPose): void {
    if (handle) handle.apply(pose);
    else pending = pose;
  },
};

/** Millimetres to a thousandth: finer than a pixel, and a shorter link. */
export function roundPose(pose: CameraPose): CameraPose {
  const r = (v: number) => Math.round(v * 1000) / 1000;
  const v3 = (p: readonly number[]): [number, number, number] => [r(p[0]!), r(p[1]!), r(p[2]!)];
  return { position: v3(pose.position), target: v3(pose.target) };
}
