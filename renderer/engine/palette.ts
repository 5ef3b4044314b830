// Colours of enamel in CIELAB (D65 white, the white of sRGB displays), as numbers only: the engine keeps its
// colour state in CIELAB so the ΔE00 it reports is the difference a viewer sees once the host converts it
// for display (renderer/colour). Chalkiness is a separate 0..1 figure: how opaque and matte the surface is.

/**
 * Healthy enamel over dentin: translucent, slightly yellow-white. science.md gives L* 70-80, a* 0-2,
 * b* 10-20 depending on shade; this is the middle of that range.
 */
export const HEALTHY_ENAMEL_LAB: readonly [number, number, number] = [75, 1, 15];
export const HEALTHY_CHALK = 0.1;

/** An early lesion ("white spot"): porous enamel scatters light, so it looks chalky, opaque and whiter. */
export const WHITE_SPOT_LAB: readonly [number, number, number] = [88, -0.5, 6];
export const WHITE_SPOT_CHALK = 0.85;

/**
 * Hypomaturation enamel (MMP20 variants) at its strongest: a mid brown. science.md: hypomaturation enamel is
 * "mottled creamy-yellow to brown", MMP20 enamel "soft, mottled yellow-brown" (Smith et al. 2017; Wright 2006);
 * the pigmented hypomaturation type is brown outright. The mottling (anomalies.ts) spreads a patient's sites
 * from a creamy yellow (a third of the way here) to this brown.
 */
export const HYPOMATURATION_BROWN_LAB: readonly [number, number, number] = [56, 10, 33];
/** Hypomaturation enamel (KLK4 variants): creamy yellow. */
export const HYPOMATURATION_CREAM_LAB: readonly [number, number, number] = [71, 4, 28];
/** Hypocalcified enamel (FAM83H variants): chalky, opaque, a little discoloured. */
export const HYPOCALCIFIED_CHALKY_LAB: readonly [number, number, number] = [85, 1.5, 19];
export const HYPOCALCIFIED_CHALK = 0.8;
