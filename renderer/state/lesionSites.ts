// The sites of the tooth on show as the running scenario's lesion left them (before treatment), for the scene's
// lesion labels: the same lesioned field the simulation was started from (runs.ts).
import type { SiteField } from '../engine/types';
import type { ToothModel } from '../mesh';
import { getScenario } from '../timeline/scenarios';
import { live } from './live';
import { sitesFor } from './runs';

/** The running scenario's lesioned sites on `tooth`, or null before a scenario runs. */
export function lesionedSitesNow(tooth: ToothModel): SiteField | null {
  const scenario = live.scenario ? getScenario(live.scenario) : undefined;
  return scenario ? sitesFor(tooth, scenario) : null;
}
