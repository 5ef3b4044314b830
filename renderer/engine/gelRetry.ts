// When the redesigned bots in the gel find nothing to do, each looks again later at a moment of its own, so
// that when the next layer opens they leave the gel over a few seconds rather than all in one step. The time
// of the step is `clock[0]` (as BotLists reads it: a typed array, so no double crosses a call, which V8 would
// box on the heap when it does not inline the callee).

/** A bot with nothing to do looks again after RETRY_MIN_S + its own share of RETRY_SPAN_S. */
const RETRY_MIN_S = 0.5;
const RETRY_SPAN_S = 2.5;
const GOLDEN = 0.6180339887498949;

/**
 * Bot b looks again later. Its share is the fractional part of b × GOLDEN: x - floor(x) is exactly x % 1 for
 * x >= 0, without the call to the C library that `%` on doubles costs.
 */
export function retryLater(timer: Float64Array, b: number, clock: Float64Array): void {
  const spread = b * GOLDEN;
  timer[b] = clock[0]! + RETRY_MIN_S + RETRY_SPAN_S * (spread - Math.floor(spread));
}

/** `retryLater` for the bots `ids[from..to)`: one tight loop, where a call to launch each costs more. */
export function retryListLater(
  timer: Float64Array,
  ids: Int32Array,
  from: number,
  to: number,
  clock: Float64Array,
): void {
  for (let i = from; i < to; i++) retryLater(timer, ids[i]!, clock);
}
