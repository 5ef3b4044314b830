// The figures of `npm run bench` as text (the terminal) and as the README's Performance table. Both are
// written from the same result object, so the README never holds a figure typed by hand.
import type { HeapFigures } from './heap';

interface Fig {
  median: number;
  p95: number;
  spread: [number, number];
  repeats: number;
}
export interface BenchResult {
  cores: number;
  node: string;
  quick: boolean;
  engine: {
    window: string;
    bots: number;
    busyBotsMean: number;
    stepMs: Fig;
    maxStepMs: number;
    cpuMsPerStep: number;
    nsPerWorkingBot: number;
  }[];
  frame: {
    window: string;
    bots: number;
    busyBotsMean: number;
    stepMs: Fig;
    workerMs: Fig;
    pageApplyMs: Fig;
    frameMs: Fig;
  }[];
  peers: { name: string; moving: number; frameMs: Fig }[];
  seeks: {
    bots: number;
    mode: string;
    window: string;
    seekMs: { median: number; p95: number; max: number };
    mirrorMs: { median: number; max: number };
    snapshots: { count: number; every: number; MiB: number; onPage: number };
    fillMs: number;
  }[];
  heap: Record<string, HeapFigures>;
}

const k = (n: number): string => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${Math.round(n / 1000)}k`);
const fig = (f: Fig): string =>
  `${f.median} ms (p95 ${f.p95}; spread ${f.spread[0]}–${f.spread[1]}, ${f.repeats} runs)`;

/** Rows of [figure, measured, note]. */
function rows(r: BenchResult): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const e of r.engine) {
    const busiest = e.window.startsWith('ivy-redesigned 10.5');
    const target = busiest && e.bots >= 100_000;
    out.push([
      `engine step, ${k(e.bots)} bots, ${e.window} (${e.busyBotsMean.toLocaleString('en')} at work)`,
      `${fig(e.stepMs)}; ${e.nsPerWorkingBot} ns per working bot; max ${e.maxStepMs} ms`,
      target
        ? `≤ 30 ns: ${e.nsPerWorkingBot <= 30 ? 'met' : 'not met'}; p95 ≤ 2× median: ${e.stepMs.p95 <= 2 * e.stepMs.median ? 'met' : 'not met'}`
        : '',
    ]);
  }
  for (const f of r.frame) {
    out.push([
      `whole frame, ${k(f.bots)} bots, ${f.window} (${f.busyBotsMean.toLocaleString('en')} at work): worker (step + hash + metrics + publication)`,
      fig(f.workerMs),
      `step alone ${f.stepMs.median} ms`,
    ]);
    out.push([`  page: applying that frame (swarm arrays + enamel)`, fig(f.pageApplyMs), '']);
  }
  const ours = r.peers.find((p) => p.name === 'ours-frame')!;
  for (const p of r.peers) {
    const label =
      p.name === 'ours-frame'
        ? `ours: step + hash + metrics + publication + frame apply`
        : p.name === 'ours-kernel'
          ? 'kernel only: ours (movement of every bot)'
          : p.name === 'three.quarks-kernel'
            ? 'kernel only: three.quarks (ParticleSystem.update)'
            : p.name === 'three.quarks'
              ? 'three.quarks (BatchedRenderer.update, fills its instance buffers)'
              : '@newkrok/three-particles (update, fills its attribute arrays)';
    const ratio =
      p.name.endsWith('kernel') || p.name === 'ours-frame'
        ? ''
        : `${(p.frameMs.median / ours.frameMs.median).toFixed(2)}× ours`;
    out.push([
      `per frame, ${p.moving.toLocaleString('en')} moving particles: ${label}`,
      fig(p.frameMs),
      ratio,
    ]);
  }
  for (const s of r.seeks) {
    out.push([
      `seek, ${k(s.bots)} bots, ${s.mode} snapshots (${s.window})`,
      `median ${s.seekMs.median} ms; p95 ${s.seekMs.p95} ms; max ${s.seekMs.max} ms; mirroring to the page median ${s.mirrorMs.median} ms`,
      `${s.snapshots.count} snapshots every ${s.snapshots.every} steps, ${s.snapshots.MiB} MiB${s.mode === 'warm' ? `, filled in ${(s.fillMs / 1000).toFixed(1)} s` : ''}`,
    ]);
  }
  for (const [id, h] of Object.entries(r.heap)) {
    out.push([
      `heap allocated by ${h.steps.toLocaleString('en')} warm steps of ${id} (whole runs), 10k bots`,
      h.allocated >= 0
        ? `${h.allocated} bytes; ${h.atTreatmentEnd} bytes at the ${h.treatmentEnds} ends of treatment`
        : `unknown: ${h.gcs} collection(s) during the steps, in three tries`,
      h.metricsBytes >= 0
        ? `metrics(): ${h.metricsBytes} bytes a call (its result object, posted with each frame)`
        : 'metrics(): unknown (a GC ran)',
    ]);
  }
  return out;
}

export function textTable(r: BenchResult): string {
  const rs = rows(r);
  const w0 = Math.max(...rs.map((x) => x[0].length));
  const w1 = Math.max(...rs.map((x) => x[1].length));
  const head = `Tooth Rebirth benchmarks (${r.cores} cores, node ${r.node}${r.quick ? ', quick' : ''})\n`;
  return head + rs.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`.trimEnd()).join('\n');
}

export function markdownTable(r: BenchResult): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    `Measured by \`npm run bench -- --markdown\` on ${r.cores} shared cores, Node ${r.node}${r.quick ? ' (quick run)' : ''}; every figure in processes of its own, in randomised order; medians of the runs' medians, with their spread.`,
    '',
    '| figure | measured | note |',
    '| --- | --- | --- |',
    ...rows(r).map(([a, b, c]) => `| ${esc(a)} | ${esc(b)} | ${esc(c)} |`),
    '',
    "Skipping blocks of 256 bots that all wait makes a step cost what the bots at work cost (the first patient's bots leave one by one, so few work at once and the step is cheap); it buys nothing when most bots are at work, as in the redesigned protocol's waves, which is why the busiest window is the figure to watch.",
    '',
    "The libraries' figures include filling their own typed arrays for the GPU, not the upload itself (there is no WebGL in Node); ours include the publication into the shared frame buffer and the page copying it into the swarm and enamel arrays, likewise without the upload.",
  ];
  return lines.join('\n');
}
