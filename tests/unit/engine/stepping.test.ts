// Behaviour of the stepping machinery. What a warm step allocates (nothing) is a figure of the benchmarks
// (`npm run bench`, tests/bench/heap.ts, over whole runs of every scenario), guarded by allocation.test.ts.
import { describe, expect, it } from 'vitest';
import { deltaE00 } from '../../../renderer/colour';
import type { Engine } from '../../../renderer/engine/engine';
import { HEALTHY_ENAMEL_LAB } from '../../../renderer/engine/palette';
import { run, scenarioEngine } from './fixtures';

describe('stepping', () => {
  it('skips blocks of waiting bots without changing anything', () => {
    // Restoring resets the engine's note of which blocks of bots have nothing to do, so the restored engine
    // looks at every bot at the next step; the hashes match the engine that skipped all along.
    for (const id of ['first-patient', 'ivy-redesigned'] as const) {
      const skipping = scenarioEngine(id, 3000, 1200);
      const looking = scenarioEngine(id, 3000, 1200);
      for (let i = 0; i < 1600; i++) {
        skipping.step();
        looking.step();
        if (i % 7 === 0) looking.restore(looking.snapshot());
        if (i % 50 === 0) expect(looking.hash(), `${id} at step ${i + 1}`).toBe(skipping.hash());
      }
      expect(looking.hash()).toBe(skipping.hash());
      expect(looking.metrics()).toEqual(skipping.metrics());
    }
  });

  it('keeps every cached ΔE00 exact across restores, forward and back', () => {
    const e = scenarioEngine('young-patient', 2000, 1200);
    const [hl, ha, hb] = HEALTHY_ENAMEL_LAB;
    const check = (engine: Engine): void => {
      const lab = engine.siteLab;
      for (let s = 0; s < engine.siteCount; s++) {
        const direct = deltaE00(lab[s * 3]!, lab[s * 3 + 1]!, lab[s * 3 + 2]!, hl, ha, hb);
        expect(engine.siteDeltaE00(s)).toBe(Math.fround(direct));
      }
    };
    run(e, 300);
    const at300 = e.snapshot();
    const metrics300 = e.metrics();
    run(e, 900); // colours change a lot in between (treatment and the aftermath's wrong colours)
    const metrics1200 = e.metrics();
    const at1200 = e.snapshot();
    e.restore(at300);
    expect(e.metrics()).toEqual(metrics300);
    check(e);
    e.restore(at1200);
    expect(e.metrics()).toEqual(metrics1200);
    check(e);
    // Restoring between steps whose colours were never read also keeps the cache right.
    run(e, 40);
    e.restore(at300);
    check(e);
  });
});
