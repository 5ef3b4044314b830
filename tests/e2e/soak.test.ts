import { describe, expect, inject, it } from 'vitest';
import { runSoak } from '../soak/run';

// Twenty visits to the kiosk at a three-second idle time, with a fault every third visit (two of each kind), so
// the last visit is a plain one whose end is compared with the start (tests/soak/run.ts; `npm run soak` runs as
// many as asked and the README has the long run's figures).
const CYCLES = 20;
const FAULT_EVERY = 3;
const IDLE_SECONDS = 3;

describe('the kiosk soak', () => {
  it(
    `survives ${CYCLES} visits with faults, and ends where it started`,
    async () => {
      const r = await runSoak({
        baseURL: inject('baseURL'),
        cycles: CYCLES,
        faultEvery: FAULT_EVERY,
        idleSeconds: IDLE_SECONDS,
      });
      // The warm-up visits each have a fault too.
      expect(r.faultsInjected).toBe(r.warmupCycles + Math.floor(CYCLES / FAULT_EVERY));
      expect(r.faultFailures).toEqual([]);
      expect(r.faultsRecovered).toBe(r.faultsInjected);
      expect(r.errors).toEqual([]);
      expect(r.countdowns).toBeGreaterThanOrEqual(CYCLES);
      expect(r.domChanges).toEqual([]);
      expect(r.domNodesEnd).toBe(r.domNodesStart);
      expect(r.workers.end).toBe(r.workers.start);
      // No GPU resource left behind (a restored context may hold fewer, never more).
      expect(r.gl.end.geometries).toBeLessThanOrEqual(r.gl.start.geometries);
      expect(r.gl.end.textures).toBeLessThanOrEqual(r.gl.start.textures);
      expect(r.gl.end.programs).toBeLessThanOrEqual(r.gl.start.programs);
      // Generous for a short run, where code still being optimised counts as growth; the 1,000-cycle target is 2 %.
      expect(r.heapGrowthPct).toBeLessThan(50);
      expect(r.heapSamples).toHaveLength(CYCLES);
    },
    CYCLES * 60_000,
  );
});
