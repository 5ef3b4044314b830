// A guard on what the benchmark measures in full (`npm run bench`, tests/bench/heap.ts): a warm step of the
// engine allocates nothing. A number passed to a function V8 does not inline is boxed on the heap, so one
// careless argument costs 16 bytes a step (it did: the step's time, passed to the bots' lists, 72,912 bytes
// over 4,800 steps). The bound is loose (a tenth of one box a step) so a busy machine cannot fail it, and a
// run during which a collection ran (-1) is run again.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMolar } from '../../../renderer/mesh';
import { heapOverRuns } from '../../bench/heap';

describe('allocation', () => {
  it('a warm step allocates nothing, through a whole run of the first patient', async () => {
    const model = await loadMolar(readFileSync(new URL('../../../models/molar.glb', import.meta.url)));
    let figures = await heapOverRuns(model, 'first-patient', 2000, 1);
    for (let tries = 0; figures.allocated < 0 && tries < 3; tries++)
      figures = await heapOverRuns(model, 'first-patient', 2000, 1);
    expect(figures.allocated).toBeGreaterThanOrEqual(0);
    expect(figures.allocated).toBeLessThan(figures.steps * 1.6);
  }, 120_000);
});
