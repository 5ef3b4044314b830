// Colour science for the app, over culori: CIEDE2000 colour differences and CIELAB to display conversions.
// The engine keeps its colour state in CIELAB with the D65 white (culori's `lab65`, the white of sRGB), so
// converting it through this module is what the viewer sees, and the ΔE00 the engine reports (computed by the
// `deltaE00` injected here) is the difference between what two sites look like on screen.
import {
  clampRgb,
  differenceCiede2000,
  formatHex,
  type Lab65,
  type Lrgb,
  modeLab65,
  modeLrgb,
  modeRgb,
  type Rgb,
  useMode as registerMode,
} from 'culori/fn';
import type { DeltaE00 } from '../engine/types';

export {
  HEALTHY_CHALK,
  HEALTHY_ENAMEL_LAB,
  HYPOCALCIFIED_CHALK,
  HYPOCALCIFIED_CHALKY_LAB,
  HYPOMATURATION_BROWN_LAB,
  HYPOMATURATION_CREAM_LAB,
  WHITE_SPOT_CHALK,
  WHITE_SPOT_LAB,
} from '../engine/palette';

/**
 * ΔE00 thresholds in dentistry (Paravina et al. 2015, J Esthet Restor Dent 27:S1-S9): below 0.8 half of
 * observers see no difference; above 1.8 half would not accept the match.
 */
export const PERCEPTIBILITY_THRESHOLD_DE00 = 0.8;
export const ACCEPTABILITY_THRESHOLD_DE00 = 1.8;

const toLab65 = registerMode(modeLab65);
const toRgb = registerMode(modeRgb);
const toLrgb = registerMode(modeLrgb);
const ciede2000 = differenceCiede2000();

// Two mutable colours reused by every call, so the hot path (one call per changed site) allocates nothing
// of its own.
const first: Lab65 = { mode: 'lab65', l: 0, a: 0, b: 0 };
const second: Lab65 = { mode: 'lab65', l: 0, a: 0, b: 0 };
const scratch: Lab65 = { mode: 'lab65', l: 0, a: 0, b: 0 };

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

function setScratch(l: number, a: number, b: number): Lab65 {
  scratch.l = l;
  scratch.a = a;
  scratch.b = b;
  return scratch;
}

/**
 * CIELAB (D65) to gamma-encoded sRGB, channels 0..1, written to `out[offset..offset+2]`. Colours outside the
 * sRGB gamut are clipped per channel (culori `clampRgb`); every enamel colour of the palette lies inside it.
 */
export function labToSrgb(l: number, a: number, b: number, out: Float32Array | number[], offset = 0): void {
  const rgb = clampRgb(toRgb(setScratch(l, a, b))) as Rgb;
  out[offset] = rgb.r;
  out[offset + 1] = rgb.g;
  out[offset + 2] = rgb.b;
}

/** CIELAB (D65) to linear-light sRGB (what a renderer working in linear space takes), clipped to 0..1. */
export function labToLinearSrgb(
  l: number,
  a: number,
  b: number,
  out: Float32Array | number[],
  offset = 0,
): void {
  const rgb = clampRgb(toRgb(setScratch(l, a, b))) as Rgb;
  const lin = toLrgb(rgb) as Lrgb;
  out[offset] = lin.r;
  out[offset + 1] = lin.g;
  out[offset + 2] = lin.b;
}

/** Gamma-encoded sRGB (0..1) to CIELAB (D65), written to `out[offset..offset+2]`. */
export function srgbToLab(r: number, g: number, b: number, out: Float32Array | number[], offset = 0): void {
  const lab = toLab65({ mode: 'rgb', r, g, b });
  out[offset] = lab.l;
  out[offset + 1] = lab.a;
  out[offset + 2] = lab.b;
}

/** Whether a CIELAB (D65) colour can be shown on an sRGB display without clipping. */
export function labInSrgbGamut(l: number, a: number, b: number): boolean {
  const rgb = toRgb(setScratch(l, a, b));
  const e = 1e-6;
  return [rgb.r, rgb.g, rgb.b].every((v) => v >= -e && v <= 1 + e);
}

/** CIELAB (D65) as a CSS hex colour, for legends and swatches in the interface. */
export function labToHex(l: number, a: number, b: number): string {
  return formatHex(clampRgb(toRgb(setScratch(l, a, b))) as Rgb);
}

/** Converts a whole CIELAB array (3 per entry) to sRGB or linear sRGB, for the entries listed or all. */
export function labArrayToRgb(
  lab: Float32Array,
  out: Float32Array,
  linear: boolean,
  indices?: Uint32Array,
  count = indices ? indices.length : lab.length / 3,
): void {
  const convert = linear ? labToLinearSrgb : labToSrgb;
  for (let j = 0; j < count; j++) {
    const i = indices ? indices[j]! : j;
    convert(lab[i * 3]!, lab[i * 3 + 1]!, lab[i * 3 + 2]!, out, i * 3);
  }
}
