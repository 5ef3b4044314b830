// How the scene is handed the simulation's latest frame: the frame object itself (updated in place by the
// SimClient) or a getter, for when the client behind it can change.
import type { FrameView } from '../state/sceneData';

export type FrameSource = FrameView | (() => FrameView | null) | null | undefined;

export function readFrame(source: FrameSource): FrameView | null {
  if (typeof source === 'function') return source();
  return source ?? null;
}
