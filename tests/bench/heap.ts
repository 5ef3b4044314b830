// The heap figure of `npm run bench`: what warm engine steps allocate (nothing, in the steady state), measured
// on the young generation with the GC exposed through a V8 flag, which is why it lives with the benchmarks.
import { PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { applyLesion } from '../../renderer/mesh';
import type { ToothModel } from '../../renderer/mesh/types';
import {
  engineConfigFor,
  getScenario,
  type ScenarioId,
  scenarioSeconds,
} from '../../renderer/timeline/scenarios';
import { createEngine } from '../../renderer/worker/engineFactory';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export interface HeapFigures {
  /**
   * Bytes the steps allocated (young generation in use after minus before, no collection in between), or -1
   * if a GC ran; without the steps that end a treatment, which are counted in `atTreatmentEnd`.
   */
  allocated: number;
  /** Bytes allocated by the steps that end a treatment (a phase change, run once in a run). */
  atTreatmentEnd: number;
  treatmentEnds: number;
  /** Heap in use after a forced collection, minus before: what the steps kept. */
  retained: number;
  gcs: number;
  steps: number;
  /** Bytes one `metrics()` call allocates: its result (a fresh object the worker posts with each frame). */
  metricsBytes: number;
}

/** Young-generation heap in use, bytes: where anything the steps allocated would be. */
function youngBytes(): number {
  let bytes = 0;
  for (const space of v8.getHeapSpaceStatistics()) {
    if (space.space_name.startsWith('new')) bytes += space.space_used_size;
  }
  return bytes;
}

/**
 * What steps warm steps of a scenario allocate, through whole runs (treatment and aftermath: launches,
 * layers, wakes, recall), back to the start after each. The compiler's own output (code, feedback) goes to the
 * old generation as it finishes on its background thread, and is not the step's.
 */
export async function heapOverRuns(
  model: ToothModel,
  id: ScenarioId,
  bots: number,
  runs: number,
  dt = 0.05,
): Promise<HeapFigures> {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const scenario = getScenario(id)!;
  const sites = applyLesion(model.sites, scenario.lesion.preset, scenario.lesion.seed);
  const engine = createEngine(sites, engineConfigFor(scenario, { bots, dt }));
  const start = engine.snapshot();
  const treatment = Math.round(scenario.treatmentSeconds / dt);
  const whole = Math.round(scenarioSeconds(scenario) / dt);
  const steps = runs * whole;
  // What reading the figure allocates itself (its result objects): the usual amount, subtracted from each
  // stretch.
  const readings: number[] = [];
  for (let i = 0; i < 21; i++) {
    const a = youngBytes();
    readings.push(youngBytes() - a);
  }
  const overhead = median(readings);
  // Warm up every code path of a run first, so that the measured steps replay code the JIT has already
  // compiled. It compiles on a background thread, so rather than a fixed number of runs: replay whole runs
  // until one allocates less than a boxed number (16 bytes) per step, at most 8 times.
  for (let r = 0; r < 8; r++) {
    gc();
    const a = youngBytes();
    for (let i = 0; i < whole; i++) engine.step();
    const warm = youngBytes() - a - overhead < whole * 16;
    engine.restore(start);
    if (r > 0 && warm) break;
  }
  let gcs = 0;
  const observer = new PerformanceObserver((list) => {
    gcs += list.getEntries().length;
  });
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  observer.observe({ entryTypes: ['gc'] });
  // Only the steps are counted: the heap in use is read before and after each stretch of steps, not across
  // the restore. The step that ends the treatment (it changes the phase of every bot and site, in code the
  // JIT sees once a run) is counted on its own.
  let allocated = 0;
  let atTreatmentEnd = 0;
  let treatmentEnds = 0;
  // A stretch whose reading falls saw a scavenge the observer may not have reported yet: it counts as one.
  let falls = 0;
  const stretch = (bytes: number): number => {
    if (bytes < 0) falls++;
    return bytes;
  };
  let from = youngBytes();
  for (let i = 0; i < steps; i++) {
    if (engine.steps + 1 === treatment) {
      allocated += stretch(youngBytes() - from - overhead);
      const a = youngBytes();
      engine.step();
      atTreatmentEnd += stretch(youngBytes() - a - overhead);
      treatmentEnds++;
      from = youngBytes();
    } else {
      engine.step();
    }
    if (engine.steps === whole) {
      allocated += stretch(youngBytes() - from - overhead);
      engine.restore(start);
      from = youngBytes();
    }
  }
  allocated += stretch(youngBytes() - from - overhead);
  // GC entries reach the observer asynchronously.
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  gc();
  gc();
  const retained = process.memoryUsage().heapUsed - before;
  // metrics(): many calls between two readings, no collection expected in between.
  engine.metrics();
  const m0 = youngBytes();
  for (let i = 0; i < 100; i++) engine.metrics();
  const grown = youngBytes() - m0 - overhead;
  // A collection in between shows as a fall: the figure is then unknown (-1).
  const metricsBytes = grown >= 0 ? Math.round(grown / 100) : -1;
  return {
    allocated: gcs + falls === 0 ? allocated : -1,
    atTreatmentEnd: gcs + falls === 0 ? atTreatmentEnd : -1,
    treatmentEnds,
    retained,
    gcs: gcs + falls,
    steps,
    metricsBytes,
  };
}
