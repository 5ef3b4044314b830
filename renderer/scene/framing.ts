// Framing a model of any size, from a single tooth to a whole dental arch: the camera's distance from the model's
// bounding sphere and the field of view, and the near/far planes and zoom limits from its size. Plain numbers.

export interface Framing {
  /** Camera distance from the model's centre that shows the whole model. */
  distance: number;
  near: number;
  far: number;
  /** Orbit zoom limits. */
  minDistance: number;
  maxDistance: number;
}

/** Room around the model, so it never touches the edges of the view. */
export const FRAME_MARGIN = 1.45;

/**
 * The framing that fits a sphere of `radius` (mm) into a view with vertical field of view `fovDeg` and aspect
 * `aspect` (width / height): the sphere fits the narrower of the two angles, with `margin` to spare.
 */
export function frameSphere(radius: number, fovDeg: number, aspect: number, margin = FRAME_MARGIN): Framing {
  const r = Math.max(1e-3, radius);
  const vHalf = (fovDeg * Math.PI) / 360;
  const hHalf = Math.atan(Math.tan(vHalf) * Math.max(1e-3, aspect));
  const half = Math.min(vHalf, hHalf);
  const distance = (r * margin) / Math.sin(half);
  const minDistance = r * 1.15;
  const maxDistance = distance * 2.5;
  return {
    distance,
    // Near enough for the closest zoom, far enough for the farthest plus the floor under the model.
    near: Math.max(0.01, r * 0.05),
    far: maxDistance + r * 6,
    minDistance,
    maxDistance,
  };
}
