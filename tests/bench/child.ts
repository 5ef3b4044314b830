// One measurement of `npm run bench`, run in a process of its own (run.ts starts one per figure and repeat,
// in randomised order) and printed as one JSON line on stdout:
//
//   tsx tests/bench/child.ts frame BOTS [QUICK]        the whole frame in the busy window (worker + page)
//   tsx tests/bench/child.ts seek BOTS cold|warm [QUICK] seeks to random moments, snapshots mirrored to the page
//   tsx tests/bench/child.ts peer NAME COUNT [QUICK]   one per-frame update of a particle library, or ours
//
// Every figure runs the modules the app runs: the worker's SimServer and SimHost (renderer/worker) with the
// shared-buffer transport, the page's frame intake and the scene's applyEnamelFrame.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SiteField } from '../../renderer/engine/types';
import { applyLesion, loadMolar } from '../../renderer/mesh';
import type { ToothModel } from '../../renderer/mesh/types';
import { applyEnamelFrame, buildToothGeometry } from '../../renderer/scene/toothGeometry';
import { engineConfigFor, getScenario, scenarioSeconds } from '../../renderer/timeline/scenarios';
import { createEngine } from '../../renderer/worker/engineFactory';
import type { EngineSnapshot } from '../../renderer/worker/engineTypes';
import { accumulateChanges, createFrameView } from '../../renderer/worker/frame';
import type { FromWorker } from '../../renderer/worker/protocol';
import { SimServer } from '../../renderer/worker/server';
import { createSharedFrameBuffer, SharedFrameReader } from '../../renderer/worker/sharedFrames';
import { SnapshotStore } from '../../renderer/worker/snapshots';
import { busyBots, quantile } from './sim';

/** The busy window every frame figure is timed in: ivy-redesigned's second wave. */
export const BUSY_SCENARIO = 'ivy-redesigned';
export const BUSY_FROM = 10.5;
export const BUSY_TO = 12;

/** A small seeded generator for the seek moments. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const stats = (xs: number[]) => ({
  median: quantile(xs, 0.5),
  p95: quantile(xs, 0.95),
  max: quantile(xs, 1),
});

async function tooth(id: string): Promise<{ model: ToothModel; sites: SiteField }> {
  const bytes = readFileSync(fileURLToPath(new URL('../../models/molar.glb', import.meta.url)));
  const model = await loadMolar(bytes);
  const sc = getScenario(id)!;
  return { model, sites: applyLesion(model.sites, sc.lesion.preset, sc.lesion.seed) };
}

/**
 * The worker's server with the shared-buffer transport, and the page's side of it: the frames it takes and
 * applies, and the snapshots it keeps (each `snapshot` message is structured-cloned, as postMessage does).
 */
function pair(model: ToothModel, sites: SiteField, bots: number) {
  const sc = getScenario(BUSY_SCENARIO)!;
  let last: FromWorker | null = null;
  const page = new SnapshotStore(1, Number.POSITIVE_INFINITY);
  let mirrorMs = 0;
  const server = new SimServer((msg) => {
    if (msg.op === 'snapshot') {
      const t0 = performance.now();
      const copy = structuredClone(msg.snapshot) as EngineSnapshot;
      page.add(msg.steps, copy);
      mirrorMs += performance.now() - t0;
    } else if (msg.op === 'frame' || msg.op === 'error') last = msg;
  }, createEngine);
  const buffer = createSharedFrameBuffer(bots, sites.count);
  const reader = new SharedFrameReader(buffer, bots, sites.count);
  let id = 1;
  server.handle({
    op: 'init',
    id: id++,
    label: sc.id,
    config: engineConfigFor(sc, { bots }),
    sites,
    endTime: scenarioSeconds(sc),
    transport: { kind: 'shared', buffer, backSlot: reader.resetForWriter() },
  });
  const ask = (op: 'seek' | 'advanceTo', time: number): FromWorker => {
    server.handle({ op, id: id++, time });
    const f = last as FromWorker | null;
    if (f === null || f.op !== 'frame') throw new Error(`worker answered ${f?.op}: ${JSON.stringify(f)}`);
    return f;
  };
  // What the page does with a published frame (frameIntake + Swarm.tsx + the enamel's applyEnamelFrame).
  const geo = buildToothGeometry({ ...model, sites });
  const swarmPositions = new Float32Array(3 * bots);
  const swarmStates = new Uint8Array(bots);
  const view = createFrameView();
  view.changedSites = new Uint32Array(sites.count);
  const apply = (): void => {
    const t = reader.take();
    if (t === null) throw new Error('no frame published');
    view.botPositions = t.views.botPositions;
    view.botStates = t.views.botStates;
    view.siteThickness = t.views.siteThickness;
    view.siteLab = t.views.siteLab;
    view.siteChalk = t.views.siteChalk;
    accumulateChanges(view, t.views.changedSites, t.changedCount, t.full);
    swarmPositions.set(view.botPositions);
    swarmStates.set(view.botStates);
    applyEnamelFrame(geo, view);
  };
  const takeMirrorMs = (): number => {
    const m = mirrorMs;
    mirrorMs = 0;
    return m;
  };
  return { server, host: server.host!, ask, apply, page, takeMirrorMs };
}

/** Frames through the busy window, one step each: the worker's answer, then the page's apply. */
async function frame(bots: number, quick: boolean) {
  const { model, sites } = await tooth(BUSY_SCENARIO);
  const p = pair(model, sites, bots);
  const dt = p.host.dt;
  const from = Math.round(BUSY_FROM / dt);
  const to = Math.round((quick ? BUSY_FROM + 0.5 : BUSY_TO) / dt);
  p.ask('seek', from * dt);
  p.apply();
  const worker: number[] = [];
  const step: number[] = [];
  const page: number[] = [];
  const e = p.host.engine;
  let busy = 0;
  for (let s = from + 1; s <= to; s++) {
    // The step alone, then the rest of the answer (hash, metrics, publication) on the same state.
    const t0 = performance.now();
    p.host.moveTo(s);
    const t1 = performance.now();
    p.ask('advanceTo', s * dt);
    const t2 = performance.now();
    p.apply();
    const t3 = performance.now();
    step.push(t1 - t0);
    worker.push(t2 - t0);
    page.push(t3 - t2);
    busy += busyBots(e.botStates);
  }
  const whole = worker.map((w, i) => w + page[i]!);
  return {
    bots,
    window: `${BUSY_SCENARIO} ${BUSY_FROM}-${quick ? BUSY_FROM + 0.5 : BUSY_TO} s`,
    busyBotsMean: busy / worker.length,
    stepMs: stats(step),
    workerMs: stats(worker),
    pageApplyMs: stats(page),
    frameMs: stats(whole),
  };
}

/** Seeks to random moments of the whole run; cold: no snapshot filled ahead; warm: all filled first. */
async function seek(bots: number, mode: 'cold' | 'warm', quick: boolean) {
  const { model, sites } = await tooth(BUSY_SCENARIO);
  const p = pair(model, sites, bots);
  let fillMs = 0;
  if (mode === 'warm') {
    const t0 = performance.now();
    p.host.fillAll();
    fillMs = performance.now() - t0;
  }
  const n = (bots >= 1_000_000 ? 6 : 20) / (quick ? 2 : 1);
  const end = scenarioSeconds(getScenario(BUSY_SCENARIO)!);
  const rnd = lcg(bots + (mode === 'cold' ? 1 : 2));
  const times: number[] = [];
  const mirror: number[] = [];
  const apply: number[] = [];
  p.takeMirrorMs();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    p.ask('seek', rnd() * end);
    const t1 = performance.now();
    p.apply();
    const t2 = performance.now();
    // The worker's answer includes posting the snapshot, which the page's side copies and stores here.
    mirror.push(p.takeMirrorMs());
    times.push(t2 - t0);
    apply.push(t2 - t1);
  }
  return {
    bots,
    mode,
    scenario: BUSY_SCENARIO,
    seeks: n,
    seekMs: stats(times),
    mirrorMs: stats(mirror),
    pageApplyMs: stats(apply),
    snapshots: p.host.snapshots.count,
    snapshotEvery: p.host.snapshots.every,
    snapshotMiB: p.host.snapshots.totalBytes / 1048576,
    pageSnapshots: p.page.count,
    fillMs,
  };
}

/**
 * One library's per-frame update, or ours, with `count` particles moving. Ours: a frame of the busy window
 * (step, hash, metrics, publication, apply) with as many bots at work as the libraries move.
 */
async function peer(name: string, count: number, quick: boolean) {
  const reps = quick ? 30 : 100;
  if (name === 'ours-frame') {
    // Bots at work are about 43 % of the swarm in the busy window.
    const r = await frame(Math.round(count / 0.433), quick);
    return { name, moving: r.busyBotsMean, frameMs: r.frameMs, bots: r.bots };
  }
  const log = console.log;
  console.log = (...xs: unknown[]) => process.stderr.write(`${xs.map(String).join(' ')}\n`);
  const libs = await import('./particleLibs').finally(() => {
    console.log = log;
  });
  const { kinematicsUpdater } = await import('./kinematics');
  const dt = 0.05;
  let u: import('./particleLibs').Updater;
  if (name === 'ours-kernel') u = kinematicsUpdater(count, (await tooth('first-patient')).sites, dt);
  else if (name === 'three.quarks-kernel') u = libs.quarksUpdater(count, dt);
  else if (name === 'three.quarks') u = libs.quarksUpdater(count, dt, true);
  else if (name === '@newkrok/three-particles') u = libs.newkrokUpdater(count, dt);
  else throw new Error(`unknown peer ${name}`);
  for (let i = 0; i < 10; i++) u.update();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    u.update();
    times.push(performance.now() - t0);
  }
  const live = u.live();
  u.dispose();
  if (live !== count) throw new Error(`${name}: expected ${count} live particles, found ${live}`);
  return { name, moving: count, frameMs: stats(times) };
}

async function main(argv: string[]): Promise<void> {
  const [what, a, b, c] = argv;
  let out: unknown;
  if (what === 'frame') out = await frame(Number(a), b === 'quick');
  else if (what === 'seek') out = await seek(Number(a), b as 'cold' | 'warm', c === 'quick');
  else if (what === 'peer') out = await peer(a!, Number(b), c === 'quick');
  else throw new Error(`unknown measurement ${what}`);
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`bench child: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
