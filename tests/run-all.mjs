#!/usr/bin/env node
// `npm test`: the type-check, the linter, the import-direction rules (dependency-cruiser), then every vitest
// suite (unit and e2e in a real Chromium). Ends with one plain line totalling every suite: "N passed, N failed"
// (the type-check, the linter and the import rules count as one check each). Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;
let skipped = 0;

function run(label, cmd, args) {
  process.stdout.write(`\n== ${label}: ${cmd.replace(root, '')} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function check(label, cmd, args) {
  if (run(label, cmd, args)) passed++;
  else {
    failed++;
    process.stdout.write(`!! ${label} failed\n`);
  }
}

check('type-check', bin('tsc'), ['-b']);
check('lint', bin('biome'), ['check', '.']);
// The same command as `npm run depcruise`; the rules are in .dependency-cruiser.cjs.
check('import rules', bin('depcruise'), [
  'renderer',
  'main',
  'models',
  '--config',
  '.dependency-cruiser.cjs',
]);

mkdirSync(`${root}test-results`, { recursive: true });
const report = `${root}test-results/vitest.json`;
rmSync(report, { force: true });
const ok = run('vitest (unit + e2e)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests ?? 0;
  failed += json.numFailedTests ?? 0;
  skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  // A suite that fails to load has no failed test but is a failure all the same.
  const brokenFiles = (json.testResults ?? []).filter(
    (f) => f.status === 'failed' && (f.assertionResults ?? []).every((a) => a.status !== 'failed'),
  );
  failed += brokenFiles.length;
  if (!ok && json.numFailedTests === 0 && brokenFiles.length === 0) failed++;
} else {
  failed++;
  process.stdout.write('!! vitest wrote no report\n');
}

// Skipped tests (the Electron suite where no Electron binary is installed) are reported on their own line, so
// the last line stays exactly `N passed, N failed`, the line CI reads.
if (skipped) process.stdout.write(`\n${skipped} skipped (each suite says why)\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
