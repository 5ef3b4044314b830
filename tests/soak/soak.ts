// `npm run soak -- --cycles N [--json] [--markdown] [--seed S] [--idle SECONDS] [--fault-every K] [--bots N]
// [--heap-snapshots DIR]`:
// builds the renderer for web mode, serves it like the e2e suite, and drives the kiosk through N visits in
// Debian's Chromium (tests/soak/run.ts). Prints the figures (JSON with --json); --markdown writes them into the
// README, and `--markdown-from FILE [--heap-snapshots DIR]` does so from a report saved with --json (a long run
// is worth keeping), filling in from the run's kept snapshots a figure the report predates.
// Exits non-zero when a fault was not recovered or the page logged an error.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { z } from 'zod';
import { writeReadmeBlock } from '../bench/readmeBlock';
import { arrayBufferBytes, type HeapSnapshot } from './heapDiff';
import { runSoak, type SoakReport } from './run';
import { secondHalfGrowth } from './trend';

interface Args {
  cycles: number;
  json: boolean;
  markdown: boolean;
  markdownFrom: string;
  seed: number;
  idle: number;
  faultEvery: number;
  bots: number;
  heapSnapshots: string;
}

const USAGE =
  'usage: npm run soak -- --cycles N [--json] [--markdown] [--seed S] [--idle SECONDS] [--fault-every K] [--bots N]\n' +
  '       [--heap-snapshots DIR]  (start.heapsnapshot and end.heapsnapshot, for tests/soak/heapDiff.ts)\n' +
  '       npm run soak -- --markdown-from REPORT.json [--heap-snapshots DIR]';

function parseArgs(argv: string[]): Args {
  const args: Args = {
    cycles: 0,
    json: false,
    markdown: false,
    markdownFrom: '',
    seed: 1,
    idle: 8,
    faultEvery: 3,
    bots: 100,
    heapSnapshots: '',
  };
  const numeric: Record<string, keyof Args> = {
    '--cycles': 'cycles',
    '--seed': 'seed',
    '--idle': 'idle',
    '--fault-every': 'faultEvery',
    '--bots': 'bots',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json' || a === '--markdown') {
      args[a === '--json' ? 'json' : 'markdown'] = true;
      continue;
    }
    if (a === '--markdown-from') {
      args.markdownFrom = argv[++i] ?? '';
      if (!args.markdownFrom) throw new Error(`--markdown-from needs a file\n${USAGE}`);
      continue;
    }
    if (a === '--heap-snapshots') {
      args.heapSnapshots = argv[++i] ?? '';
      if (!args.heapSnapshots) throw new Error(`--heap-snapshots needs a folder\n${USAGE}`);
      continue;
    }
    const key = numeric[a];
    if (!key) throw new Error(`unknown option ${a}\n${USAGE}`);
    const v = Number(argv[++i]);
    if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a whole number >= 1\n${USAGE}`);
    (args[key] as number) = v;
  }
  if (args.cycles < 1 && !args.markdownFrom) throw new Error(`--cycles is required\n${USAGE}`);
  return args;
}

function summary(r: SoakReport): string {
  return [
    `${r.cycles} cycles (seed ${r.seed}, idle ${r.idleSeconds} s): ${r.secondsPerCycle} s a cycle`,
    `heap ${r.heapColdMB} MB cold, ${r.heapStartMB} MB after ${r.warmupCycles} warm-up visit(s) -> ${r.heapEndMB} MB (${r.heapGrowthPct} %)`,
    `heap samples ${r.heapSamples.map((h) => `${h.cycle}:${h.mb}`).join(' ')}`,
    `array buffers ${r.arrayBuffersMB.start} MB -> ${r.arrayBuffersMB.end} MB`,
    `compiled code ${r.compiledCodeMB.start} MB -> ${r.compiledCodeMB.end} MB; the rest ` +
      `${(r.heapStartMB - r.compiledCodeMB.start).toFixed(2)} MB -> ${(r.heapEndMB - r.compiledCodeMB.end).toFixed(2)} MB`,
    `DOM nodes ${r.domNodesStart} -> ${r.domNodesEnd}${r.domChanges.length ? ` (${r.domChanges.join(', ')})` : ''}`,
    `GL geometries ${r.gl.start.geometries} -> ${r.gl.end.geometries}, textures ${r.gl.start.textures} -> ` +
      `${r.gl.end.textures}, programs ${r.gl.start.programs} -> ${r.gl.end.programs}` +
      (r.glProgramChanges.length ? ` (${r.glProgramChanges.join(', ')})` : ''),
    `workers ${r.workers.start} -> ${r.workers.end}`,
    `faults ${r.faultsRecovered}/${r.faultsInjected} recovered${r.faultFailures.map((f) => `\n  ${f}`).join('')}`,
    `countdowns ${r.countdowns}`,
    `errors ${r.errors.length}${r.errors.map((e) => `\n  ${e}`).join('')}`,
  ].join('\n');
}

const BEGIN = '<!-- soak:begin (written by `npm run soak -- --markdown`) -->';
const END = '<!-- soak:end -->';

const gl = z.object({ geometries: z.number(), textures: z.number(), programs: z.number() });
/** The fields of a saved report the README uses; anything else in the file is kept out of the way. */
const SavedReport = z.object({
  cycles: z.number().int().positive(),
  seed: z.number(),
  idleSeconds: z.number(),
  secondsPerCycle: z.number(),
  warmupCycles: z.number(),
  heapStartMB: z.number(),
  heapEndMB: z.number(),
  heapGrowthPct: z.number(),
  heapSamples: z.array(z.object({ cycle: z.number(), mb: z.number() })),
  compiledCodeMB: z.object({ start: z.number(), end: z.number() }).optional(),
  arrayBuffersMB: z.object({ start: z.number(), end: z.number() }).optional(),
  domNodesStart: z.number(),
  domNodesEnd: z.number(),
  domChanges: z.array(z.string()).optional(),
  glProgramChanges: z.array(z.string()).optional(),
  gl: z.object({ start: gl, end: gl }),
  workers: z.object({ start: z.number(), end: z.number() }),
  faultsInjected: z.number(),
  faultsRecovered: z.number(),
  countdowns: z.number(),
  errors: z.array(z.string()),
});
type Saved = z.infer<typeof SavedReport>;

/** The heap less the code V8 compiled: the objects the app and its libraries keep, where a leak would show. */
function appHeapRow(r: Saved, code: { start: number; end: number }): string {
  const start = r.heapStartMB - code.start;
  const end = r.heapEndMB - code.end;
  const pct = ((end - start) / start) * 100;
  const mb = (v: number) => v.toFixed(2);
  return (
    `| the rest: the app's objects (MB) | ${mb(start)} | ${mb(end)} (${pct.toFixed(2)} %) | ` +
    `growth under 2 %: ${pct < 2 ? 'met' : '**not met**'} |`
  );
}

function markdown(r: Saved): string {
  const met = (ok: boolean) => (ok ? 'met' : '**not met**');
  const mid = r.heapSamples[Math.floor(r.heapSamples.length / 2)];
  const last = r.heapSamples.at(-1);
  const late = secondHalfGrowth(r.heapSamples, r.cycles);
  const glText = (g: Saved['gl']['start']) => `${g.geometries} / ${g.textures} / ${g.programs}`;
  const glBack =
    r.gl.end.geometries <= r.gl.start.geometries &&
    r.gl.end.textures <= r.gl.start.textures &&
    r.gl.end.programs <= r.gl.start.programs;
  return [
    `${r.cycles} visits to the kiosk in headless Chromium (software WebGL, 100 bots, 1024 × 640), seed ${r.seed}, ` +
      `idle time ${r.idleSeconds} s, ${r.faultsInjected} faults injected at even intervals (a lost WebGL context, ` +
      `the simulation worker killed, an error in a region, in turn); ${r.secondsPerCycle} s a visit. Start measured after ` +
      `${r.warmupCycles} warm-up visits (each with a fault), paused at the start of the story after a forced garbage collection; the end ` +
      'measured the same way.',
    '',
    '| figure | start | end | target |',
    '| --- | --- | --- | --- |',
    `| JS heap (MB) | ${r.heapStartMB} | ${r.heapEndMB} (${r.heapGrowthPct} %) | growth under 2 %: ${met(r.heapGrowthPct < 2)} |`,
    `| heap at the attract screen (MB) | ${r.heapSamples[0]?.mb ?? '–'} (visit ${r.heapSamples[0]?.cycle ?? '–'}) | ` +
      `${mid?.mb ?? '–'} (visit ${mid?.cycle ?? '–'}), ${last?.mb ?? '–'} (visit ${last?.cycle ?? '–'}) | a flat line |`,
    ...(late
      ? [
          `| the same over the second half (MB) | ${late.from.mb} (visit ${late.from.cycle}) | ${late.to.mb} ` +
            `(visit ${late.to.cycle}; ${late.pct.toFixed(2)} %) | once V8 has compiled the app, a leak would show ` +
            `here; growth under 2 %: ${met(late.pct < 2)} |`,
        ]
      : []),
    ...(r.compiledCodeMB
      ? [
          `| of which code V8 compiled (MB) | ${r.compiledCodeMB.start} | ${r.compiledCodeMB.end} | V8's own: it optimises more of the app as the day goes on |`,
          appHeapRow(r, r.compiledCodeMB),
        ]
      : []),
    ...(r.arrayBuffersMB
      ? [
          `| array buffers, outside the JS heap (MB) | ${r.arrayBuffersMB.start} | ${r.arrayBuffersMB.end} | ` +
            `no more: ${met(r.arrayBuffersMB.end <= r.arrayBuffersMB.start)} |`,
        ]
      : []),
    `| DOM nodes | ${r.domNodesStart} | ${r.domNodesEnd}${r.domChanges?.length ? ` (${r.domChanges.join(', ')})` : ''} | the same: ${met(r.domNodesEnd === r.domNodesStart)} |`,
    `| GL geometries / textures / programs | ${glText(r.gl.start)} | ${glText(r.gl.end)}${r.glProgramChanges?.length ? ` (${r.glProgramChanges.join(', ')})` : ''} | no more: ${met(glBack)} |`,
    `| workers | ${r.workers.start} | ${r.workers.end} | the same: ${met(r.workers.end === r.workers.start)} |`,
    `| faults recovered at the same state hash | | ${r.faultsRecovered} of ${r.faultsInjected} | all: ${met(r.faultsRecovered === r.faultsInjected)} |`,
    `| "Still there?" countdowns | | ${r.countdowns} | one a visit at least: ${met(r.countdowns >= r.cycles)} |`,
    `| uncaught errors | | ${r.errors.length} | none: ${met(r.errors.length === 0)} |`,
  ].join('\n');
}

/**
 * A saved report with the figures its run's heap snapshots give (start.heapsnapshot and end.heapsnapshot in
 * `dir`, as --heap-snapshots keeps them) filled in where the report has none: a report from before a figure
 * was added still gets it, worked out by the same function a run uses.
 */
function withSnapshotFigures(report: unknown, dir: string): unknown {
  if (typeof report !== 'object' || report === null || 'arrayBuffersMB' in report) return report;
  const mb = (name: string) => {
    const file = join(dir, `${name}.heapsnapshot`);
    let snap: HeapSnapshot;
    try {
      snap = JSON.parse(readFileSync(file, 'utf8')) as HeapSnapshot;
    } catch (err) {
      throw new Error(`cannot read the heap snapshot ${file}: ${(err as Error).message}`);
    }
    return Math.round((arrayBufferBytes(snap) / (1024 * 1024)) * 100) / 100;
  };
  return { ...report, arrayBuffersMB: { start: mb('start'), end: mb('end') } };
}

function writeMarkdown(report: unknown, from: string): void {
  const parsed = SavedReport.safeParse(report);
  if (!parsed.success)
    throw new Error(
      `${from} is not a soak report (npm run soak -- --json):\n${z.prettifyError(parsed.error)}`,
    );
  writeReadmeBlock(BEGIN, END, markdown(parsed.data));
  process.stderr.write('README.md: soak figures written\n');
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  if (args.markdownFrom) {
    let text: string;
    try {
      text = readFileSync(args.markdownFrom, 'utf8');
    } catch (err) {
      process.stderr.write(`soak: cannot read ${args.markdownFrom}: ${(err as Error).message}\n`);
      return 2;
    }
    let report: unknown;
    try {
      report = JSON.parse(text);
    } catch {
      process.stderr.write(`soak: ${args.markdownFrom} is not JSON (a soak report is written by --json)\n`);
      return 2;
    }
    if (args.heapSnapshots) {
      try {
        report = withSnapshotFigures(report, args.heapSnapshots);
      } catch (err) {
        process.stderr.write(`soak: ${(err as Error).message}\n`);
        return 2;
      }
    }
    try {
      writeMarkdown(report, args.markdownFrom);
    } catch (err) {
      process.stderr.write(`soak: ${(err as Error).message}\n`);
      return 2;
    }
    return 0;
  }
  if (args.heapSnapshots) mkdirSync(args.heapSnapshots, { recursive: true });
  const configFile = fileURLToPath(new URL('../../vite.web.config.ts', import.meta.url));
  // Its own build folder: a soak runs for hours, and an e2e run rebuilding dist-web meanwhile would take away the
  // worker files the page loads again after each injected worker fault.
  const outDir = fileURLToPath(new URL('../../out/soak-web', import.meta.url));
  await build({ configFile, logLevel: 'warn', build: { outDir } });
  const server = await preview({
    configFile,
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const baseURL = server.resolvedUrls?.local[0];
  if (!baseURL) throw new Error('soak: the preview server did not report its address');
  try {
    const report = await runSoak({
      baseURL,
      cycles: args.cycles,
      seed: args.seed,
      idleSeconds: args.idle,
      faultEvery: args.faultEvery,
      bots: args.bots,
      heapSnapshotDir: args.heapSnapshots ? resolve(args.heapSnapshots) : undefined,
      onCycle: (done, ms, heap) => {
        if (done % 10 === 0 || done === args.cycles)
          process.stderr.write(
            `soak: ${done}/${args.cycles} cycles, ${(ms / 1000 / done).toFixed(1)} s a cycle${heap ? `, heap ${heap} MB` : ''}\n`,
          );
      },
    });
    process.stdout.write(`${args.json ? JSON.stringify(report, null, 2) : summary(report)}\n`);
    if (args.markdown) writeMarkdown(report, 'the run');
    return report.faultsRecovered === report.faultsInjected && report.errors.length === 0 ? 0 : 1;
  } finally {
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`soak: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
