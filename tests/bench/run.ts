// `npm run bench`: the simulation's speed figures, as a table; `--json` as one JSON object; `--markdown` also
// writes the README's Performance table (between its two marker comments). `--quick` shortens everything.
//
//   npm run bench -- [--json] [--markdown] [--quick]
//
// Every timed figure runs in processes of its own, one per figure and repeat, in randomised order, so that no
// figure inherits another's compiled code, heap or cache and the machine's load falls on all alike; each
// reports its window, the bots at work, the median and p95 of its repeats' medians, and their spread
// (lowest to highest median). The engine figures come from `npm run sim` (sim.ts) with --from; the frame,
// seek and peer figures from child.ts; the heap figure runs here (heap.ts). Targets are printed beside the
// figures; they are benchmarks, not pass/fail tests.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadMolar } from '../../renderer/mesh';
import { SCENARIO_IDS } from '../../renderer/timeline/scenarios';
import { type HeapFigures, heapOverRuns } from './heap';
import { markdownTable, textTable } from './report';
import { writeReadmeBlock } from './readmeBlock';

const args = new Set(process.argv.slice(2));
const JSON_OUT = args.has('--json');
const MARKDOWN = args.has('--markdown');
const QUICK = args.has('--quick');
for (const a of args) {
  if (!['--json', '--markdown', '--quick'].includes(a)) {
    console.error(`bench: unknown argument ${a} (known: --json, --markdown, --quick)`);
    process.exit(2);
  }
}
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const note = (msg: string): void => {
  process.stderr.write(`${msg}\n`);
};

export const SIZES = QUICK ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
export const WINDOWS = [
  { scenario: 'first-patient', from: 0, to: 20 },
  { scenario: 'ivy-redesigned', from: 10.5, to: 12 },
  { scenario: 'ivy-redesigned', from: 20.5, to: 22 },
] as const;
const REPEATS = QUICK ? 1 : 3;
const FRAME_SIZES = QUICK ? [20_000, 100_000] : [20_000, 100_000, 1_000_000];
const PEER_COUNT = 100_000;
const PEERS = [
  'ours-frame',
  'three.quarks',
  '@newkrok/three-particles',
  'ours-kernel',
  'three.quarks-kernel',
];
const SEEK_SIZES = QUICK ? [100_000] : [100_000, 1_000_000];
const HEAP_BOTS = 10_000;

interface Job {
  key: string;
  argv: string[];
}

function run(job: Job): Promise<Record<string, unknown>> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', ...job.argv],
      { cwd: ROOT, maxBuffer: 64 << 20, timeout: 30 * 60_000 },
      (error, stdout, stderr) => {
        if (error) fail(new Error(`${job.key}: ${stderr.trim() || error.message}`));
        else done(JSON.parse(stdout.trim().split('\n').pop()!));
      },
    );
  });
}

function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const mid = (xs: number[]) => sorted(xs)[Math.floor((xs.length - 1) / 2)]!;
const r3 = (x: number) => Number(x.toPrecision(3));

/** Repeats of one figure: the median of their medians and of their p95s, and the spread of the medians. */
export interface Figure {
  median: number;
  p95: number;
  spread: [number, number];
  repeats: number;
}
function figure(medians: number[], p95s: number[]): Figure {
  const s = sorted(medians);
  return {
    median: r3(mid(medians)),
    p95: r3(mid(p95s)),
    spread: [r3(s[0]!), r3(s.at(-1)!)],
    repeats: s.length,
  };
}

async function main(): Promise<void> {
  const cores = availableParallelism();
  note(`bench: ${cores} cores, node ${process.version}${QUICK ? ' (quick)' : ''}`);
  const jobs: Job[] = [];
  for (let r = 0; r < REPEATS; r++) {
    for (const w of WINDOWS)
      for (const n of SIZES) {
        const argv = ['tests/bench/sim.ts', '--scenario', w.scenario, '--bots', String(n)];
        argv.push('--seconds', String(w.to), '--json');
        if (w.from > 0) argv.push('--from', String(w.from));
        jobs.push({ key: `engine|${w.scenario} ${w.from}-${w.to} s|${n}`, argv });
      }
    for (const n of FRAME_SIZES)
      jobs.push({
        key: `frame|${n}`,
        argv: ['tests/bench/child.ts', 'frame', String(n), QUICK ? 'quick' : ''],
      });
    for (const p of PEERS) {
      const argv = ['tests/bench/child.ts', 'peer', p, String(PEER_COUNT), QUICK ? 'quick' : ''];
      jobs.push({ key: `peer|${p}`, argv });
    }
  }
  for (const n of SEEK_SIZES)
    for (const mode of ['cold', 'warm'])
      jobs.push({
        key: `seek|${n}|${mode}`,
        argv: ['tests/bench/child.ts', 'seek', String(n), mode, QUICK ? 'quick' : ''],
      });
  shuffle(jobs);
  // biome-ignore lint/suspicious/noExplicitAny: each child prints its own JSON shape
  const results = new Map<string, Record<string, any>[]>();
  for (const [i, job] of jobs.entries()) {
    note(`[${i + 1}/${jobs.length}] ${job.key}`);
    const out = await run(job);
    results.set(job.key, [...(results.get(job.key) ?? []), out]);
  }

  const engine = WINDOWS.flatMap((w) =>
    SIZES.map((n) => {
      const rs = results.get(`engine|${w.scenario} ${w.from}-${w.to} s|${n}`)!;
      const busy = mid(rs.map((x) => x.busyBotsMean));
      const step = figure(
        rs.map((x) => x.stepMs.median),
        rs.map((x) => x.stepMs.p95),
      );
      return {
        window: `${w.scenario} ${w.from}-${w.to} s`,
        bots: n,
        busyBotsMean: Math.round(busy),
        stepMs: step,
        maxStepMs: r3(Math.max(...rs.map((x) => x.stepMs.max))),
        cpuMsPerStep: r3(mid(rs.map((x) => x.cpuMsPerStep))),
        nsPerWorkingBot: r3((step.median * 1e6) / busy),
      };
    }),
  );
  const frame = FRAME_SIZES.map((n) => {
    const rs = results.get(`frame|${n}`)!;
    const f = (k: string) =>
      figure(
        rs.map((x) => x[k].median),
        rs.map((x) => x[k].p95),
      );
    return {
      window: rs[0]!.window as string,
      bots: n,
      busyBotsMean: Math.round(mid(rs.map((x) => x.busyBotsMean))),
      stepMs: f('stepMs'),
      workerMs: f('workerMs'),
      pageApplyMs: f('pageApplyMs'),
      frameMs: f('frameMs'),
    };
  });
  const peers = PEERS.map((p) => {
    const rs = results.get(`peer|${p}`)!;
    return {
      name: p,
      moving: Math.round(mid(rs.map((x) => x.moving))),
      frameMs: figure(
        rs.map((x) => x.frameMs.median),
        rs.map((x) => x.frameMs.p95),
      ),
    };
  });
  const seeks = SEEK_SIZES.flatMap((n) =>
    ['cold', 'warm'].map((mode) => {
      const x = results.get(`seek|${n}|${mode}`)![0]!;
      return {
        bots: n,
        mode,
        window: `${x.scenario} 0-80 s, ${x.seeks} random moments`,
        seekMs: { median: r3(x.seekMs.median), p95: r3(x.seekMs.p95), max: r3(x.seekMs.max) },
        mirrorMs: { median: r3(x.mirrorMs.median), max: r3(x.mirrorMs.max) },
        snapshots: {
          count: x.snapshots,
          every: x.snapshotEvery,
          MiB: r3(x.snapshotMiB),
          onPage: x.pageSnapshots,
        },
        fillMs: r3(x.fillMs),
      };
    }),
  );

  note(`heap over whole runs of every scenario, ${HEAP_BOTS} bots...`);
  const model = await loadMolar(readFileSync(new URL('../../models/molar.glb', import.meta.url)));
  const heap: Record<string, HeapFigures> = {};
  for (const id of SCENARIO_IDS) {
    // A collection during the steps makes the figure unknown: such a run is made again, twice at most.
    heap[id] = await heapOverRuns(model, id, HEAP_BOTS, QUICK ? 1 : 3);
    for (let again = 0; heap[id].allocated < 0 && again < 2; again++)
      heap[id] = await heapOverRuns(model, id, HEAP_BOTS, QUICK ? 1 : 3);
  }

  const result = { cores, node: process.version, quick: QUICK, engine, frame, peers, seeks, heap };
  if (MARKDOWN) {
    writeReadmeBlock(
      '<!-- bench:begin (written by `npm run bench -- --markdown`) -->',
      '<!-- bench:end -->',
      markdownTable(result),
    );
    note('README.md: Performance table written');
  }
  if (JSON_OUT) process.stdout.write(`${JSON.stringify(result)}\n`);
  else console.log(textTable(result));
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
