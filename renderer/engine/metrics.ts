// The engine's read-out: how much of the lesion is rebuilt, how far its colour and shape are from healthy
// enamel, and where the mineral and the bots are. Computed on request, never per step.
import { BotState, type EngineMetrics } from './types';

/** The arrays and totals the metrics read (the engine's own; nothing is written). */
export interface MetricsSource {
  readonly botCount: number;
  readonly siteCount: number;
  readonly lesionSites: Uint32Array;
  readonly deficitMm: Float64Array;
  readonly area: Float32Array;
  readonly initialThickness: Float32Array;
  readonly targetThickness: Float32Array;
  readonly siteMineral: Float64Array;
  /** Each site's ΔE00 against healthy enamel, up to date. */
  readonly siteDeltaE: Float32Array;
  readonly botDelivered: Float64Array;
  readonly botLoad: Float64Array;
  readonly botStates: Uint8Array;
  readonly dose: number;
}

export function computeMetrics(
  src: MetricsSource,
  steps: number,
  time: number,
  inReservoir: number,
): EngineMetrics {
  const { area, initialThickness: initial, targetThickness: target, lesionSites } = src;
  let restored = 0;
  let deficit = 0;
  let deSum = 0;
  let deMax = 0;
  let devSum = 0;
  let devMax = 0;
  const L = lesionSites.length;
  for (let j = 0; j < L; j++) {
    const s = lesionSites[j]!;
    const need = src.deficitMm[s]! * area[s]!;
    const laid = src.siteMineral[s]!;
    deficit += need;
    restored += Math.min(laid, need);
    const de = src.siteDeltaE[s]!;
    deSum += de;
    if (de > deMax) deMax = de;
    const dev = Math.abs(initial[s]! + laid / area[s]! - target[s]!);
    devSum += dev;
    if (dev > devMax) devMax = dev;
  }
  let deposited = 0;
  for (let s = 0; s < src.siteCount; s++) deposited += src.siteMineral[s]!;
  let delivered = 0;
  let carried = 0;
  const counts = [0, 0, 0, 0, 0, 0];
  for (let b = 0; b < src.botCount; b++) {
    delivered += src.botDelivered[b]!;
    carried += src.botLoad[b]!;
    counts[src.botStates[b]!]!++;
  }
  return {
    steps,
    time,
    bots: src.botCount,
    sites: src.siteCount,
    restoredFraction: deficit > 0 ? restored / deficit : 1,
    deltaE00: { mean: L > 0 ? deSum / L : 0, max: deMax },
    shapeDeviationMm: { mean: L > 0 ? devSum / L : 0, max: devMax },
    mineralDelivered: delivered,
    mineralDeposited: deposited,
    botsByState: {
      reservoir: counts[BotState.Reservoir]!,
      travelling: counts[BotState.Travelling]!,
      depositing: counts[BotState.Depositing]!,
      returning: counts[BotState.Returning]!,
      dormant: counts[BotState.Dormant]!,
      recalled: counts[BotState.Recalled]!,
    },
    mineralDose: src.dose,
    mineralInReservoir: inReservoir,
    mineralCarried: carried,
    lesionSites: L,
  };
}
