// Binary search over ascending keys, the one copy the project uses (engine, snapshot store, story clock,
// cues, chart). The keys are read through a function so that arrays of numbers, typed arrays and arrays of
// records (by a field) all share it without copying; the calls stay allocation-free when `key` is a
// module-scope function.

/** The first index in [0, n) whose key is greater than `x` (n when none is): the insertion point after equals. */
export function upperBound(n: number, key: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(mid) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first index in [0, n) whose key is at least `x` (n when none is): the insertion point before equals. */
export function lowerBound(n: number, key: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(mid) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last index whose key is at most `x`, or -1 when every key is greater. */
export function lastAtOrBefore(n: number, key: (i: number) => number, x: number): number {
  return upperBound(n, key, x) - 1;
}
