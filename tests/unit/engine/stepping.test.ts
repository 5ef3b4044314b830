import { PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { deltaE00 } from '../../../renderer/colour';
import type { Engine } from '../../../renderer/engine/engine';
import { HEALTHY_ENAMEL_LAB } from '../../../renderer/engine/palette';
import { run, scenarioEngine } from './fixtures';

/** Young-generation heap in use, bytes: where anything a step allocated would be. */
function youngBytes(): number {
  let used = 0;
  for (const space of v8.getHeapSpaceStatistics()) {
    if (space.space_name.startsWith('new')) used += space.space_used_size;
  }
  return used;
}

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

  it('allocates nothing per step once the code is warm', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    // Reading the figure allocates its own result: measure that first.
    let overhead = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 10; i++) {
      const a = youngBytes();
      overhead = Math.min(overhead, youngBytes() - a);
    }
    for (const id of ['ivy', 'young-patient-redesigned'] as const) {
      const e = scenarioEngine(id, 3000, 1200);
      const start = e.snapshot();
      const steps = 700;
      // The same window is replayed from the same snapshot, so after the first pass the JIT has seen every
      // path of it. It compiles hot code on a background thread, though, so when the code is warm is not a
      // fixed number of passes: replay until a pass runs with no collection and next to no allocation, and
      // fail if none does. Code that allocates in its steady state never gets there.
      const budget = steps * 16; // less than one boxed number (16 bytes) per step
      let allocated = Number.POSITIVE_INFINITY;
      let passes = 0;
      while (passes < 12 && !(allocated < budget)) {
        e.restore(start);
        let gcs = 0;
        const observer = new PerformanceObserver((list) => {
          gcs += list.getEntries().length;
        });
        gc();
        observer.observe({ entryTypes: ['gc'] });
        const before = youngBytes();
        run(e, steps);
        const bytes = youngBytes() - before - overhead;
        await new Promise((r) => setTimeout(r, 10));
        observer.disconnect();
        passes++;
        // A collection during the pass hides what it allocated: that pass does not count.
        if (passes > 1 && gcs === 0) allocated = bytes;
      }
      expect(allocated, `${id}: bytes allocated by ${steps} steps`).toBeLessThan(budget);
    }
  });
});
