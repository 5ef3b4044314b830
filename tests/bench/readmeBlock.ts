// Writes a block of README.md between its markers and formats the file as the linter keeps it, so the figures in
// the README are always the ones a command printed (the benchmark's table, the soak's figures).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Replaces what stands between `begin` and `end` in README.md with `body`. Throws if the markers are missing. */
export function writeReadmeBlock(begin: string, end: string, body: string): void {
  const path = new URL('../../README.md', import.meta.url);
  const readme = readFileSync(path, 'utf8');
  const a = readme.indexOf(begin);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md has no ${begin} ... ${end} markers`);
  writeFileSync(path, `${readme.slice(0, a + begin.length)}\n${body}\n${readme.slice(b)}`);
  // Tables in the layout the linter keeps (column widths aligned), so `npm test` stays green after a run.
  spawnSync(
    fileURLToPath(new URL('../../node_modules/.bin/biome', import.meta.url)),
    ['format', '--write', fileURLToPath(path)],
    { stdio: 'ignore' },
  );
}
