// What a scenario's run is on a given tooth, for the simulation on screen and the cue-track run alike: one
// engine configuration and one lesioned site field, so both runs are one and the same.
import type { SiteField } from '../engine/types';
import { applyLesion, type ToothModel } from '../mesh';
import { engineConfigFor, type Scenario, scenarioSeconds } from '../timeline/scenarios';
import type { SimRun } from '../worker/client';

/** Bots from the address or the kiosk configuration; null: each scenario's own. */
let botsOverride: number | null = null;
/** Lesioned site fields per tooth, by lesion: a new tooth starts afresh. */
const lesioned = new WeakMap<ToothModel, Map<string, SiteField>>();

export function configureSim(options: { bots: number | null }): void {
  botsOverride = options.bots;
}

export function runOf(scenario: Scenario): SimRun {
  return {
    label: scenario.id,
    config: engineConfigFor(scenario, { bots: botsOverride ?? scenario.bots }),
    endTime: scenarioSeconds(scenario),
  };
}

/** The tooth's sites with the scenario's lesion applied (computed once per tooth and lesion). */
export function sitesFor(tooth: ToothModel, scenario: Scenario): SiteField {
  let byLesion = lesioned.get(tooth);
  if (!byLesion) {
    byLesion = new Map();
    lesioned.set(tooth, byLesion);
  }
  const key = `${scenario.lesion.preset}:${scenario.lesion.seed}`;
  let sites = byLesion.get(key);
  if (!sites) {
    sites = applyLesion(tooth.sites, scenario.lesion.preset, scenario.lesion.seed);
    byLesion.set(key, sites);
  }
  return sites;
}
