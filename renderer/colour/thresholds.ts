// The ΔE00 thresholds of dentistry, defined once for the app (cue detection, read-outs, chart lines). Kept
// apart from the culori conversions so that layers which only compare numbers import no colour library.

/**
 * ΔE00 thresholds in dentistry (Paravina et al. 2015, J Esthet Restor Dent 27:S1-S9): below 0.8 half of
 * observers see no difference; above 1.8 half would not accept the match.
 */
export const PERCEPTIBILITY_THRESHOLD_DE00 = 0.8;
export const ACCEPTABILITY_THRESHOLD_DE00 = 1.8;
