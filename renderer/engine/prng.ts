// Seeded pseudo-random numbers: sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator, 128-bit state).
// Written here because the engine may import nothing, and its state has to live in a typed array that
// snapshot() copies and restore() puts back, so a restored run draws the very same numbers.

/** Fills `state` (4 words) from a seed, mixing with splitmix32 so that nearby seeds give unrelated streams. */
export function seedPrng(state: Uint32Array, seed: number): void {
  let s = (seed >>> 0) ^ 0x9e3779b9;
  for (let i = 0; i < 4; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    state[i] = (z ^ (z >>> 16)) >>> 0;
  }
  // A few rounds so the first outputs do not echo the seed.
  for (let i = 0; i < 12; i++) nextU32(state);
}

/** One round of sfc32: advances the state and returns the output as a signed 32-bit integer. */
function round(state: Uint32Array): number {
  const a = state[0]!;
  const b = state[1]!;
  const c = state[2]!;
  const d = state[3]!;
  const t = (((a + b) | 0) + d) | 0;
  state[3] = (d + 1) | 0;
  state[0] = b ^ (b >>> 9);
  state[1] = (c + (c << 3)) | 0;
  const r = (c << 21) | (c >>> 11);
  state[2] = (r + t) | 0;
  return t;
}

/** Next 32-bit unsigned integer; advances the state. */
export function nextU32(state: Uint32Array): number {
  return round(state) >>> 0;
}

/** Uniform number in [0, 1). */
export function nextFloat(state: Uint32Array): number {
  return (round(state) >>> 0) / 4294967296;
}

/**
 * Stores the next uniform number in [0, 1) at out[i]: the same number `nextFloat` would return, without
 * returning a double from a call (which V8 may box on the heap), for the allocation-free step.
 */
export function nextFloatInto(state: Uint32Array, out: Float64Array, i: number): void {
  out[i] = (round(state) >>> 0) / 4294967296;
}
