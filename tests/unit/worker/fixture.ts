// A small real run shared by the worker tests: the stand-in crown, a scenario's config with a small swarm,
// and the state hash a straight run reaches at every step.
import { standInMolarSites } from '../../../renderer/engine';
import type { EngineConfig, SiteField } from '../../../renderer/engine/types';
import {
  engineConfigFor,
  getScenario,
  type Scenario,
  scenarioSeconds,
} from '../../../renderer/timeline/scenarios';
import { createEngine } from '../../../renderer/worker/engineFactory';
import type { SimEngine } from '../../../renderer/worker/engineTypes';

export const BOTS = 400;
export const scenario: Scenario = getScenario('young-patient')!;
export const sites: SiteField = standInMolarSites({
  sites: 600,
  lesion: scenario.lesion.preset,
  seed: scenario.lesion.seed,
});
export const config: EngineConfig = engineConfigFor(scenario, { bots: BOTS });
export const endTime = scenarioSeconds(scenario);

export function makeEngine(): SimEngine {
  return createEngine(sites, config);
}

let straight: string[] | null = null;

/** hashes[s] is the state hash after s steps of a straight run from the start (s = 0..endStep). */
export function straightHashes(): string[] {
  if (straight !== null) return straight;
  const e = makeEngine();
  const endStep = Math.round(endTime / e.dt);
  const out = [e.hash()];
  for (let s = 1; s <= endStep; s++) {
    e.step();
    out.push(e.hash());
  }
  straight = out;
  return out;
}
