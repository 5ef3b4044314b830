// The import-direction rules live in .dependency-cruiser.cjs (DESIGN.md: ui, scene -> state -> worker -> engine;
// the engine imports nothing outside itself; main never imports the renderer). These tests run
// dependency-cruiser's own API with that file: once on the project, which must be clean, and once on a small
// tree written for the purpose, which must break exactly the rules it was written to break, so a rule that has
// stopped matching anything fails here instead of passing quietly.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ICruiseResult, type IConfiguration, cruise } from 'dependency-cruiser';
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The roots `npm run depcruise` cruises. */
const ROOTS = ['renderer', 'main', 'models'];

async function cruiseTree(baseDir: string, roots: string[], config: IConfiguration): Promise<ICruiseResult> {
  const tsConfig = extractTSConfig(join(baseDir, 'tsconfig.json'));
  const { output } = await cruise(roots, { validate: true, ruleSet: config, baseDir }, {}, { tsConfig });
  if (typeof output === 'string')
    throw new Error(`dependency-cruiser returned text, not a result: ${output}`);
  return output;
}

/** One line per violation, "rule: from -> to", sorted, for readable failures. */
function violations(result: ICruiseResult): string[] {
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
}

let config: IConfiguration;

beforeAll(async () => {
  config = await extractDepcruiseConfig(join(root, '.dependency-cruiser.cjs'));
});

describe('import direction (dependency-cruiser)', () => {
  it('finds no violation in the project', async () => {
    const result = await cruiseTree(root, ROOTS, config);
    // The cruise must have seen the tree, not an empty folder.
    expect(result.summary.totalCruised).toBeGreaterThan(100);
    expect(violations(result)).toEqual([]);
  });

  describe('on a tree with forbidden imports', () => {
    let dir: string;
    const files: Record<string, string> = {
      'tsconfig.json': JSON.stringify({
        compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', strict: true, jsx: 'react-jsx' },
      }),
      'node_modules/three/package.json': JSON.stringify({ name: 'three', main: 'index.js' }),
      'node_modules/three/index.js': 'export const Vector3 = class {};\n',
      // The engine reaching for three, and two engine modules importing each other.
      'renderer/engine/step.ts':
        "import { Vector3 } from 'three';\nimport { b } from './b';\nexport const a = b + 1;\n",
      'renderer/engine/b.ts': "import { a } from './step';\nexport const b = 1;\nexport const c = () => a;\n",
      'renderer/engine/types.ts': 'export type Frame = { t: number };\n',
      // Allowed: the story names a scenario by id; the timeline reads the colour thresholds.
      'renderer/timeline/scenarios.ts': "export const SCENARIO_IDS = ['a'] as const;\n",
      'renderer/timeline/cues.ts':
        "import { DE_NOTICEABLE } from '../colour/index';\nexport const threshold = DE_NOTICEABLE;\n",
      'renderer/colour/index.ts':
        "import type { Frame } from '../engine/types';\nexport const DE_NOTICEABLE = 0.8;\n" +
        'export type F = Frame;\n',
      // Forbidden: the story reading the cues rather than the scenario catalogue.
      'renderer/story/chapters.ts':
        "import { SCENARIO_IDS } from '../timeline/scenarios';\nimport { threshold } from '../timeline/cues';\n" +
        'export const chapters = [SCENARIO_IDS[0], threshold];\n',
      // Forbidden, though type-only: the scene reaching past state into the engine.
      'renderer/scene/Tooth.tsx': "import type { Frame } from '../engine/types';\nexport type T = Frame;\n",
      // Forbidden: the main process importing the renderer.
      'main/index.ts':
        "import { chapters } from '../renderer/story/chapters';\nexport const n = chapters.length;\n",
      // Forbidden: an import that resolves to nothing would escape every other rule.
      'renderer/worker/server.ts': "import { missing } from './nowhere';\nexport const m = missing;\n",
    };

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'depcruise-'));
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reports each forbidden import under its rule, and only those', async () => {
      const result = await cruiseTree(dir, ['renderer', 'main'], config);
      expect(violations(result)).toEqual(
        [
          'engine-imports-only-itself: renderer/engine/step.ts -> node_modules/three/index.js',
          // A cycle is reported once, at one of its edges.
          'engine-no-cycles: renderer/engine/b.ts -> renderer/engine/step.ts',
          'main-never-imports-renderer: main/index.ts -> renderer/story/chapters.ts',
          'project-imports-resolve: renderer/worker/server.ts -> ./nowhere',
          'scene-imports-only-state-and-shaders: renderer/scene/Tooth.tsx -> renderer/engine/types.ts',
          'story-imports-only-scenario-catalogue: renderer/story/chapters.ts -> renderer/timeline/cues.ts',
        ].sort(),
      );
    });
  });
});
