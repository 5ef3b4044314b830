// The anomaly map's bands: one catalogue for the enamel shader's uniforms and for the legend beside the stage.
// Colours are chosen to be told apart without colour vision: each map is ordered in lightness (colour: pale to
// amber to dark wine; shape: a blue-to-red diverging scale, dark at both ends), all from Paul Tol's colour-blind
// safe schemes (personal.sron.nl/~pault).
import { THRESHOLDS } from './science';
import type { AnomalyMapMode } from './view';

export interface MapBand {
  /** sRGB hex. */
  readonly colour: string;
  /** The band's range, in the map's unit (ΔE00 or mm); the legend labels it. */
  readonly from: number;
  readonly to: number;
}

/** ΔE00 against healthy enamel: below perceptibility, between the two thresholds, above acceptability. */
export const COLOUR_BANDS: readonly MapBand[] = [
  { colour: '#e8ecfb', from: 0, to: THRESHOLDS.perceptible },
  { colour: '#ddaa33', from: THRESHOLDS.perceptible, to: THRESHOLDS.acceptable },
  { colour: '#882255', from: THRESHOLDS.acceptable, to: Number.POSITIVE_INFINITY },
];

/** Shape deviation edges, mm: half the story's limit, and the limit itself. */
export const SHAPE_EDGES_MM: readonly [number, number] = [THRESHOLDS.shapeMm / 2, THRESHOLDS.shapeMm];

/** Signed shape deviation, mm: enamel missing (negative) to extra (positive), from Tol's BuRd scheme. */
export const SHAPE_BANDS: readonly MapBand[] = [
  { colour: '#2166ac', from: Number.NEGATIVE_INFINITY, to: -SHAPE_EDGES_MM[1] },
  { colour: '#92c5de', from: -SHAPE_EDGES_MM[1], to: -SHAPE_EDGES_MM[0] },
  { colour: '#f7f7f7', from: -SHAPE_EDGES_MM[0], to: SHAPE_EDGES_MM[0] },
  { colour: '#f4a582', from: SHAPE_EDGES_MM[0], to: SHAPE_EDGES_MM[1] },
  { colour: '#b2182b', from: SHAPE_EDGES_MM[1], to: Number.POSITIVE_INFINITY },
];

/** The shader's code for each mode (uAnomalyMap). */
export const MAP_MODE_CODE: Readonly<Record<AnomalyMapMode, number>> = { off: 0, colour: 1, shape: 2 };

/** The colour band of a ΔE00, as the shader picks it: a value on an edge belongs to the band above it. */
export function colourBandOf(deltaE: number): number {
  return deltaE >= THRESHOLDS.acceptable ? 2 : deltaE >= THRESHOLDS.perceptible ? 1 : 0;
}

/** The shape band of a signed deviation (mm), as the shader picks it: by its size, then its sign. */
export function shapeBandOf(deviationMm: number): number {
  const d = Math.abs(deviationMm);
  const step = d >= SHAPE_EDGES_MM[1] ? 2 : d >= SHAPE_EDGES_MM[0] ? 1 : 0;
  return deviationMm < 0 ? 2 - step : 2 + step;
}
