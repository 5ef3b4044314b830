// Shared set-up for the engine tests: scenario engines on the procedural stand-in crown, and helpers that
// walk every array of the state.
import { deltaE00 } from '../../../renderer/colour';
import { Engine } from '../../../renderer/engine/engine';
import { standInMolarSites } from '../../../renderer/engine/standin';
import type { EngineConfig, LesionPreset, SiteField } from '../../../renderer/engine/types';
import { engineConfigFor, getScenario, type ScenarioId } from '../../../renderer/timeline/scenarios';

export function standIn(lesion: LesionPreset | 'none' = 'caries', sites = 1500, seed = 7): SiteField {
  return standInMolarSites({ sites, lesion, seed });
}

export function scenarioEngine(
  id: ScenarioId,
  bots: number,
  sites = 1500,
  overrides: Partial<Pick<EngineConfig, 'seed' | 'protocol' | 'genotype' | 'dt'>> = {},
): Engine {
  const s = getScenario(id)!;
  return new Engine(
    standIn(s.lesion.preset, sites, s.lesion.seed),
    engineConfigFor(s, { bots, ...overrides }),
    deltaE00,
  );
}

export function run(e: Engine, steps: number): Engine {
  for (let i = 0; i < steps; i++) e.step();
  return e;
}

/** Steps the engine until its clock reaches `seconds`. */
export function runTo(e: Engine, seconds: number): Engine {
  const target = Math.round(seconds / e.dt);
  while (e.steps < target) e.step();
  return e;
}

/** Every typed array of a snapshot, by name. */
export function snapshotArrays(e: Engine): [string, ArrayLike<number>][] {
  const s = e.snapshot();
  return [['scalars', s.scalars], ['prng', s.prng], ...Object.entries(s.arrays)];
}
