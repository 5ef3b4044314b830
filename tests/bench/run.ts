// `npm run bench`: the simulation's speed figures, as a table, or as one JSON object with --json.
//
//   npm run bench -- [--json] [--quick]
//
// Every figure comes from the modules the app runs: the engine (renderer/engine) behind the worker's host and
// server (renderer/worker), the generated molar (models/molar.glb) read by the mesh loader with the scenario's
// lesion, and the frame apply the scene runs (scene/toothGeometry.ts). Targets are printed beside the figures; they are benchmarks, not
// pass/fail tests. --quick shortens every run (a smoke run; its figures are noisier).
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SiteField } from '../../renderer/engine/types';
import { applyLesion, loadMolar } from '../../renderer/mesh';
import type { ToothModel } from '../../renderer/mesh/types';
import { applyEnamelFrame, buildToothGeometry } from '../../renderer/scene/toothGeometry';
import {
  engineConfigFor,
  getScenario,
  type ScenarioId,
  scenarioSeconds,
} from '../../renderer/timeline/scenarios';
import { createEngine } from '../../renderer/worker/engineFactory';
import { accumulateChanges, createFrameView } from '../../renderer/worker/frame';
import type { FromWorker } from '../../renderer/worker/protocol';
import { SimServer } from '../../renderer/worker/server';
import { createSharedFrameBuffer, SharedFrameReader } from '../../renderer/worker/sharedFrames';
import { type HeapFigures, heapOverSteps } from './heap';
import { kinematicsUpdater } from './kinematics';
import type { Updater } from './particleLibs';

const args = new Set(process.argv.slice(2));
const JSON_OUT = args.has('--json');
const QUICK = args.has('--quick');
for (const a of args) {
  if (a !== '--json' && a !== '--quick') {
    console.error(`bench: unknown argument ${a} (known: --json, --quick)`);
    process.exit(2);
  }
}

/** Progress and notes go to stderr, so that --json prints one object on stdout. */
const note = (msg: string): void => {
  process.stderr.write(`${msg}\n`);
};

const SCENARIO = getScenario('first-patient')!;
const DT = 0.05;
const ENGINE_SIZES = [10_000, 100_000, 1_000_000] as const;
/** Steps timed per size and round: the first 20 simulated seconds of the treatment, the busiest part of the run. */
const ENGINE_WINDOW = QUICK ? 100 : 400;
/** Timed rounds over that window, every size in each round (after one untimed round). */
const ENGINE_ROUNDS = QUICK ? 2 : 4;
const KIN_BOTS = 100_000;
const KIN_UPDATES = QUICK ? 30 : 100;
const SEEK_BOTS = 100_000;
const SEEKS = QUICK ? 20 : 60;
const FRAME_REPS = QUICK ? 30 : 120;
const HEAP_STEPS = 10_000;
const HEAP_BOTS = 10_000;
/** The heap figure's scenarios: both protocols, with and without genotype anomalies (wakes, layers, recall). */
const HEAP_SCENARIOS: readonly ScenarioId[] = ['first-patient', 'ivy', 'young-patient-redesigned'];

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
const median = (xs: number[]): number => quantile(xs, 0.5);
const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

/** A small seeded generator for the seek moments. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

// ---- the tooth ------------------------------------------------------------------------------------------

async function tooth(): Promise<{ model: ToothModel; sites: SiteField }> {
  const bytes = readFileSync(fileURLToPath(new URL('../../models/molar.glb', import.meta.url)));
  const model = await loadMolar(bytes);
  const sites = applyLesion(model.sites, SCENARIO.lesion.preset, SCENARIO.lesion.seed);
  return { model, sites };
}

// ---- engine step ----------------------------------------------------------------------------------------

interface StepFigures {
  median: number;
  p95: number;
  /** Process CPU time per step, ms (user + system; less sensitive than wall time to a busy machine). */
  cpu: number;
}

/**
 * Every size steps through the same window of the run (steps 0 to ENGINE_WINDOW, restored from the same
 * snapshot each round), and the sizes take turns round by round, so that each is timed at the same phase of
 * the run and under the same load of a shared machine. A first, untimed round warms the compiled code, the
 * caches and the arrays' pages for every size.
 */
function engineSteps(sites: SiteField): Map<number, StepFigures> {
  const runs = ENGINE_SIZES.map((n) => {
    const engine = createEngine(sites, engineConfigFor(SCENARIO, { bots: n, dt: DT }));
    return { n, engine, start: engine.snapshot(), times: [] as number[], cpuMs: 0 };
  });
  for (let round = -1; round < ENGINE_ROUNDS; round++) {
    for (let j = 0; j < runs.length; j++) {
      // Rotate the order, so no size always follows the largest one's cache footprint.
      const run = runs[(j + Math.max(0, round)) % runs.length]!;
      run.engine.restore(run.start);
      const c0 = process.cpuUsage();
      for (let i = 0; i < ENGINE_WINDOW; i++) {
        const t0 = performance.now();
        run.engine.step();
        if (round >= 0) run.times.push(performance.now() - t0);
      }
      const c = process.cpuUsage(c0);
      if (round >= 0) run.cpuMs += (c.user + c.system) / 1000;
    }
  }
  return new Map(
    runs.map((r) => [
      r.n,
      { median: median(r.times), p95: quantile(r.times, 0.95), cpu: r.cpuMs / r.times.length },
    ]),
  );
}

// ---- kinematics side by side ----------------------------------------------------------------------------

function perUpdate(u: Updater): number {
  for (let i = 0; i < 5; i++) u.update();
  const times: number[] = [];
  for (let i = 0; i < KIN_UPDATES; i++) {
    const t0 = performance.now();
    u.update();
    times.push(performance.now() - t0);
  }
  const live = u.live();
  u.dispose();
  if (live !== KIN_BOTS) throw new Error(`expected ${KIN_BOTS} live particles, found ${live}`);
  return median(times);
}

// ---- seek and frame apply (the worker's server with the shared-buffer transport) -------------------------

function workerSide(model: ToothModel, sites: SiteField) {
  let lastFrame: FromWorker | null = null;
  const server = new SimServer((msg) => {
    if (msg.op === 'frame' || msg.op === 'error') lastFrame = msg;
  }, createEngine);
  const buffer = createSharedFrameBuffer(SEEK_BOTS, sites.count);
  const reader = new SharedFrameReader(buffer, SEEK_BOTS, sites.count);
  let id = 1;
  server.handle({
    op: 'init',
    id: id++,
    label: SCENARIO.id,
    config: engineConfigFor(SCENARIO, { bots: SEEK_BOTS, dt: DT }),
    sites,
    endTime: scenarioSeconds(SCENARIO),
    transport: { kind: 'shared', buffer, backSlot: reader.resetForWriter() },
  });
  const host = server.host!;
  const t0 = performance.now();
  host.fillAll();
  const fillMs = performance.now() - t0;
  const ask = (op: 'seek' | 'advanceTo', time: number): void => {
    server.handle({ op, id: id++, time });
    const f = lastFrame as FromWorker | null;
    if (f === null || f.op !== 'frame') throw new Error(`worker answered ${f?.op}: ${JSON.stringify(f)}`);
  };

  // Seek: wall time of the whole answer (restore, steps, hash, metrics, publish into the shared buffer).
  const rnd = lcg(20450);
  const end = scenarioSeconds(SCENARIO);
  const seeks: number[] = [];
  for (let i = 0; i < SEEKS; i++) {
    const t = rnd() * end;
    const s0 = performance.now();
    ask('seek', t);
    seeks.push(performance.now() - s0);
  }

  // Where a seek's time goes (same moments again, each part timed on its own).
  const parts = { move: [] as number[], hash: [] as number[], metrics: [] as number[] };
  const rnd2 = lcg(20450);
  for (let i = 0; i < SEEKS; i++) {
    const target = host.stepsAt(rnd2() * end);
    let s0 = performance.now();
    host.moveTo(target);
    parts.move.push(performance.now() - s0);
    s0 = performance.now();
    host.engine.hash();
    parts.hash.push(performance.now() - s0);
    s0 = performance.now();
    host.engine.metrics();
    parts.metrics.push(performance.now() - s0);
  }

  // Frame apply: what the page does with one published frame (take the slot, note its changed sites, copy the
  // bots into the swarm's GPU arrays as scene/Swarm.tsx does, and blend the changed sites into the enamel's
  // vertex attributes with the scene's own applyEnamelFrame).
  const geo = buildToothGeometry({ ...model, sites });
  const vertices = geo.blend?.vertices ?? 0;
  const swarmPositions = new Float32Array(3 * SEEK_BOTS);
  const swarmStates = new Uint8Array(SEEK_BOTS);
  const view = createFrameView();
  view.changedSites = new Uint32Array(sites.count);
  const apply = (): number => {
    const t = reader.take();
    if (t === null) throw new Error('no frame published');
    const s0 = performance.now();
    view.botPositions = t.views.botPositions;
    view.botStates = t.views.botStates;
    view.siteThickness = t.views.siteThickness;
    view.siteLab = t.views.siteLab;
    view.siteChalk = t.views.siteChalk;
    accumulateChanges(view, t.views.changedSites, t.changedCount, t.full);
    swarmPositions.set(view.botPositions);
    swarmStates.set(view.botStates);
    applyEnamelFrame(geo, view);
    return performance.now() - s0;
  };
  // Mid-treatment, one frame per 1/60 s of playback at the default speed (one step a frame).
  ask('seek', 5);
  apply();
  const incremental: number[] = [];
  const changed: number[] = [];
  let time = 5;
  for (let i = 0; i < FRAME_REPS; i++) {
    time += DT;
    ask('advanceTo', time);
    const f = lastFrame as FromWorker | null;
    if (f?.op === 'frame') changed.push(f.changedCount);
    incremental.push(apply());
  }
  const full: number[] = [];
  for (let i = 0; i < Math.min(30, FRAME_REPS); i++) {
    ask('seek', 2 + (i % 7));
    full.push(apply());
  }
  return {
    fillMs,
    snapshots: host.snapshots.count,
    snapshotEvery: host.snapshots.every,
    snapshotMB: host.snapshots.totalBytes / 1048576,
    seekP50: quantile(seeks, 0.5),
    seekP95: quantile(seeks, 0.95),
    seekMax: quantile(seeks, 1),
    seekParts: {
      move: [median(parts.move), quantile(parts.move, 0.95)],
      hash: [median(parts.hash), quantile(parts.hash, 0.95)],
      metrics: [median(parts.metrics), quantile(parts.metrics, 0.95)],
    },
    frameApply: median(incremental),
    frameApplyFull: median(full),
    changedPerFrame: median(changed),
    sites: sites.count,
    vertices,
  };
}

// ---- mesh load (another module's benchmark, reported here too) -------------------------------------------

async function meshLoad(): Promise<{ triangles: number; loadAndSampleMs: number } | null> {
  try {
    const mod = (await import('./meshLoad')) as {
      benchMeshLoad?: () => Promise<{ triangles: number; loadAndSampleMs: number }>;
    };
    if (typeof mod.benchMeshLoad !== 'function') {
      note('meshLoad: tests/bench/meshLoad.ts has no benchMeshLoad(); skipped');
      return null;
    }
    return await mod.benchMeshLoad();
  } catch (err) {
    note(`meshLoad: skipped (${err instanceof Error ? err.message : String(err)})`);
    return null;
  }
}

// ---- run ------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const cores = availableParallelism();
  note(`bench: ${cores} cores, scenario ${SCENARIO.id}, dt ${DT} s${QUICK ? ' (quick)' : ''}`);
  const { model, sites } = await tooth();
  note(`tooth: generated molar, ${sites.count} sites, ${model.vertexSite.length} enamel vertices`);

  note(`engine step at ${ENGINE_SIZES.join(', ')} bots, ${ENGINE_ROUNDS} rounds...`);
  const engine = engineSteps(sites);

  note(`kinematics at ${KIN_BOTS} bots...`);
  // three.quarks greets on stdout when loaded; send that to stderr so that --json prints one object.
  const log = console.log;
  console.log = (...xs: unknown[]) => note(xs.map(String).join(' '));
  const { newkrokUpdater, quarksUpdater } = await import('./particleLibs').finally(() => {
    console.log = log;
  });
  const ours = perUpdate(kinematicsUpdater(KIN_BOTS, sites, DT));
  const quarks = perUpdate(quarksUpdater(KIN_BOTS, DT));
  const quarksBatched = perUpdate(quarksUpdater(KIN_BOTS, DT, true));
  const newkrok = perUpdate(newkrokUpdater(KIN_BOTS, DT));

  note(`seek and frame apply at ${SEEK_BOTS} bots...`);
  const w = workerSide(model, sites);

  note(`heap over ${HEAP_STEPS} steps of ${HEAP_SCENARIOS.join(', ')}...`);
  const heaps: [ScenarioId, HeapFigures][] = [];
  for (const id of HEAP_SCENARIOS)
    heaps.push([id, await heapOverSteps(model, id, HEAP_BOTS, HEAP_STEPS, DT)]);
  const byScenario = <K extends keyof HeapFigures>(k: K) =>
    Object.fromEntries(heaps.map(([id, h]) => [id, h[k]]));

  note('mesh load...');
  const mesh = await meshLoad();

  const ms = (n: number): number => engine.get(n)!.median;
  const perBotGrowth = ms(1_000_000) / 1_000_000 / (ms(10_000) / 10_000);
  const fastestLib = Math.min(quarks, newkrok);

  const result = {
    cores,
    engineMsPerStep: {
      '10000': round(ms(10_000)),
      '100000': round(ms(100_000)),
      '1000000': round(ms(1_000_000)),
    },
    engineCpuMsPerStep: Object.fromEntries(ENGINE_SIZES.map((n) => [String(n), round(engine.get(n)!.cpu)])),
    perBotCostGrowth: round(perBotGrowth, 2),
    kinematics: {
      bots: KIN_BOTS,
      ours: round(ours),
      'three.quarks': round(quarks),
      '@newkrok/three-particles': round(newkrok),
    },
    seekMs: { p50: round(w.seekP50, 2), p95: round(w.seekP95, 2) },
    frameApplyMs: round(w.frameApply),
    ...(mesh !== null ? { meshLoad: mesh } : {}),
    heapAllocatedBytesOver10kSteps: byScenario('allocated'),
    heapAllocatedBytesAtTreatmentEnds: byScenario('atTreatmentEnd'),
    heapGrowthBytesOver10kSteps: byScenario('retained'),
  };

  if (JSON_OUT) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }

  const rows: [string, string, string][] = [];
  const row = (what: string, value: string, target = ''): void => {
    rows.push([what, value, target]);
  };
  const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  for (const n of ENGINE_SIZES) {
    const f = engine.get(n)!;
    row(
      `engine step, ${n.toLocaleString('en')} bots (median; p95; CPU mean)`,
      `${f.median.toFixed(3)} ms; ${f.p95.toFixed(2)} ms; ${f.cpu.toFixed(3)} ms`,
      n === 100_000 ? `<= 4 ms: ${verdict(f.median <= 4)}` : '',
    );
  }
  row(
    'per-bot cost, 1M vs 10k bots',
    `${perBotGrowth.toFixed(2)}x (${((ms(10_000) / 10_000) * 1e6).toFixed(1)} -> ${((ms(1_000_000) / 1_000_000) * 1e6).toFixed(1)} ns)`,
    `<= 1.5x: ${verdict(perBotGrowth <= 1.5)}`,
  );
  row(`kinematics, ${KIN_BOTS.toLocaleString('en')} bots: ours`, `${ours.toFixed(3)} ms`);
  row(
    '  three.quarks (ParticleSystem.update)',
    `${quarks.toFixed(3)} ms`,
    `ratio ${(quarks / ours).toFixed(1)}x`,
  );
  row(
    '  three.quarks (BatchedRenderer.update, with GPU buffers)',
    `${quarksBatched.toFixed(3)} ms`,
    `ratio ${(quarksBatched / ours).toFixed(1)}x`,
  );
  row(
    '  @newkrok/three-particles (update)',
    `${newkrok.toFixed(3)} ms`,
    `ratio ${(newkrok / ours).toFixed(1)}x`,
  );
  row(
    '  faster library / ours',
    `${(fastestLib / ours).toFixed(1)}x`,
    `>= 3x: ${verdict(fastestLib / ours >= 3)}`,
  );
  row(
    `seek to random moments, ${SEEK_BOTS.toLocaleString('en')} bots (p50; p95)`,
    `${w.seekP50.toFixed(1)} ms; ${w.seekP95.toFixed(1)} ms (max ${w.seekMax.toFixed(1)})`,
    `p95 <= 100 ms: ${verdict(w.seekP95 <= 100)}`,
  );
  const part = (p: number[]): string => `${p[0]!.toFixed(1)}/${p[1]!.toFixed(1)}`;
  row(
    '  restore + steps; hash; metrics (p50/p95, ms)',
    `${part(w.seekParts.move)}; ${part(w.seekParts.hash)}; ${part(w.seekParts.metrics)}`,
  );
  row(
    '  snapshots (every; count; memory)',
    `${w.snapshotEvery} steps; ${w.snapshots}; ${w.snapshotMB.toFixed(0)} MiB (filled in ${(w.fillMs / 1000).toFixed(1)} s)`,
  );
  row(
    `frame apply on the page (median, ~${Math.round(w.changedPerFrame)} changed sites)`,
    `${w.frameApply.toFixed(3)} ms`,
  );
  row(`  frame apply, all ${w.sites} sites (${w.vertices} vertices)`, `${w.frameApplyFull.toFixed(3)} ms`);
  for (const [id, heap] of heaps) {
    row(
      `heap allocated by ${heap.steps.toLocaleString('en')} steps of ${id}, ${HEAP_BOTS.toLocaleString('en')} bots`,
      heap.allocated >= 0
        ? `${heap.allocated} bytes (no GC during the steps)`
        : `unknown: ${heap.gcs} GCs ran`,
      `under 1 byte a step: ${verdict(heap.allocated >= 0 && heap.allocated < heap.steps)}`,
    );
    row(
      `  steps that end a treatment (${heap.treatmentEnds}, not counted above)`,
      heap.atTreatmentEnd >= 0 ? `${heap.atTreatmentEnd} bytes` : 'unknown',
    );
    row('  heap kept after a forced GC', `${heap.retained} bytes`);
  }
  if (mesh !== null) {
    row(
      `mesh load and sample, ${mesh.triangles.toLocaleString('en')} triangles`,
      `${mesh.loadAndSampleMs} ms`,
      `< 2000 ms: ${verdict(mesh.loadAndSampleMs < 2000)}`,
    );
  }
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  console.log(`Tooth Rebirth benchmarks (${cores} cores, node ${process.version})\n`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`.trimEnd());
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
