import { describe, expect, inject, it } from 'vitest';
import { runSoak } from '../soak/run';

// Twenty visits to the kiosk, faults among them (tests/soak/run.ts; `npm run soak` runs as many as asked).
const CYCLES = 20;

describe('the kiosk soak', () => {
  it(
    `survives ${CYCLES} visits with faults, and ends where it started`,
    async () => {
      const r = await runSoak({ baseURL: inject('baseURL'), cycles: CYCLES });
      expect(r.faultsInjected).toBeGreaterThanOrEqual(6);
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
      // Generous for 20 cycles: the start is measured cold; the 1,000-cycle target is 2 %.
      expect(r.heapGrowthPct).toBeLessThan(50);
    },
    CYCLES * 180_000,
  );
});
