// The state hash of every scenario at every simulated second, on the generated molar with the app's default
// swarm, against a fixture recorded before the engine was restructured (scenario-hashes.json). A change in
// any of these hashes means the simulation no longer replays as it did: the restructuring must leave them all
// as they were, and a deliberate change of behaviour regenerates the fixture in a commit that says why:
//   UPDATE_SCENARIO_HASHES=1 npx vitest run --project unit tests/unit/engine/scenarioHashes.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deltaE00 } from '../../../renderer/colour';
import { Engine } from '../../../renderer/engine/engine';
import { applyLesion, loadMolar } from '../../../renderer/mesh';
import { engineConfigFor, SCENARIOS, scenarioSeconds } from '../../../renderer/timeline/scenarios';

const FIXTURE = resolve(__dirname, 'scenario-hashes.json');
const BOTS = 20_000;

async function hashesOf(): Promise<Record<string, string[]>> {
  const model = await loadMolar(readFileSync(resolve(__dirname, '../../../models/molar.glb')));
  const out: Record<string, string[]> = {};
  for (const s of SCENARIOS) {
    const engine = new Engine(
      applyLesion(model.sites, s.lesion.preset, s.lesion.seed),
      engineConfigFor(s, { bots: BOTS }),
      deltaE00,
    );
    const hashes = [engine.hash()];
    const seconds = scenarioSeconds(s);
    for (let second = 1; second <= seconds; second++) {
      const target = Math.round(second / engine.dt);
      while (engine.steps < target) engine.step();
      hashes.push(engine.hash());
    }
    out[s.id] = hashes;
  }
  return out;
}

describe('scenario hashes', () => {
  it('every scenario hashes at every second as it did before the restructuring', async () => {
    const now = await hashesOf();
    if (process.env.UPDATE_SCENARIO_HASHES === '1') {
      writeFileSync(
        FIXTURE,
        `${JSON.stringify({ bots: BOTS, model: 'models/molar.glb', hashes: now }, null, 2)}\n`,
      );
    }
    const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { hashes: Record<string, string[]> };
    expect(Object.keys(now).sort()).toEqual(Object.keys(recorded.hashes).sort());
    for (const [id, hashes] of Object.entries(recorded.hashes)) {
      expect(hashes.length, id).toBeGreaterThan(1);
      // Compare second by second so a failure names the first second that drifted.
      for (let second = 0; second < hashes.length; second++) {
        expect(`${id}@${second}s ${now[id]![second]}`).toBe(`${id}@${second}s ${hashes[second]}`);
      }
    }
  }, 240_000);
});
