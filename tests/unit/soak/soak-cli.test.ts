// The `npm run soak` command's own input: a report file given to --markdown-from, and its options. Refusals only:
// they must leave the README as it was (a real run takes minutes and is the e2e suite's).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function soak(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'tests/soak/soak.ts', ...args],
      { cwd: ROOT, timeout: 120_000 },
      (error, _stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stderr });
      },
    );
  });
}

describe('npm run soak', () => {
  const dir = mkdtempSync(join(tmpdir(), 'soak-cli-'));
  const readme = () => readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('refuses a report that is not JSON, one that is not a soak report, and a missing file, in one line each', async () => {
    const before = readme();
    writeFileSync(join(dir, 'notes.json'), 'heap was fine');
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ cycles: 3, heapStartMB: 'ten' }));
    const notJson = await soak(['--markdown-from', join(dir, 'notes.json')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/notes\.json is not JSON/);
    const other = await soak(['--markdown-from', join(dir, 'other.json')]);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/other\.json is not a soak report/);
    expect(other.stderr).toMatch(/heapStartMB/);
    const missing = await soak(['--markdown-from', join(dir, 'missing.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*missing\.json/);
    expect(readme()).toBe(before);
  });

  it('refuses an unknown option or a run without --cycles, with the usage', async () => {
    const unknown = await soak(['--cycles', '3', '--fast']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option --fast\nusage: npm run soak/);
    const none = await soak(['--json']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--cycles is required/);
  });
});
