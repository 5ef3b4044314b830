// Colour science for the app, over culori: the CIEDE2000 colour difference injected into the engine, and the
// dentistry thresholds it is judged against. The engine keeps its colour state in CIELAB with the D65 white
// (culori's `lab65`, the white of sRGB), and the scene converts it for display in the enamel shader.
import { differenceCiede2000, type Lab65, modeLab65, useMode as registerMode } from 'culori/fn';
import type { DeltaE00 } from '../engine/types';

export { ACCEPTABILITY_THRESHOLD_DE00, PERCEPTIBILITY_THRESHOLD_DE00 } from './thresholds';

// culori/fn registers no colour space by itself; CIEDE2000 reads its inputs through the lab65 mode.
registerMode(modeLab65);
const ciede2000 = differenceCiede2000();

// Two mutable colours reused by every call, so the hot path (one call per changed site) allocates nothing
// of its own.
const first: Lab65 = { mode: 'lab65', l: 0, a: 0, b: 0 };
const second: Lab65 = { mode: 'lab65', l: 0, a: 0, b: 0 };

/** CIEDE2000 (kL = kC = kH = 1) between two CIELAB (D65) colours. Injected into the engine. */
export const deltaE00: DeltaE00 = (l1, a1, b1, l2, a2, b2) => {
  first.l = l1;
  first.a = a1;
  first.b = b1;
  second.l = l2;
  second.a = a2;
  second.b = b2;
  return ciede2000(first, second);
};
