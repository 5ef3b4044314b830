// Figures the interface shows, re-exported from the layers that own them, so `ui` imports only `state`.
import { TIME_COMPRESSION } from '../engine/constants';

export { type StoryCue, THRESHOLDS } from '../timeline/cues';

/** Days of natural enamel growth that one simulated second stands for (engine's stated time compression). */
export const TIME_COMPRESSION_DAYS = TIME_COMPRESSION / 86_400;
