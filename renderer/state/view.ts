// What the viewer has chosen to see: the teaching tools' on/off state and the cut. One definition, used by the
// store, `inspect().view`, the shared link and the screenshot caption, so a tool's state has one name.
import { z } from 'zod';

/** Directions of the cross-section: mesial–distal and buccal–lingual planes, and horizontal through the crown. */
export const CUT_AXES = ['mesiodistal', 'buccolingual', 'horizontal'] as const;
export type CutAxis = (typeof CUT_AXES)[number];

/** The anomaly map's false-colour modes: off, colour difference (ΔE00 per site) or shape deviation (mm). */
export const ANOMALY_MAP_MODES = ['off', 'colour', 'shape'] as const;
export type AnomalyMapMode = (typeof ANOMALY_MAP_MODES)[number];

export const CrossSectionSchema = z.strictObject({
  on: z.boolean(),
  axis: z.enum(CUT_AXES),
  /** Where the plane crosses the tooth along its axis: 0 one side of the tooth's box, 1 the other. */
  depth: z.number().min(0).max(1),
});
export type CrossSection = z.infer<typeof CrossSectionSchema>;

export const ViewSettingsSchema = z.strictObject({
  crossSection: CrossSectionSchema,
  labels: z.boolean(),
  charts: z.boolean(),
  anomalyMap: z.enum(ANOMALY_MAP_MODES),
  nanobots: z.boolean(),
  compare: z.boolean(),
});
export type ViewSettings = z.infer<typeof ViewSettingsSchema>;

export const DEFAULT_VIEW: ViewSettings = Object.freeze({
  crossSection: Object.freeze({ on: false, axis: 'mesiodistal', depth: 0.5 }),
  labels: false,
  charts: false,
  anomalyMap: 'off',
  nanobots: true,
  compare: false,
}) as ViewSettings;
