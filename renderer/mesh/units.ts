// Units of a scan: what a file's numbers mean in millimetres, guessed from its size when the file does not say.
import type { LengthUnit } from './types';

export const UNIT_SCALE: Record<LengthUnit, number> = { mm: 1, cm: 10, m: 1000, µm: 0.001 };
export const UNIT_WORDS: Record<LengthUnit, string> = {
  mm: 'millimetres',
  cm: 'centimetres',
  m: 'metres',
  µm: 'micrometres',
};

/** A length for a message: three significant figures at most, no trailing noise. */
export function formatLength(v: number): string {
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toPrecision(2);
}

/**
 * Guess the units from the largest extent. A single tooth is 8-30 mm long and a full-arch scan up to ~80 mm, so:
 * under 0.3 -> metres; 0.3 to 3.5 -> centimetres (a tooth of 0.8-2.5 cm); 3.5 to 2000 -> millimetres;
 * above 2000 -> micrometres (a tooth of 8 000-30 000 µm).
 */
export function inferUnits(largestExtent: number): LengthUnit {
  if (largestExtent < 0.3) return 'm';
  if (largestExtent < 3.5) return 'cm';
  if (largestExtent <= 2000) return 'mm';
  return 'µm';
}
