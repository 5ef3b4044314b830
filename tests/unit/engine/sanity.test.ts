import { describe, expect, it } from 'vitest';
import { BotState } from '../../../renderer/engine/types';
import { SCENARIO_IDS } from '../../../renderer/timeline/scenarios';
import { scenarioEngine, snapshotArrays } from './fixtures';

function expectNoNaN(e: ReturnType<typeof scenarioEngine>, when: string): void {
  for (const [name, a] of snapshotArrays(e)) {
    for (let i = 0; i < a.length; i++) {
      if (Number.isNaN(a[i]!)) throw new Error(`${name}[${i}] is NaN ${when}`);
    }
  }
  const m = e.metrics();
  const numbers = [
    m.time,
    m.restoredFraction,
    m.deltaE00.mean,
    m.deltaE00.max,
    m.shapeDeviationMm.mean,
    m.shapeDeviationMm.max,
    m.mineralDelivered,
    m.mineralDeposited,
  ];
  for (const v of numbers) expect(Number.isFinite(v)).toBe(true);
}

describe('state sanity', () => {
  it.each(SCENARIO_IDS.map((id) => [id]))(
    '%s: no NaN anywhere, bots inside the bounds, valid states',
    (id) => {
      const e = scenarioEngine(id, 800, 1200);
      const [x0, y0, z0, x1, y1, z1] = e.bounds;
      expectNoNaN(e, 'at the start');
      let checked = 0;
      for (let i = 1; i <= 1600; i++) {
        e.step();
        if (i % 40 !== 0) continue;
        const p = e.botPositions;
        for (let b = 0; b < e.botCount; b++) {
          const x = p[b * 3]!;
          const y = p[b * 3 + 1]!;
          const z = p[b * 3 + 2]!;
          if (!(x >= x0! && x <= x1! && y >= y0! && y <= y1! && z >= z0! && z <= z1!)) {
            throw new Error(`bot ${b} at (${x}, ${y}, ${z}) is outside the bounds at step ${i}`);
          }
          if (e.botStates[b]! > BotState.Recalled) throw new Error(`bot ${b} has state ${e.botStates[b]}`);
          checked++;
        }
        for (let s = 0; s < e.siteCount; s++) {
          const chalk = e.siteChalk[s]!;
          const l = e.siteLab[s * 3]!;
          if (!(e.siteThickness[s]! >= 0 && chalk >= 0 && chalk <= 1 && l >= 0 && l <= 100)) {
            throw new Error(
              `site ${s} out of range at step ${i}: thickness ${e.siteThickness[s]}, L* ${l}, chalk ${chalk}`,
            );
          }
        }
        if (i % 400 === 0) expectNoNaN(e, `at step ${i}`);
      }
      expect(checked).toBe(40 * e.botCount);
    },
  );

  it('bounds enclose the tooth with a margin and are finite', () => {
    const e = scenarioEngine('first-patient', 100, 800);
    for (const v of e.bounds) expect(Number.isFinite(v)).toBe(true);
    expect(e.bounds[3]! - e.bounds[0]!).toBeGreaterThan(11); // the crown is 11 mm mesiodistally
  });
});
