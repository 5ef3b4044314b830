// The engine's movement, on its own, for the side-by-side with the particle libraries. `integrateBots` is the
// engine's kernel (renderer/engine/kinematics.ts): the very functions `Engine.step` applies to each bot under
// way, on the same struct-of-arrays layout. Here every bot travels towards the working point of a site; a bot
// that arrives heads for another site (the bench's rule, not the engine's), so that every bot keeps moving, as
// the libraries' particles do.
import {
  BOT_SPEED_MM_PER_S,
  BotState,
  type BotKinematics,
  integrateBots,
  setWorkingPoint,
} from '../../renderer/engine';
import type { SiteField } from '../../renderer/engine/types';
import type { Updater } from './particleLibs';

/** A small deterministic generator for the start positions (the kernel itself draws no random numbers). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export function kinematicsUpdater(n: number, sites: SiteField, dt: number): Updater {
  const S = sites.count;
  const pos = new Float32Array(3 * n);
  const targets = new Int32Array(n);
  const sitePos = sites.positions;
  const siteNrm = sites.normals;
  const rnd = lcg(12345);
  for (let b = 0; b < n; b++) {
    const k = Math.floor(rnd() * S);
    // Start in the gel, about a millimetre out from a random site.
    const lift = 0.5 + rnd();
    pos[3 * b] = sitePos[3 * k]! + siteNrm[3 * k]! * lift;
    pos[3 * b + 1] = sitePos[3 * k + 1]! + siteNrm[3 * k + 1]! * lift;
    pos[3 * b + 2] = sitePos[3 * k + 2]! + siteNrm[3 * k + 2]! * lift;
    targets[b] = Math.floor(rnd() * S);
  }
  // The sites' working points, as the engine keeps them (the surface does not grow here).
  const thickness = Float32Array.from(sites.initialThickness);
  const siteGoals = new Float64Array(3 * S);
  for (let s = 0; s < S; s++)
    setWorkingPoint(siteGoals, s, sitePos, siteNrm, sites.targetThickness, thickness);
  const kin: BotKinematics = {
    positions: pos,
    states: new Uint8Array(n).fill(BotState.Travelling),
    targets,
    homes: new Float32Array(3 * n),
    siteGoals,
    reach: Float64Array.of(BOT_SPEED_MM_PER_S * dt),
  };
  return new EngineMovement(kin, S);
}

/**
 * The updater keeps its arrays in an object, as the engine does (its kernel reads them from the engine's
 * fields): a closure over them would let the JIT fold the arrays in as constants, which the engine's own
 * step never gets, and time a faster kernel than the one that runs.
 */
class EngineMovement implements Updater {
  private readonly arrived: Uint8Array;

  constructor(
    private readonly kin: BotKinematics,
    private readonly siteCount: number,
  ) {
    this.arrived = new Uint8Array(kin.states.length);
  }

  update(): void {
    const n = this.kin.states.length;
    const S = this.siteCount;
    const targets = this.kin.targets;
    const arrived = this.arrived;
    integrateBots(this.kin, 0, n, arrived);
    for (let b = 0; b < n; b++) {
      if (arrived[b] === 0) continue;
      let next = targets[b]! + 7919;
      if (next >= S) next -= S * Math.floor(next / S);
      targets[b] = next;
    }
  }

  live(): number {
    return this.kin.states.length;
  }

  dispose(): void {}
}
