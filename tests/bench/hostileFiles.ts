// Benchmark: time and memory to refuse each hostile mesh file (built in memory, see
// tests/unit/mesh/hostileFiles.ts). Targets: each refused in under 2 s, using less than 512 MB.
// Run alone with `tsx tests/bench/hostileFiles.ts`; each file is loaded in a fresh process, so the peak
// resident memory it reports is that file's alone.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadModelFile, MeshLoadError } from '../../renderer/mesh';
import { HOSTILE_FILES } from '../unit/mesh/hostileFiles';

const MB = 1024 * 1024;

interface Figure {
  name: string;
  ms: number;
  rssMB: number;
  peakRssMB: number;
  heapMB: number;
  message: string;
}

/** Refuse one file in this process and return its figures. */
async function measure(name: string): Promise<Figure> {
  const file = HOSTILE_FILES.find((f) => f.name === name);
  if (!file) throw new Error(`no hostile file named ${name}`);
  const bytes = file.bytes();
  const before = process.memoryUsage();
  const t0 = performance.now();
  let message = 'LOADED (not refused)';
  try {
    await loadModelFile(bytes, file.name);
  } catch (e) {
    message = e instanceof MeshLoadError ? e.message : `NOT A MeshLoadError: ${String(e)}`;
  }
  const ms = performance.now() - t0;
  const after = process.memoryUsage();
  return {
    name,
    ms,
    rssMB: (after.rss - before.rss) / MB,
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / MB,
    heapMB: (after.heapUsed - before.heapUsed) / MB,
    message,
  };
}

async function main(): Promise<void> {
  const one = process.argv[2];
  if (one) {
    process.stdout.write(JSON.stringify(await measure(one)));
    return;
  }
  const self = fileURLToPath(import.meta.url);
  console.log('file                     ms   peak RSS MB   +RSS MB   +heap MB   message');
  let ok = true;
  for (const f of HOSTILE_FILES) {
    const out = execFileSync(process.execPath, [...process.execArgv, self, f.name], { encoding: 'utf8' });
    const r = JSON.parse(out) as Figure;
    ok &&=
      r.ms < 2000 && r.peakRssMB < 512 && !r.message.startsWith('LOADED') && !r.message.startsWith('NOT');
    console.log(
      `${r.name.padEnd(22)} ${r.ms.toFixed(0).padStart(5)} ${r.peakRssMB.toFixed(0).padStart(12)} ${r.rssMB.toFixed(0).padStart(9)} ${r.heapMB.toFixed(1).padStart(10)}   ${r.message}`,
    );
  }
  console.log(ok ? 'all refused in under 2 s and 512 MB' : 'SOME FILE MISSED ITS TARGET');
  if (!ok) process.exitCode = 1;
}

await main();
