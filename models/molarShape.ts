// The shape of a mandibular first molar as signed distance functions, in millimetres.
// Frame: occlusal +Y (cusps up, roots down), mesiodistal along X (mesial = -X, distal = +X),
// buccolingual along Z (buccal = +Z, lingual = -Z). The buccal cervical line sits at y = 0.
// Figures follow Wheeler's Dental Anatomy averages (see /science.md): crown 11.0 mm mesiodistal,
// 10.5 mm buccolingual, 7.5 mm high; cervix 9.0 × 9.0 mm; roots 14 mm.
//
// Sign convention: negative inside, positive outside. Each function is approximately a distance near its
// zero set (that is all marching cubes and the dentin offset need); far from the surface only the sign matters.

/** A cusp: tip position on the occlusal table, tip height and how quickly its slopes fall away. */
interface Cusp {
  readonly name: string;
  readonly x: number;
  readonly z: number;
  readonly h: number;
  /** Fall of the slope, mm of height lost at 1 mm from the tip. */
  readonly fall: number;
}

/** The five cusps: three buccal (mesiobuccal, distobuccal, distal), two lingual (higher and sharper). */
export const CUSPS: readonly Cusp[] = [
  { name: 'mesiobuccal', x: -3.0, z: 2.45, h: 7.15, fall: 0.6 },
  { name: 'distobuccal', x: 0.55, z: 2.85, h: 6.95, fall: 0.6 },
  { name: 'distal', x: 3.75, z: 1.35, h: 6.55, fall: 0.66 },
  { name: 'mesiolingual', x: -2.6, z: -2.5, h: 7.5, fall: 0.7 },
  { name: 'distolingual', x: 2.15, z: -2.45, h: 7.3, fall: 0.7 },
];

/**
 * Developmental grooves as polylines on the occlusal table (x, z pairs), with depth and half-width in mm.
 * The central groove zigzags between the buccal and lingual cusps; the mesiobuccal and distobuccal grooves run out
 * onto the buccal surface, the lingual groove onto the lingual surface.
 */
const GROOVE_LINES: readonly { pts: readonly number[]; depth: number; half: number }[] = [
  {
    pts: [-3.7, 0.2, -2.3, -0.15, -0.9, 0.1, 0.45, -0.15, 1.75, 0.25, 2.95, -0.15, 3.85, -0.5],
    depth: 0.42,
    half: 0.24,
  },
  { pts: [-0.9, 0.1, -1.05, 2.2, -1.35, 4.9], depth: 0.38, half: 0.22 },
  { pts: [1.75, 0.25, 2.2, 2.2, 2.75, 4.5], depth: 0.34, half: 0.2 },
  { pts: [-0.25, -0.05, -0.2, -2.4, -0.05, -4.9], depth: 0.38, half: 0.22 },
];
const GROOVES: readonly (readonly [number, number, number, number, number, number])[] = GROOVE_LINES.flatMap(
  (g) => {
    const segs: [number, number, number, number, number, number][] = [];
    for (let i = 0; i + 3 < g.pts.length; i += 2) {
      segs.push([g.pts[i]!, g.pts[i + 1]!, g.pts[i + 2]!, g.pts[i + 3]!, g.depth, g.half]);
    }
    return segs;
  },
);

/** Marginal ridges closing the occlusal table mesially and distally: segment, height. */
const RIDGES: readonly (readonly [number, number, number, number, number])[] = [
  [-4.05, 2.0, -3.9, -2.0, 6.15],
  [4.05, 0.8, 3.35, -2.1, 5.85],
];

/** Roots: top and apex of the centreline, radii mesiodistal (rx) and buccolingual (rz) at top and apex. */
interface Root {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly z0: number;
  readonly z1: number;
  readonly rx0: number;
  readonly rx1: number;
  readonly rz0: number;
  readonly rz1: number;
}

/** Mesial root: broad, curving distally towards its apex. Distal root: a little shorter and straighter. */
export const ROOTS: readonly Root[] = [
  { x0: -2.5, x1: -1.45, y0: -1.0, y1: -14.0, z0: 0, z1: -0.3, rx0: 1.7, rx1: 0.55, rz0: 3.9, rz1: 1.1 },
  { x0: 2.55, x1: 2.9, y0: -1.0, y1: -13.4, z0: 0, z1: -0.2, rx0: 1.6, rx1: 0.5, rz0: 3.7, rz1: 1.0 },
];

export const CROWN_TOP_Y = 7.5;
/** Height where the roots' centrelines end inside the tooth (hidden within the cervical third of the crown). */
const ROOT_CAP_Y = 1.0;
export const ROOT_APEX_Y = -14.0;

function clamp01(v: number): number {
  return v < 0 ? 0 : Math.min(v, 1);
}

function smoothstep(e0: number, e1: number, v: number): number {
  const t = clamp01((v - e0) / (e1 - e0));
  return t * t * (3 - 2 * t);
}

/** Polynomial smooth minimum (union) with blend radius k. */
export function smin(a: number, b: number, k: number): number {
  const h = clamp01(0.5 + (0.5 * (b - a)) / k);
  return b + (a - b) * h - k * h * (1 - h);
}

/** Polynomial smooth maximum (intersection) with blend radius k. */
export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k);
}

/** Catmull-Rom interpolation through (ys[i], vs[i]) with ys ascending; clamped outside. */
function spline(ys: readonly number[], vs: readonly number[], y: number): number {
  const n = ys.length;
  if (y <= ys[0]!) return vs[0]!;
  if (y >= ys[n - 1]!) return vs[n - 1]!;
  let i = 0;
  while (y > ys[i + 1]!) i++;
  const t = (y - ys[i]!) / (ys[i + 1]! - ys[i]!);
  const p0 = vs[Math.max(0, i - 1)]!;
  const p1 = vs[i]!;
  const p2 = vs[i + 1]!;
  const p3 = vs[Math.min(n - 1, i + 2)]!;
  const t2 = t * t;
  const t3 = t2 * t;
  return (
    0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3)
  );
}

// Half-widths of the crown and root trunk at height y: mesial (-X), distal (+X), buccal (+Z), lingual (-Z).
// The buccal height of contour is in the cervical third, the lingual in the middle third; proximal contacts sit
// near the junction of the occlusal and middle thirds. Buccal and lingual surfaces lean towards the occlusal table.
const PROFILE_Y = [-4.6, -3.5, -1.5, 0, 1.6, 3.2, 4.6, 6.0, 7.6];
const MESIAL = [3.6, 3.95, 4.3, 4.55, 5.1, 5.45, 5.5, 5.2, 4.5];
const DISTAL = [3.5, 3.85, 4.25, 4.45, 5.05, 5.45, 5.5, 5.15, 4.4];
const BUCCAL = [3.3, 3.75, 4.2, 4.5, 5.25, 5.15, 4.8, 4.2, 3.6];
const LINGUAL = [3.3, 3.75, 4.2, 4.5, 5.0, 5.25, 5.2, 4.8, 4.0];

/** Signed distance to a segment in the occlusal plane (x, z). */
function segDist(px: number, pz: number, x0: number, z0: number, x1: number, z1: number): number {
  const dx = x1 - x0;
  const dz = z1 - z0;
  const t = clamp01(((px - x0) * dx + (pz - z0) * dz) / (dx * dx + dz * dz));
  const ex = px - x0 - t * dx;
  const ez = pz - z0 - t * dz;
  return Math.sqrt(ex * ex + ez * ez);
}

const DOME_SCRATCH = new Float64Array(CUSPS.length + RIDGES.length);

/** Height of the occlusal surface over (x, z): cusp domes merged by a smooth maximum, ridges, fossae, grooves. */
export function occlusalHeight(x: number, z: number): number {
  // Smooth maximum of the cusp domes (log-sum-exp): where two domes meet it leaves a V-shaped valley,
  // which is where the developmental grooves run.
  const k = 0.32;
  let sum = 0;
  let best = -1e9;
  const vals = DOME_SCRATCH;
  let n = 0;
  for (const c of CUSPS) {
    const dx = x - c.x;
    const dz = z - c.z;
    // Each cusp sends a triangular ridge down towards the central groove: its slope falls more gently along
    // the direction to the centre and more steeply across it, blended smoothly around the tip.
    const cl = Math.sqrt(c.x * c.x + c.z * c.z);
    const ux = -c.x / cl;
    const uz = -c.z / cl;
    const along = dx * ux + dz * uz;
    const across = -dx * uz + dz * ux;
    const w = smoothstep(-0.6, 0.6, along);
    const fa = 1 - 0.22 * w;
    const fc = 1 + 0.18 * w;
    const r = Math.sqrt((along * fa) ** 2 + (across * fc) ** 2);
    const v = c.h - c.fall * r ** 1.35;
    vals[n++] = v;
    if (v > best) best = v;
  }
  for (const r of RIDGES) {
    const d = segDist(x, z, r[0], r[1], r[2], r[3]);
    const v = r[4] - 0.75 * d ** 1.5;
    vals[n++] = v;
    if (v > best) best = v;
  }
  for (let i = 0; i < n; i++) sum += Math.exp((vals[i]! - best) / k);
  let h = best + k * Math.log(sum);
  // Grooves: narrow V-shaped furrows, deepest in the central fossa.
  let groove = 0;
  // A slight wobble keeps the grooves from running ruler-straight.
  const gx = x + 0.09 * Math.sin(2.7 * z + 0.6);
  const gz = z + 0.09 * Math.sin(2.3 * x + 1.9);
  for (const g of GROOVES) {
    const d = segDist(gx, gz, g[0], g[1], g[2], g[3]);
    const w = g[5];
    if (d < 2 * w) {
      const u = d / w;
      const v = g[4] * Math.exp(-u * u * 1.6);
      if (v > groove) groove = v;
    }
  }
  // Central fossa and the mesial and distal pits: shallow round hollows.
  const fossa =
    0.35 * Math.exp(-((x - 0.35) ** 2 + (z - 0.05) ** 2) / 1.1) +
    0.3 * Math.exp(-((x + 3.35) ** 2 + (z - 0.05) ** 2) / 0.35) +
    0.25 * Math.exp(-((x - 3.35) ** 2 + (z + 0.35) ** 2) / 0.3);
  h -= groove + fossa;
  return h;
}

/** Buccal and lingual grooves continue down the smooth surfaces to the buccal pit and lingual groove end. */
function surfaceGrooves(x: number, y: number, z: number): number {
  let g = 0;
  if (z > 0) {
    // mesiobuccal groove ends in the buccal pit at about y = 3.8; distobuccal groove is shorter
    const fade1 = smoothstep(3.2, 5.2, y);
    g += 0.25 * fade1 * Math.exp(-(((x + 1.3) / 0.45) ** 2));
    const fade2 = smoothstep(4.4, 5.8, y);
    g += 0.2 * fade2 * Math.exp(-(((x - 2.7) / 0.42) ** 2));
  } else {
    const fade = smoothstep(4.2, 6.0, y);
    g += 0.22 * fade * Math.exp(-(((x + 0.05) / 0.45) ** 2));
  }
  return g;
}

/** The occlusal surface over a column (x, z): its height and the slope factor that turns height into distance. */
export interface OcclusalColumn {
  h: number;
  /** sqrt(1 + |∇h|²) */
  slope: number;
}

export function occlusalColumn(x: number, z: number): OcclusalColumn {
  const h = occlusalHeight(x, z);
  const e = 0.02;
  const gx = (occlusalHeight(x + e, z) - h) / e;
  const gz = (occlusalHeight(x, z + e) - h) / e;
  return { h, slope: Math.sqrt(1 + gx * gx + gz * gz) };
}

/** Half-widths of the crown and trunk at a height: mesial, distal, buccal, lingual. */
export interface CrownProfile {
  aM: number;
  aD: number;
  bB: number;
  bL: number;
}

export function crownProfile(y: number): CrownProfile {
  return {
    aM: spline(PROFILE_Y, MESIAL, y),
    aD: spline(PROFILE_Y, DISTAL, y),
    bB: spline(PROFILE_Y, BUCCAL, y),
    bL: spline(PROFILE_Y, LINGUAL, y),
  };
}

/** Signed distance to the crown and root trunk (no roots), given its column and profile. */
function bodySdf(x: number, y: number, z: number, col: OcclusalColumn, prof: CrownProfile): number {
  const { aM, aD, bB, bL } = prof;
  // The crown converges lingually: the lingual half is narrower mesiodistally.
  const lingualNarrowing = z < 0 ? 1 - 0.07 * Math.min(1, -z / bL) : 1;
  const a = (x < 0 ? aM : aD) * lingualNarrowing;
  const b = z > 0 ? bB : bL;
  const n = 2.7;
  const u = Math.abs(x) / a;
  const v = Math.abs(z) / b;
  const s = (u ** n + v ** n) ** (1 / n);
  const side = (s - 1) * Math.min(a, b) + surfaceGrooves(x, y, z);
  // Occlusal surface as a height field, its distance estimated by dividing by the slope.
  const top = (y - col.h) / col.slope;
  // Bottom of the root trunk (the furcation), hidden inside the roots' union.
  const bottom = -4.4 - y;
  return smax(smax(side, top, 0.7), bottom, 1.0);
}

/** Signed distance to one root: a curved, tapering, flattened cone with a rounded apex. */
function rootSdf(r: Root, x: number, y: number, z: number): number {
  const len = r.y0 - r.y1;
  const t = (r.y0 - y) / len;
  // Above its top the root continues straight up inside the trunk, capped well inside the crown's cervical third.
  if (y > ROOT_CAP_Y + 0.5) return y - ROOT_CAP_Y;
  const tc = Math.min(Math.max(t, 0), 1);
  const cx = r.x0 + (r.x1 - r.x0) * tc ** 1.6;
  const cz = r.z0 + (r.z1 - r.z0) * tc;
  // Taper with a rounded apex: the radii close like an ellipse over the last apex-radius of length.
  const rx = r.rx0 + (r.rx1 - r.rx0) * tc;
  let rz = r.rz0 + (r.rz1 - r.rz0) * tc ** 0.8;
  const capLen = 1.4;
  const tcap = 1 - capLen / len;
  let cap = 1;
  if (t > tcap) {
    const q = (t - tcap) / (1 - tcap);
    cap = q >= 1 ? 0 : Math.sqrt(1 - q * q);
  }
  // Mesial and distal faces of the roots carry a shallow longitudinal concavity.
  const dz = z - cz;
  const pinch = 1 - 0.22 * Math.exp(-((dz / (0.45 * rz)) ** 2)) * smoothstep(0.05, 0.3, t);
  const rxe = Math.max(rx * cap * pinch, 1e-3);
  rz = Math.max(rz * cap, 1e-3);
  const dx = x - cx;
  const q = Math.sqrt((dx / rxe) ** 2 + (dz / rz) ** 2);
  let d = (q - 1) * Math.min(rxe, rz);
  if (t > 1) d = Math.max(d, (t - 1) * len);
  return Math.max(d, y - ROOT_CAP_Y);
}

/**
 * Signed distance to the whole outer surface of the tooth: crown, root trunk and two roots.
 * `col` and `prof` may be passed when already known (they depend on (x, z) and on y alone).
 */
export function toothSdf(
  x: number,
  y: number,
  z: number,
  col: OcclusalColumn = occlusalColumn(x, z),
  prof: CrownProfile = crownProfile(y),
): number {
  let d = bodySdf(x, y, z, col, prof);
  if (y < ROOT_CAP_Y + 0.2) {
    // The roots merge with the trunk through a fillet that widens downwards: none near the cervical line (where
    // the roots lie just inside the trunk and a fillet would raise a collar), a full one at the furcation.
    const k = 0.05 + 1.05 * smoothstep(-1.0, -3.6, y);
    for (const r of ROOTS) d = smin(d, rootSdf(r, x, y, z), k);
  }
  return d;
}

/** Height of the cervical line (cemento-enamel junction) around the tooth: it rises on the proximal surfaces. */
export function cervicalLineY(x: number, z: number): number {
  const r = Math.sqrt(x * x + z * z) + 1e-6;
  const ux = x / r;
  const uz = z / r;
  const mesial = ux < 0 ? ux * ux : 0;
  const distal = ux > 0 ? ux * ux : 0;
  const lingual = uz < 0 ? uz * uz : 0;
  return 0.95 * mesial + 0.6 * distal + 0.25 * lingual;
}

/**
 * Enamel thickness field (mm) used to place the dentino-enamel junction: zero at and below the cervical line,
 * rising to about 1.3 mm on the smooth surfaces and 2.5 mm over the cusp tips, thinner in the fossa and grooves.
 */
export function enamelThicknessField(x: number, y: number, z: number): number {
  const s = y - cervicalLineY(x, z);
  if (s <= 0) return 0;
  const u = Math.min(1, s / 3.4);
  const ramp = 1 - (1 - u) * (1 - u);
  let cusp = 0;
  for (const c of CUSPS) {
    const w = Math.exp(-((x - c.x) ** 2 + (z - c.z) ** 2) / (2 * 1.25 * 1.25));
    if (w > cusp) cusp = w;
  }
  const occlusal = 1.0 + 1.5 * cusp;
  const w = smoothstep(3.6, 6.2, y);
  return ramp * (1.3 * (1 - w) + occlusal * w);
}

/** Signed distance to the dentin: the outer surface pushed inwards by the enamel thickness. */
export function dentinSdf(x: number, y: number, z: number, toothDistance: number): number {
  return toothDistance + enamelThicknessField(x, y, z);
}

function capsule(
  x: number,
  y: number,
  z: number,
  ax: number,
  ay: number,
  az: number,
  bx: number,
  by: number,
  bz: number,
  ra: number,
  rb: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const dz = bz - az;
  const t = clamp01(((x - ax) * dx + (y - ay) * dy + (z - az) * dz) / (dx * dx + dy * dy + dz * dz));
  const ex = x - ax - t * dx;
  const ey = y - ay - t * dy;
  const ez = z - az - t * dz;
  return Math.sqrt(ex * ex + ey * ey + ez * ez) - (ra + (rb - ra) * t);
}

/** Signed distance to the pulp: the chamber, a horn under each cusp, and a canal down each root. */
export function pulpSdf(x: number, y: number, z: number): number {
  // Chamber: a rounded box, wider mesiodistally, roof about 2.4 mm above the cervical line.
  const cy = 1.0;
  const qx = Math.abs(x - 0.1) - 2.1;
  const qy = Math.abs(y - cy) - 0.6;
  const qz = Math.abs(z) - 1.7;
  const ox = Math.max(qx, 0);
  const oy = Math.max(qy, 0);
  const oz = Math.max(qz, 0);
  let d = Math.sqrt(ox * ox + oy * oy + oz * oz) + Math.min(Math.max(qx, qy, qz), 0) - 0.85;
  // Horns reach up towards each cusp tip, the mesial ones highest.
  for (const c of CUSPS) {
    const tipY = 3.45 + (c.h - 6.5) * 0.6;
    const horn = capsule(x, y, z, c.x * 0.45, 1.4, c.z * 0.45, c.x * 0.62, tipY, c.z * 0.62, 0.95, 0.25);
    d = smin(d, horn, 0.6);
  }
  // Canals: one per root, ribbon-shaped in the broad mesial root, following the root's centreline.
  if (y < 0.8) {
    for (const r of ROOTS) {
      const len = r.y0 - r.y1;
      const t = (r.y0 - y) / len;
      const tc = Math.min(Math.max(t, 0), 0.985);
      const cx = r.x0 + (r.x1 - r.x0) * tc ** 1.6;
      const cz = r.z0 + (r.z1 - r.z0) * tc;
      const rx = 0.42 + (0.16 - 0.42) * tc;
      const rz = 0.95 * (r.rz0 / 3.9) + (0.2 - 0.95 * (r.rz0 / 3.9)) * tc;
      const qq = Math.sqrt(((x - cx) / rx) ** 2 + ((z - cz) / rz) ** 2);
      let canal = (qq - 1) * Math.min(rx, rz);
      const end = r.y1 + 0.25;
      canal = Math.max(canal, end - y, y - 0.8);
      d = smin(d, canal, 0.6);
    }
  }
  return d;
}
