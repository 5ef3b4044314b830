import { describe, expect, inject, it } from 'vitest';
import { runSoak } from '../soak/run';

// Eleven visits to the kiosk with a fault every second visit, so every kind of fault comes up and the last visit
// is a plain one, whose end is compared with the start (tests/soak/run.ts; `npm run soak` runs as many as asked).
// Eleven, not more, keeps `npm test` near its 15 minutes on 2 cores.
const CYCLES = 11;
const FAULT_EVERY = 2;

describe('the kiosk soak', () => {
  it(
    `survives ${CYCLES} visits with faults, and ends where it started`,
    async () => {
      const r = await runSoak({ baseURL: inject('baseURL'), cycles: CYCLES, faultEvery: FAULT_EVERY });
      expect(r.faultsInjected).toBe(Math.floor(CYCLES / FAULT_EVERY));
      expect(r.faultFailures).toEqual([]);
      expect(r.faultsRecovered).toBe(r.faultsInjected);
      expect(r.errors).toEqual([]);
      expect(r.countdowns).toBeGreaterThanOrEqual(CYCLES);
      expect(r.domNodesEnd).toBe(r.domNodesStart);
      expect(r.workers.end).toBe(r.workers.start);
      // No GPU resource left behind (a restored context may hold fewer, never more).
      expect(r.gl.end.geometries).toBeLessThanOrEqual(r.gl.start.geometries);
      expect(r.gl.end.textures).toBeLessThanOrEqual(r.gl.start.textures);
      expect(r.gl.end.programs).toBeLessThanOrEqual(r.gl.start.programs);
      // Generous for a short run: the start is measured cold; the 1,000-cycle target is 2 %.
      expect(r.heapGrowthPct).toBeLessThan(50);
    },
    CYCLES * 180_000,
  );
});
