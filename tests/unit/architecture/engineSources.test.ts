// What an import graph cannot see: the engine must replay bit for bit from a seed, so its source never reaches
// for a random source, a clock or the page. (Its imports are checked by dependency-cruiser, see
// dependencyRules.test.ts; `document`, `window` and `performance` also fail its DOM-free type-check.)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const engineDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../renderer/engine');
const FORBIDDEN = /Math\.random|Date\.now|new Date\b|performance\.now|\bdocument\.|\bwindow\./;

const files = readdirSync(engineDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ts$/.test(f));

describe('engine sources', () => {
  it('finds the engine files', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('use no random source, no clock and no page globals', () => {
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(engineDir, file), 'utf8').replace(/\/\/.*$/gm, '');
      const bad = FORBIDDEN.exec(text);
      if (bad) problems.push(`renderer/engine/${file}: ${bad[0]}`);
    }
    expect(problems).toEqual([]);
  });
});
