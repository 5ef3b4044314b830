// The heap's course over a soak run, from its attract-screen samples: how much it grew over the second half of
// the run. V8 compiles more of the app for the first hundreds of visits, which the growth from the start
// includes; once that is done, a heap that still grows is a leak, and this figure shows it.

export interface HeapSample {
  cycle: number;
  mb: number;
}

/**
 * Growth from the first sample at or past half the run to the last sample, or null when the samples do not
 * reach both halves (a short run samples too rarely).
 */
export function secondHalfGrowth(
  samples: readonly HeapSample[],
  cycles: number,
): { from: HeapSample; to: HeapSample; pct: number } | null {
  const from = samples.find((s) => s.cycle >= cycles / 2);
  const to = samples.at(-1);
  if (!from || !to || to.cycle <= from.cycle || from.mb <= 0) return null;
  return { from, to, pct: ((to.mb - from.mb) / from.mb) * 100 };
}
