// `tsx tests/soak/heapDiff.ts START.heapsnapshot END.heapsnapshot [--top N]`: what grew between two heap
// snapshots of the page (as `npm run soak -- --heap-snapshots DIR` writes them), grouped by V8's node type and
// constructor or name, largest growth first. DevTools' Memory tab does the same by hand; this is for a report.
import { readFileSync } from 'node:fs';

interface Group {
  count: number;
  bytes: number;
}

/** The V8 heap snapshot format: a flat `nodes` array of `node_fields.length` numbers per node. */
export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

export function groupSnapshot(snap: HeapSnapshot): Map<string, Group> {
  const fields = snap.snapshot.meta.node_fields;
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const types = snap.snapshot.meta.node_types[0];
  const groups = new Map<string, Group>();
  for (let i = 0; i < snap.nodes.length; i += stride) {
    const type = types[snap.nodes[i + typeAt]!] ?? '?';
    // Strings and code are grouped by type only: their names are their contents.
    const name =
      type === 'string' || type === 'concatenated string' || type === 'sliced string' || type === 'code'
        ? ''
        : (snap.strings[snap.nodes[i + nameAt]!] ?? '').slice(0, 60);
    const key = `${type} ${name}`.trim();
    const g = groups.get(key) ?? { count: 0, bytes: 0 };
    g.count++;
    g.bytes += snap.nodes[i + sizeAt]!;
    groups.set(key, g);
  }
  return groups;
}

/** The bytes of code V8 compiled (node type `code`: bytecode, baseline and optimised code and their data). */
export function compiledCodeBytes(snap: HeapSnapshot): number {
  let bytes = 0;
  for (const [key, g] of groupSnapshot(snap)) if (key === 'code') bytes += g.bytes;
  return bytes;
}

/**
 * The bytes of array buffers' contents (typed arrays, shared buffers): outside V8's heap, so not in its used
 * size, but the page's memory all the same, and where a kept geometry or snapshot would show.
 */
export function arrayBufferBytes(snap: HeapSnapshot): number {
  return groupSnapshot(snap).get('native system / JSArrayBufferData')?.bytes ?? 0;
}

export function diffGroups(a: Map<string, Group>, b: Map<string, Group>) {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys]
    .map((key) => {
      const x = a.get(key) ?? { count: 0, bytes: 0 };
      const y = b.get(key) ?? { count: 0, bytes: 0 };
      return { key, count: y.count - x.count, bytes: y.bytes - x.bytes };
    })
    .sort((p, q) => q.bytes - p.bytes || p.key.localeCompare(q.key));
}

function main(): number {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 25;
  if (args.length !== 2 || !Number.isInteger(top) || top < 1) {
    process.stderr.write('usage: tsx tests/soak/heapDiff.ts START.heapsnapshot END.heapsnapshot [--top N]\n');
    return 2;
  }
  const groups: Map<string, Group>[] = [];
  for (const file of args) {
    try {
      const snap = JSON.parse(readFileSync(file, 'utf8')) as HeapSnapshot;
      if (!Array.isArray(snap?.nodes) || !Array.isArray(snap?.snapshot?.meta?.node_fields)) throw new Error();
      groups.push(groupSnapshot(snap));
    } catch {
      process.stderr.write(
        `heapDiff: ${file} is not a V8 heap snapshot (npm run soak -- --heap-snapshots DIR)\n`,
      );
      return 2;
    }
  }
  const rows = diffGroups(groups[0]!, groups[1]!);
  const total = rows.reduce((s, r) => s + r.bytes, 0);
  process.stdout.write(`total ${(total / 1024).toFixed(1)} KB\n`);
  for (const r of rows.slice(0, top))
    process.stdout.write(
      `${(r.bytes / 1024).toFixed(1).padStart(9)} KB ${String(r.count).padStart(7)}  ${r.key}\n`,
    );
  return 0;
}

if (process.argv[1]?.endsWith('heapDiff.ts')) process.exit(main());
