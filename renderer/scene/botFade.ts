// Which bots have finished their work, and since when: the swarm draws a finished bot (dormant in the enamel or
// in the gel, recalled with the gel) only while it fades out, so the enamel under it stays in view. No React or
// three here: the swarm's frame loop calls this on its own arrays.

/** BotState codes of bots with nothing left to do: dormant (4) and recalled (5). renderer/engine/types.ts. */
export const FINISHED_STATES: readonly number[] = [4, 5];

/** Seconds a bot takes to fade after it finishes (0 under reduced motion: it goes at once). */
export const FINISH_FADE_SECONDS = 0.8;

/** A time long past: bots that were already in their state when the swarm first saw them are not animated. */
export const LONG_AGO = -1e9;

/**
 * Copies the new states over the old ones and stamps `since[i] = now` for each bot whose state changed (a bot
 * that wakes is drawn again at once; one that finishes starts to fade). With `fresh`, every bot is stamped
 * LONG_AGO instead: a new swarm or a seek shows the moment as it is, without replaying fades. Allocates nothing.
 */
export function updateBotStates(
  states: Uint8Array,
  next: ArrayLike<number>,
  since: Float32Array,
  count: number,
  now: number,
  fresh: boolean,
): number {
  let changed = 0;
  for (let i = 0; i < count; i++) {
    const s = next[i]!;
    if (fresh) since[i] = LONG_AGO;
    else if (states[i] !== s) {
      since[i] = now;
      changed++;
    }
    states[i] = s;
  }
  return changed;
}
