// The direction of imports (DESIGN.md): ui, scene -> state -> worker -> engine; timeline and mesh -> engine;
// the engine imports nothing outside itself; main never imports the renderer. Checked on every source file, so
// a shortcut across layers fails here with the file and the import named.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Which project areas each area may import from (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  'renderer/engine': [],
  'renderer/colour': ['renderer/engine'],
  'renderer/mesh': ['renderer/engine'],
  // The cue thresholds compare against the colour layer's ΔE00 thresholds.
  'renderer/timeline': ['renderer/engine', 'renderer/colour'],
  // The story names scenarios by id from the one catalogue (renderer/timeline/scenarios.ts).
  'renderer/story': ['renderer/timeline'],
  // The workers host the engine, the scan loader and the cue-track run.
  'renderer/worker': ['renderer/engine', 'renderer/colour', 'renderer/mesh', 'renderer/timeline'],
  'renderer/state': [
    'renderer/engine',
    'renderer/colour',
    'renderer/mesh',
    'renderer/timeline',
    'renderer/story',
    'renderer/worker',
    'main/ipc',
    'models',
  ],
  'renderer/scene': ['renderer/state', 'shaders'],
  // The interface reads the story's content (texts) and shows the stage.
  'renderer/ui': ['renderer/state', 'renderer/story', 'renderer/scene', 'renderer/styles'],
  main: [],
};

function areaOf(file: string): string | null {
  // A directory import ('../mesh') names the folder itself: compare with a trailing slash.
  const rel = `${relative(root, file).split('\\').join('/')}/`;
  if (rel.startsWith('main/')) return rel.startsWith('main/ipc/') ? 'main/ipc' : 'main';
  const m = /^(renderer\/[a-z]+|shaders|models)\//.exec(rel);
  return m ? m[1]! : rel.startsWith('renderer/') ? 'renderer' : null;
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|tsx|mts|mjs)$/.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.d.mts'))
      out.push(p);
  }
  return out;
}

const files = [...sources(join(root, 'renderer')), ...sources(join(root, 'main'))];

describe('import direction', () => {
  it('finds the sources it checks', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('keeps every import inside the layers its area may use', () => {
    const problems: string[] = [];
    for (const file of files) {
      const from = areaOf(file);
      if (from === null || from === 'renderer') continue;
      const fromKey = from === 'main/ipc' ? 'main' : from;
      const allowed = ALLOWED[fromKey];
      if (!allowed) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
        const target = areaOf(resolve(dirname(file), m[1]!));
        if (target === null || target === from || target === fromKey) continue;
        if (from === 'main' && target === 'main/ipc') continue;
        if (!allowed.includes(target)) problems.push(`${relative(root, file)} imports ${m[1]} (${target})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the engine free of three, react, electron, the DOM and clocks', () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => areaOf(f) === 'renderer/engine')) {
      const text = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
      const bad =
        /from '(three|react|react-dom|electron|@react-three\/[a-z]+)'|Math\.random|Date\.now|performance\.now|\bdocument\.|\bwindow\./.exec(
          text,
        );
      if (bad) problems.push(`${relative(root, file)}: ${bad[0]}`);
    }
    expect(problems).toEqual([]);
  });
});
