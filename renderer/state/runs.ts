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

/** A view of Compare never runs fewer bots than this (or than the scenario's own, if fewer): below it the
 * swarm stops reading as a swarm. */
export const SIDE_BOTS_FLOOR = 2_000;
/** How many views share the frame (Compare shows two). */
let views = 1;

/** Each of `n` views on screen runs its share of the swarm, so together they cost what one view costs. */
export function shareSwarm(n: number): void {
  views = Math.max(1, Math.floor(n));
}

/** Bots a scenario runs with: a size given by the address or the kiosk is exact; else the view's share. */
export function botsOf(scenario: Scenario): number {
  if (botsOverride !== null) return botsOverride;
  if (views === 1) return scenario.bots;
  return Math.max(Math.min(scenario.bots, SIDE_BOTS_FLOOR), Math.round(scenario.bots / views));
}

export function runOf(scenario: Scenario): SimRun {
  return {
    label: scenario.id,
    config: engineConfigFor(scenario, { bots: botsOf(scenario) }),
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
