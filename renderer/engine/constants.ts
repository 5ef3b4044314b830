// The model's fixed figures. Real ones carry their source (science.md); the fiction's own are said to be so.
import type { Checkpoint } from './types';

/** Simulated seconds per step unless the config says otherwise. */
export const DEFAULT_DT = 0.05;
/** Every scenario treats for 40 simulated seconds, then watches the aftermath for 40 more. */
export const TREATMENT_SECONDS = 40;
export const AFTERMATH_SECONDS = 40;

/**
 * Natural enamel formation, mm per second: forming enamel lays down a daily growth line about 4 µm apart,
 * so it grows about 4 µm a day (science.md, "Natural growth").
 */
export const NATURAL_GROWTH_MM_PER_S = 0.004 / 86_400;

/**
 * The one time-compression factor of the model. One simulated second stands for 50 days of natural enamel
 * formation: 50 d × 86 400 s/d = 4.32e6. At about 4 µm a day those 50 days lay down 200 µm, so a site's
 * enamel can thicken by at most 0.2 mm per simulated second. The 40-second treatment stands for about
 * 5.5 years of natural growth: enough to rebuild a full-thickness lesion over a cusp (2-2.5 mm).
 */
export const TIME_COMPRESSION = 50 * 86_400;

/** Fastest thickening of one site, mm per simulated second (natural growth × TIME_COMPRESSION = 0.2). */
export const GROWTH_RATE_MM_PER_S = NATURAL_GROWTH_MM_PER_S * TIME_COMPRESSION;

/** Fiction: how fast a bot swims through the gel, mm per simulated second. */
export const BOT_SPEED_MM_PER_S = 3;
/** Fiction: the gel layer the reservoir bots wait in, mm above the target surface. */
export const GEL_MIN_MM = 0.25;
export const GEL_MAX_MM = 0.9;
/** Sideways scatter of the bots' places in the gel, mm. */
export const GEL_SCATTER_MM = 0.3;
/** How far above the current surface a working bot sits, and how deep a dormant one lies, mm. */
export const HOVER_MM = 0.03;
export const EMBED_DEPTH_MM = 0.05;
/** Margin around the sites' bounding box that every bot stays within, mm (plus the thickest enamel). */
export const BOUNDS_MARGIN_MM = 2;

/**
 * Optical depth of enamel for the colour model, mm: a new layer this thick hides about 63% (1 - 1/e) of the
 * colour beneath. Enamel is translucent; the figure is a modelling choice, not a measurement.
 */
export const OPTICAL_DEPTH_MM = 0.1;
/** A lesion this deep (mm) or deeper shows the full white-spot colour before treatment. */
export const WHITE_SPOT_FULL_DEPTH_MM = 0.25;

/** Original protocol: dormant bots inside the new enamel wake between these times after the treatment ends. */
export const WAKE_DELAY_MIN_S = 1;
export const WAKE_DELAY_SPAN_S = 24;

/** The redesigned protocol's pauses (data for the timeline; the app shows a prompt at each). */
export const REDESIGNED_CHECKPOINTS: readonly Checkpoint[] = [
  { id: 'genotype-screen', time: 0 },
  { id: 'first-layer', time: 10 },
  { id: 'colour-check', time: 20 },
  { id: 'shape-check', time: 30 },
  { id: 'recall', time: 40 },
];
