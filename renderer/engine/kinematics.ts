// The bots' movement: the one kernel `Engine.step` runs over its own arrays to move every bot that is under
// way, exported so that the benchmarks time the engine's real code beside the particle libraries.
//
// A travelling bot heads for the working point of its site and moves at most `reach` towards it; a
// depositing bot rides that working point; a returning bot heads for its place in the gel. Bots in any other
// state do not move. The kernel only moves bots and says which ones got there; what happens on arrival is the
// engine's business. The step moves the travelling and the returning bots from lists of their own
// (moveListToSites, moveListHome) and sets each depositing bot on its site's working point as it deposits
// (Engine.depositRun, as holdAtSite does); `integrateBots` applies the per-bot functions to a range of bots.
//
// A site's working point (just above its current surface, which rises as the site fills) is kept per site
// and recomputed only when the site's thickness changes, rather than by every bot at every step: the kernel
// reads three numbers of one small table per bot instead of eight from four.
//
// Every number the kernel reads or writes lives in a typed array, the distance per update included: V8 keeps
// a double that is passed to a function it does not inline in a heap box, and the step allocates nothing.
import { HOVER_MM } from './constants';
import { BotState } from './types';

const TRAVELLING: number = BotState.Travelling;
const DEPOSITING: number = BotState.Depositing;
const RETURNING: number = BotState.Returning;
const HOVER: number = HOVER_MM;

/** The arrays the movement kernel works on, struct-of-arrays, in millimetres. */
export interface BotKinematics {
  /** xyz per bot (read and written). */
  readonly positions: Float32Array;
  /** BotState code per bot (read by `integrateBots`). */
  readonly states: Uint8Array;
  /** Site each bot works at (read for travelling and depositing bots). */
  readonly targets: Int32Array;
  /**
   * xyz of each bot's place in the gel (read for returning bots). Single precision, as positions are: half
   * the bytes to stream through memory per returning bot of a large swarm.
   */
  readonly homes: Float32Array;
  /** xyz of each site's working point (see `setWorkingPoint`), in double precision. */
  readonly siteGoals: Float64Array;
  /** One element: how far a bot moves in one update (speed × dt), mm. */
  readonly reach: Float64Array;
}

/**
 * Sets site s's working point in `goals`: HOVER_MM above its current surface along its outward normal (the
 * surface lies `thickness - targetThickness` from the site's position, which is on the target surface).
 */
export function setWorkingPoint(
  goals: Float64Array,
  s: number,
  positions: Float32Array,
  normals: Float32Array,
  targetThickness: Float32Array,
  thickness: Float32Array,
): void {
  const lift = thickness[s]! - targetThickness[s]! + HOVER;
  goals[s * 3] = positions[s * 3]! + normals[s * 3]! * lift;
  goals[s * 3 + 1] = positions[s * 3 + 1]! + normals[s * 3 + 1]! * lift;
  goals[s * 3 + 2] = positions[s * 3 + 2]! + normals[s * 3 + 2]! * lift;
}

/**
 * Bot b moves at most `reach` towards the point `goals[g..g+2]`. Returns 1 when it got there. The movement
 * of the kernel; `moveHome` is the same arithmetic towards a point held in single precision.
 */
export function moveTowards(kin: BotKinematics, b: number, goals: Float64Array, g: number): number {
  const pos = kin.positions;
  const reach = kin.reach[0]!;
  const tx = goals[g]!;
  const ty = goals[g + 1]!;
  const tz = goals[g + 2]!;
  const dx = tx - pos[b * 3]!;
  const dy = ty - pos[b * 3 + 1]!;
  const dz = tz - pos[b * 3 + 2]!;
  const d2 = dx * dx + dy * dy + dz * dz;
  if (d2 <= reach * reach) {
    pos[b * 3] = tx;
    pos[b * 3 + 1] = ty;
    pos[b * 3 + 2] = tz;
    return 1;
  }
  const f = reach / Math.sqrt(d2);
  pos[b * 3] = pos[b * 3]! + dx * f;
  pos[b * 3 + 1] = pos[b * 3 + 1]! + dy * f;
  pos[b * 3 + 2] = pos[b * 3 + 2]! + dz * f;
  return 0;
}

/** Travelling bot b moves at most `reach` towards its site's working point. Returns 1 when it got there. */
export function moveToSite(kin: BotKinematics, b: number): number {
  return moveTowards(kin, b, kin.siteGoals, kin.targets[b]! * 3);
}

/** Depositing bot b rides its site's working point as the surface rises. */
export function holdAtSite(kin: BotKinematics, b: number): void {
  const pos = kin.positions;
  const goals = kin.siteGoals;
  const k = kin.targets[b]! * 3;
  pos[b * 3] = goals[k]!;
  pos[b * 3 + 1] = goals[k + 1]!;
  pos[b * 3 + 2] = goals[k + 2]!;
}

/**
 * Returning bot b moves at most `reach` towards its place in the gel. Returns 1 when it got there.
 * `moveTowards` written out for single-precision goals (each read as the double it holds exactly, so the
 * arithmetic is the same), so that each of the two stays monomorphic.
 */
export function moveHome(kin: BotKinematics, b: number): number {
  const pos = kin.positions;
  const homes = kin.homes;
  const reach = kin.reach[0]!;
  const g = b * 3;
  const tx = homes[g]!;
  const ty = homes[g + 1]!;
  const tz = homes[g + 2]!;
  const dx = tx - pos[g]!;
  const dy = ty - pos[g + 1]!;
  const dz = tz - pos[g + 2]!;
  const d2 = dx * dx + dy * dy + dz * dz;
  if (d2 <= reach * reach) {
    pos[g] = tx;
    pos[g + 1] = ty;
    pos[g + 2] = tz;
    return 1;
  }
  const f = reach / Math.sqrt(d2);
  pos[g] = pos[g]! + dx * f;
  pos[g + 1] = pos[g + 1]! + dy * f;
  pos[g + 2] = pos[g + 2]! + dz * f;
  return 0;
}

/**
 * Moves the travelling bots `ids[from..to)` at most `reach` towards their sites' working points. Writes
 * those that got there over the front of the run, in the order given, and returns where they end.
 */
export function moveListToSites(kin: BotKinematics, ids: Int32Array, from: number, to: number): number {
  const targets = kin.targets;
  const goals = kin.siteGoals;
  let w = from;
  for (let i = from; i < to; i++) {
    const b = ids[i]!;
    if (moveTowards(kin, b, goals, targets[b]! * 3) === 1) ids[w++] = b;
  }
  return w;
}

/** `moveListToSites` for returning bots, towards their places in the gel. */
export function moveListHome(kin: BotKinematics, ids: Int32Array, from: number, to: number): number {
  let w = from;
  for (let i = from; i < to; i++) {
    const b = ids[i]!;
    if (moveHome(kin, b) === 1) ids[w++] = b;
  }
  return w;
}

/**
 * One movement update of bots `from` to `to - 1`, each by its state, with the very functions `Engine.step`
 * applies to each bot under way. `arrived[b]` is set for travelling and returning bots: 1 when the bot got
 * to its goal, else 0 (other entries are left as they were).
 */
export function integrateBots(kin: BotKinematics, from: number, to: number, arrived: Uint8Array): void {
  const states = kin.states;
  for (let b = from; b < to; b++) {
    const st = states[b]!;
    if (st === TRAVELLING) arrived[b] = moveToSite(kin, b);
    else if (st === DEPOSITING) holdAtSite(kin, b);
    else if (st === RETURNING) arrived[b] = moveHome(kin, b);
  }
}
