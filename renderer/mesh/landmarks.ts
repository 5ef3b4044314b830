// Reading the anatomy landmarks a GLB states in its extras (the generated molar writes them; see
// models/molarLandmarks.ts). The extras are input like any other: anything malformed is left out, never trusted.
import { LANDMARK_IDS, type Landmark, type LandmarkId, MAX_LANDMARK_POINTS } from './types';

const IDS: ReadonlySet<string> = new Set(LANDMARK_IDS);

function finiteNumbers(v: unknown, length: number): v is number[] {
  return (
    Array.isArray(v) && v.length === length && v.every((x) => typeof x === 'number' && Number.isFinite(x))
  );
}

/** The well-formed landmarks of `extras` (one per id, the first kept), or undefined when there are none. */
export function readLandmarks(extras: unknown): Landmark[] | undefined {
  if (!Array.isArray(extras)) return undefined;
  const out: Landmark[] = [];
  const seen = new Set<string>();
  for (const item of extras) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, points, clearance } = item as { id?: unknown; points?: unknown; clearance?: unknown };
    if (typeof id !== 'string' || !IDS.has(id) || seen.has(id)) continue;
    if (!Array.isArray(points) || points.length === 0 || points.length % 3 !== 0) continue;
    const n = points.length / 3;
    if (n > MAX_LANDMARK_POINTS || !finiteNumbers(points, points.length)) continue;
    const landmark: Landmark = { id: id as LandmarkId, points: [...points] };
    if (clearance !== undefined) {
      if (!finiteNumbers(clearance, n) || clearance.some((r) => r <= 0)) continue;
      landmark.clearance = [...clearance];
    }
    seen.add(id);
    out.push(landmark);
  }
  return out.length > 0 ? out : undefined;
}
