// The soak's heap-snapshot reader, on snapshots V8 itself wrote (a small Node process's) and on a hand-made one
// whose groups are known.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  arrayBufferBytes,
  compiledCodeBytes,
  diffGroups,
  groupSnapshot,
  type HeapSnapshot,
} from '../../soak/heapDiff';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'heapdiff-'));

/** Two heap snapshots of one small Node process, the second after it kept 2,000 objects of its own class. */
function realSnapshots(): [string, string] {
  const a = join(dir, 'a.heapsnapshot');
  const b = join(dir, 'b.heapsnapshot');
  execFileSync(process.execPath, [
    '-e',
    `const v8 = require('v8');
     class SoakProbe { constructor(i) { this.i = i; this.tag = 'p' + i; } }
     v8.writeHeapSnapshot(${JSON.stringify(a)});
     globalThis.kept = Array.from({ length: 2000 }, (_, i) => new SoakProbe(i));
     v8.writeHeapSnapshot(${JSON.stringify(b)});`,
  ]);
  return [a, b];
}

/** A snapshot by hand: node fields type, name, self_size. */
function handMade(nodes: [string, string, number][]): HeapSnapshot {
  const types = ['object', 'code', 'string'];
  const strings: string[] = [];
  const at = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  return {
    snapshot: { meta: { node_fields: ['type', 'name', 'self_size'], node_types: [types] } },
    nodes: nodes.flatMap(([type, name, size]) => [types.indexOf(type), at(name), size]),
    strings,
  };
}

describe('heapDiff', () => {
  it('groups by type and constructor, strings and code by type only, and totals the code', () => {
    const snap = handMade([
      ['object', 'Vector3', 24],
      ['object', 'Vector3', 24],
      ['code', 'f', 100],
      ['code', 'g', 50],
      ['string', 'hello', 16],
    ]);
    const groups = groupSnapshot(snap);
    expect(groups.get('object Vector3')).toEqual({ count: 2, bytes: 48 });
    expect(groups.get('code')).toEqual({ count: 2, bytes: 150 });
    expect(groups.get('string')).toEqual({ count: 1, bytes: 16 });
    expect(compiledCodeBytes(snap)).toBe(150);
  });

  it('lists what grew, largest first, and what shrank, last', () => {
    const a = groupSnapshot(
      handMade([
        ['object', 'A', 10],
        ['object', 'B', 10],
      ]),
    );
    const b = groupSnapshot(
      handMade([
        ['object', 'B', 40],
        ['object', 'C', 20],
      ]),
    );
    expect(diffGroups(a, b)).toEqual([
      { key: 'object B', count: 0, bytes: 30 },
      { key: 'object C', count: 1, bytes: 20 },
      { key: 'object A', count: -1, bytes: -10 },
    ]);
  });

  it('finds, in snapshots V8 wrote, the 2,000 objects a process kept between them', () => {
    const [a, b] = realSnapshots();
    const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as HeapSnapshot;
    const rows = diffGroups(groupSnapshot(read(a)), groupSnapshot(read(b)));
    expect(rows.find((r) => r.key === 'object SoakProbe')?.count).toBe(2000);
    expect(compiledCodeBytes(read(b))).toBeGreaterThan(0);
    // The command line says so too.
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'tests/soak/heapDiff.ts', a, b, '--top', '50'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(out).toMatch(/^total -?\d+\.\d KB\n/);
    expect(out).toMatch(/ 2000 {2}object SoakProbe\n/);
  });

  it('counts the contents of array buffers, which V8 keeps outside its heap', () => {
    const a = join(dir, 'buf-a.heapsnapshot');
    const b = join(dir, 'buf-b.heapsnapshot');
    execFileSync(process.execPath, [
      '-e',
      `const v8 = require('v8');
       v8.writeHeapSnapshot(${JSON.stringify(a)});
       globalThis.kept = new Float64Array(400000);
       v8.writeHeapSnapshot(${JSON.stringify(b)});`,
    ]);
    const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as HeapSnapshot;
    const grew = arrayBufferBytes(read(b)) - arrayBufferBytes(read(a));
    expect(grew).toBeGreaterThanOrEqual(3_200_000);
    expect(grew).toBeLessThan(3_300_000);
  });

  it('refuses a file that is not a heap snapshot in one line, with exit code 2', () => {
    const bad = join(dir, 'bad.heapsnapshot');
    writeFileSync(bad, '{"not": "a snapshot"}');
    let failure: { status: number; stderr: string } | null = null;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'tests/soak/heapDiff.ts', bad, bad], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      failure = e as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(2);
    expect(failure?.stderr.trim().split('\n')).toEqual([
      `heapDiff: ${bad} is not a V8 heap snapshot (npm run soak -- --heap-snapshots DIR)`,
    ]);
  });
});
