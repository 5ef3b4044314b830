// `npm run soak -- --cycles N [--json] [--seed S] [--idle SECONDS] [--fault-every K] [--bots N]`: builds the
// renderer for web mode, serves it like the e2e suite, and drives the kiosk through N visits in Debian's
// Chromium (tests/soak/run.ts). Prints the figures (JSON with --json); exits non-zero when a fault was not
// recovered or the page logged an error.
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { runSoak, type SoakReport } from './run';

interface Args {
  cycles: number;
  json: boolean;
  seed: number;
  idle: number;
  faultEvery: number;
  bots: number;
}

const USAGE =
  'usage: npm run soak -- --cycles N [--json] [--seed S] [--idle SECONDS] [--fault-every K] [--bots N]';

function parseArgs(argv: string[]): Args {
  const args: Args = { cycles: 0, json: false, seed: 1, idle: 8, faultEvery: 3, bots: 100 };
  const numeric: Record<string, keyof Args> = {
    '--cycles': 'cycles',
    '--seed': 'seed',
    '--idle': 'idle',
    '--fault-every': 'faultEvery',
    '--bots': 'bots',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') {
      args.json = true;
      continue;
    }
    const key = numeric[a];
    if (!key) throw new Error(`unknown option ${a}\n${USAGE}`);
    const v = Number(argv[++i]);
    if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a whole number >= 1\n${USAGE}`);
    (args[key] as number) = v;
  }
  if (args.cycles < 1) throw new Error(`--cycles is required\n${USAGE}`);
  return args;
}

function summary(r: SoakReport): string {
  return [
    `${r.cycles} cycles (seed ${r.seed}, idle ${r.idleSeconds} s): ${r.secondsPerCycle} s a cycle`,
    `heap ${r.heapColdMB} MB cold, ${r.heapStartMB} MB after ${r.warmupCycles} warm-up visit(s) -> ${r.heapEndMB} MB (${r.heapGrowthPct} %)`,
    `heap samples ${r.heapSamples.map((h) => `${h.cycle}:${h.mb}`).join(' ')}`,
    `DOM nodes ${r.domNodesStart} -> ${r.domNodesEnd}`,
    `GL geometries ${r.gl.start.geometries} -> ${r.gl.end.geometries}, textures ${r.gl.start.textures} -> ` +
      `${r.gl.end.textures}, programs ${r.gl.start.programs} -> ${r.gl.end.programs}`,
    `workers ${r.workers.start} -> ${r.workers.end}`,
    `faults ${r.faultsRecovered}/${r.faultsInjected} recovered${r.faultFailures.map((f) => `\n  ${f}`).join('')}`,
    `countdowns ${r.countdowns}`,
    `errors ${r.errors.length}${r.errors.map((e) => `\n  ${e}`).join('')}`,
  ].join('\n');
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
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
      onCycle: (done, ms, heap) => {
        if (done % 10 === 0 || done === args.cycles)
          process.stderr.write(
            `soak: ${done}/${args.cycles} cycles, ${(ms / 1000 / done).toFixed(1)} s a cycle${heap ? `, heap ${heap} MB` : ''}\n`,
          );
      },
    });
    process.stdout.write(`${args.json ? JSON.stringify(report, null, 2) : summary(report)}\n`);
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
