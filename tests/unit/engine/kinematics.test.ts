import { describe, expect, it } from 'vitest';
import { HOVER_MM } from '../../../renderer/engine/constants';
import {
  type BotKinematics,
  integrateBots,
  moveListHome,
  moveListToSites,
  moveToSite,
  setWorkingPoint,
} from '../../../renderer/engine/kinematics';
import { BotState } from '../../../renderer/engine/types';

// Two sites on the x axis, normals up; site 1's enamel is 0.2 mm short of its target.
const sitePositions = Float32Array.of(0, 0, 0, 5, 0, 0);
const siteNormals = Float32Array.of(0, 1, 0, 0, 1, 0);
const targetThickness = Float32Array.of(1, 1);
const thickness = Float32Array.of(1, 0.8);

function goals(): Float64Array {
  const g = new Float64Array(6);
  for (let s = 0; s < 2; s++) setWorkingPoint(g, s, sitePositions, siteNormals, targetThickness, thickness);
  return g;
}

function kinematics(states: number[], positions: number[], targets: number[], reach: number): BotKinematics {
  return {
    positions: Float32Array.from(positions),
    states: Uint8Array.from(states),
    targets: Int32Array.from(targets),
    homes: Float32Array.from(states.flatMap((_, b) => [b, 10, 0])),
    siteGoals: goals(),
    reach: Float64Array.of(reach),
  };
}

const distance = (p: Float32Array, b: number, x: number, y: number, z: number): number =>
  Math.hypot(p[b * 3]! - x, p[b * 3 + 1]! - y, p[b * 3 + 2]! - z);

describe('movement kernel', () => {
  it('puts the working point HOVER_MM above the current surface, along the normal', () => {
    const g = goals();
    expect(g[1]).toBeCloseTo(HOVER_MM, 12);
    // Site 1's surface lies 0.2 mm below its target surface.
    expect(g[3]).toBe(5);
    expect(g[4]).toBeCloseTo(Math.fround(0.8) - 1 + HOVER_MM, 12);
    expect(g[5]).toBe(0);
  });

  it('moves travelling bots at most `reach` straight towards the working point, and says who arrived', () => {
    const k = kinematics(
      [BotState.Travelling, BotState.Travelling],
      [0, 3, 0, 5.05, -0.1, 0.02],
      [0, 1],
      0.15,
    );
    const arrived = new Uint8Array(2).fill(9);
    integrateBots(k, 0, 2, arrived);
    // Bot 0 was 3 mm above site 0's working point: it comes 0.15 mm closer, still on the normal.
    expect(distance(k.positions, 0, 0, HOVER_MM, 0)).toBeCloseTo(3 - HOVER_MM - 0.15, 5);
    expect(k.positions[0]).toBe(0);
    expect(arrived[0]).toBe(0);
    // Bot 1 was within reach: it lands on the working point exactly (to float precision).
    const g = k.siteGoals;
    expect(Array.from(k.positions.subarray(3, 6))).toEqual([g[3]!, g[4]!, g[5]!].map(Math.fround));
    expect(arrived[1]).toBe(1);
  });

  it('keeps depositing bots on the rising working point and brings returning bots home', () => {
    const k = kinematics(
      [BotState.Depositing, BotState.Returning, BotState.Returning],
      [4, 4, 4, 1, 9, 0, 2, 0.2, 0],
      [1, -1, -1],
      0.5,
    );
    const arrived = new Uint8Array(3).fill(9);
    integrateBots(k, 0, 3, arrived);
    expect(distance(k.positions, 0, k.siteGoals[3]!, k.siteGoals[4]!, k.siteGoals[5]!)).toBeLessThan(1e-6);
    expect(arrived[0]).toBe(9); // not a moving state: left as it was
    // Bot 1's home is (1, 10, 0), 1 mm away: it moves half way.
    expect(distance(k.positions, 1, 1, 10, 0)).toBeCloseTo(0.5, 6);
    expect(arrived[1]).toBe(0);
    // The surface grows: the depositing bot follows on the next update.
    thickness[1] = 0.9;
    k.siteGoals.set(goals());
    integrateBots(k, 0, 1, arrived);
    expect(k.positions[1]).toBeCloseTo(0.9 - 1 + HOVER_MM, 6);
    thickness[1] = 0.8;
    // Bot 2 (home (2, 10, 0), 9.8 mm away) moves 0.5 mm an update: home at the 20th, not before.
    let updates = 1;
    do {
      integrateBots(k, 2, 3, arrived);
      updates++;
    } while (arrived[2] === 0 && updates < 100);
    expect(updates).toBe(20);
    expect(Array.from(k.positions.subarray(6, 9))).toEqual([2, 10, 0]);
  });

  it('leaves bots in the gel, dormant or recalled where they are, and touches only the given range', () => {
    const states = [BotState.Reservoir, BotState.Dormant, BotState.Recalled, BotState.Travelling];
    const k = kinematics(states, [1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 3, 0], [0, 0, 0, 0], 0.15);
    const before = k.positions.slice();
    const arrived = new Uint8Array(4).fill(9);
    integrateBots(k, 0, 3, arrived);
    expect(k.positions).toEqual(before);
    expect(Array.from(arrived)).toEqual([9, 9, 9, 9]);
    // The per-bot function the engine calls gives the same move as the range.
    const single = kinematics(states, Array.from(before), [0, 0, 0, 0], 0.15);
    expect(moveToSite(single, 3)).toBe(0);
    integrateBots(k, 3, 4, arrived);
    expect(single.positions).toEqual(k.positions);
  });

  it('moves the bots of a list as integrateBots moves them, and lists those that arrived, in order', () => {
    const T = BotState.Travelling;
    const R = BotState.Returning;
    const states = [T, R, T, R, T, R];
    const positions = [0, 3, 0, 1, 10.1, 0, 5.05, -0.1, 0.02, 9, 9, 9, 4.9, 0, 0, 5, 10, 0];
    const targets = [0, 0, 1, 0, 1, 0];
    const byRange = kinematics(states, positions, targets, 0.15);
    const arrived = new Uint8Array(6);
    integrateBots(byRange, 0, 6, arrived);
    const byList = kinematics(states, positions, targets, 0.15);
    // The step's lists: travelling bots 0, 2, 4 and returning bots 1, 3, 5, each in index order.
    const ids = Int32Array.of(0, 2, 4, 1, 3, 5);
    const sitesEnd = moveListToSites(byList, ids, 0, 3);
    const homeEnd = moveListHome(byList, ids, 3, 6);
    expect(byList.positions).toEqual(byRange.positions);
    expect(Array.from(ids.subarray(0, sitesEnd))).toEqual([0, 2, 4].filter((b) => arrived[b] === 1));
    expect(Array.from(ids.subarray(3, homeEnd))).toEqual([1, 3, 5].filter((b) => arrived[b] === 1));
    expect(sitesEnd).toBe(1); // bot 2 only
    expect(homeEnd).toBe(5); // bots 1 and 5
  });
});
