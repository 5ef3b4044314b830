// The picture of the 3D view for a screenshot. The WebGL canvas keeps no copy of its last frame (no
// preserveDrawingBuffer, which would cost a copy every frame), so the scene registers a capture that renders one
// frame and hands the canvas over in the same task, while its pixels are still there.

/** Renders the scene once and calls `use` with the canvas at once (read it synchronously: drawImage). */
export type SceneCapture = (use: (canvas: HTMLCanvasElement) => void) => void;

let capture: SceneCapture | null = null;

/** The scene's capture; returns its removal. */
export function registerCapture(fn: SceneCapture): () => void {
  capture = fn;
  return () => {
    if (capture === fn) capture = null;
  };
}

/** Renders the view and passes the canvas to `use`; false when no 3D view is on show. */
export function captureScene(use: (canvas: HTMLCanvasElement) => void): boolean {
  if (!capture) return false;
  capture(use);
  return true;
}
