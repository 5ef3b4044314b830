// The generated molar's anatomy landmarks, from its shape definition (molarShape.ts) and the surfaces built from
// it (molarBuild.ts): cusp tips, enamel, dentin, pulp, the cervical line and the two roots, in the molar's frame
// (mm). Written into the GLB's extras, so the app labels the very tooth it shows. Deterministic.
import type { Landmark } from '../renderer/mesh/types';
import type { MolarLayer } from './molarBuild';
import { CUSPS, dentinSdf, pulpSdf, ROOTS, toothSdf } from './molarShape';

type Dir = readonly [number, number];
/** Horizontal directions in the molar's frame: buccal +Z, lingual −Z, mesial −X, distal +X. */
const BUCCAL: Dir = [0, 1];
const LINGUAL: Dir = [0, -1];
const MESIAL: Dir = [-1, 0];
const DISTAL: Dir = [1, 0];

const round = (v: number): number => Math.round(v * 100) / 100;

function point(p: Float32Array, i: number): number[] {
  return [round(p[3 * i]!), round(p[3 * i + 1]!), round(p[3 * i + 2]!)];
}

/** Index of the vertex in [0, count) with the highest score among those `keep` accepts (-1 if none). */
function best(
  p: Float32Array,
  count: number,
  keep: (x: number, y: number, z: number) => boolean,
  score: (x: number, y: number, z: number) => number,
): number {
  let at = -1;
  let top = -Infinity;
  for (let i = 0; i < count; i++) {
    const x = p[3 * i]!;
    const y = p[3 * i + 1]!;
    const z = p[3 * i + 2]!;
    if (!keep(x, y, z)) continue;
    const s = score(x, y, z);
    if (s > top) {
      top = s;
      at = i;
    }
  }
  return at;
}

/** Within `degrees` of a horizontal direction, seen from the tooth's long axis. */
function towards(d: Dir, degrees: number, x: number, z: number): boolean {
  const r = Math.hypot(x, z);
  return r > 1e-6 && (x * d[0] + z * d[1]) / r > Math.cos((degrees * Math.PI) / 180);
}

/** Interior points of a layer on a regular grid, each with the radius that stays inside (at least `minClear`). */
function interior(
  step: number,
  minClear: number,
  clearance: (x: number, y: number, z: number) => number,
): [number[], number[]] {
  const points: number[] = [];
  const radii: number[] = [];
  for (let y = -13; y <= 7.5; y += step) {
    for (let z = -5.5; z <= 5.5; z += step) {
      for (let x = -6; x <= 6; x += step) {
        const c = clearance(x, y, z);
        if (c < minClear) continue;
        points.push(round(x), round(y), round(z));
        radii.push(round(c));
      }
    }
  }
  return [points, radii];
}

/** Landmarks of the molar whose layers are `layers` (enamel's outer vertices first, as molarBuild writes them). */
export function molarLandmarks(layers: readonly MolarLayer[]): Landmark[] {
  const enamel = layers.find((l) => l.name === 'enamel')!;
  const dentin = layers.find((l) => l.name === 'dentin')!;
  const ep = enamel.positions;
  const outer = enamel.outerVertexCount ?? ep.length / 3;
  const out: Landmark[] = [];

  // Cusp tips: the highest point of the outer enamel within a millimetre of each cusp's centre.
  for (const c of CUSPS) {
    const i = best(
      ep,
      outer,
      (x, _y, z) => (x - c.x) ** 2 + (z - c.z) ** 2 < 1,
      (_x, y) => y,
    );
    out.push({ id: `cusp-${c.name}` as Landmark['id'], points: point(ep, i) });
  }

  // Enamel: the crown's widest points at mid-height, buccal first.
  const enamelPts: number[] = [];
  for (const d of [BUCCAL, LINGUAL, MESIAL, DISTAL]) {
    const i = best(
      ep,
      outer,
      (_x, y) => Math.abs(y - 3.6) < 0.4,
      (x, _y, z) => x * d[0] + z * d[1],
    );
    enamelPts.push(...point(ep, i));
  }
  out.push({ id: 'enamel', points: enamelPts });

  // Cervical line: the lowest enamel on each side of the tooth (the enamel ends there).
  const cervical: number[] = [];
  for (const d of [BUCCAL, LINGUAL, MESIAL, DISTAL]) {
    const i = best(
      ep,
      outer,
      (x, _y, z) => towards(d, 12, x, z),
      (_x, y) => -y,
    );
    cervical.push(...point(ep, i));
  }
  out.push({ id: 'cervical-line', points: cervical });

  // Roots: the root surface halfway down each root, buccal, lingual and on its outer side.
  const dp = dentin.positions;
  const dn = dp.length / 3;
  ROOTS.forEach((r, k) => {
    const side = k === 0 ? MESIAL : DISTAL;
    const y0 = r.y0 + 0.5 * (r.y1 - r.y0);
    const pts: number[] = [];
    for (const d of [BUCCAL, LINGUAL, side]) {
      const i = best(
        dp,
        dn,
        (x, y) => Math.abs(y - y0) < 0.4 && Math.sign(x) === side[0],
        (x, _y, z) => x * d[0] + z * d[1],
      );
      pts.push(...point(dp, i));
    }
    out.push({ id: k === 0 ? 'root-mesial' : 'root-distal', points: pts });
  });

  // Dentin and pulp: points inside each, with how far the layer reaches around them (the distance functions
  // are close to true distances near their surfaces, which is where the clearance matters).
  const [dPts, dClear] = interior(0.8, 0.3, (x, y, z) => {
    const t = toothSdf(x, y, z);
    return Math.min(-dentinSdf(x, y, z, t), pulpSdf(x, y, z));
  });
  out.push({ id: 'dentin', points: dPts, clearance: dClear });
  const [pPts, pClear] = interior(0.4, 0.15, (x, y, z) => -pulpSdf(x, y, z));
  out.push({ id: 'pulp', points: pPts, clearance: pClear });
  return out;
}
