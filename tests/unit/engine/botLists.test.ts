import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK, BotLists, BUSY } from '../../../renderer/engine/botLists';
import { BotState } from '../../../renderer/engine/types';

const UNDER_WAY: readonly number[] = [BotState.Travelling, BotState.Depositing, BotState.Returning];

/** The engine's clock as the lists read it: the step's time in a typed array. */
const clock = (now: number) => Float64Array.of(now);

function listOf(lists: BotLists, st: number, end = lists.end[st]!): number[] {
  return Array.from(lists.ids.subarray(lists.start[st]!, end));
}

describe('BotLists', () => {
  it('files every bot of a due block under its state, in index order, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3 * BLOCK + 17 }),
        (st) => {
          const states = Uint8Array.from(st);
          const lists = new BotLists(states.length);
          lists.file(states, new Float64Array(states.length), clock(0));
          for (let s = 0; s < BotState.Recalled; s++) {
            const expected = st.flatMap((x, b) => (x === s ? [b] : []));
            expect(listOf(lists, s)).toEqual(expected);
          }
        },
      ),
    );
  });

  it('skips a block of waiting bots until the earliest of their timers, and keeps a busy block due', () => {
    const n = 2 * BLOCK;
    const states = new Uint8Array(n).fill(BotState.Reservoir);
    const timer = new Float64Array(n).fill(5);
    timer[BLOCK + 3] = 2; // second block: all wait, the earliest at 2 s
    states[7] = BotState.Travelling; // first block: one bot under way
    const lists = new BotLists(n);
    lists.file(states, timer, clock(0));
    expect(lists.blockDue[0]).toBe(BUSY);
    expect(lists.blockDue[1]).toBe(2);
    // At 1 s the second block is not filed at all; at 2 s it is.
    lists.file(states, timer, clock(1));
    expect(listOf(lists, BotState.Reservoir)).not.toContain(BLOCK + 3);
    expect(listOf(lists, BotState.Travelling)).toEqual([7]);
    lists.file(states, timer, clock(2));
    expect(listOf(lists, BotState.Reservoir)).toContain(BLOCK + 3);
    // A restore or a change of many bots at once: every block is filed again.
    lists.wakeAllBlocks();
    expect(Array.from(lists.blockDue)).toEqual([BUSY, BUSY]);
  });

  it('keeps the waiting bots whose timer has come, in order, only while they may act', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 600 }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (times, now) => {
          const n = times.length;
          const states = new Uint8Array(n).fill(BotState.Reservoir);
          const lists = new BotLists(n);
          const timer = Float64Array.from(times);
          lists.file(states, timer, clock(-1));
          const due = lists.collectDue(BotState.Reservoir, timer, clock(now), true);
          expect(listOf(lists, BotState.Reservoir, due)).toEqual(
            times.flatMap((t, b) => (t <= now ? [b] : [])),
          );
          lists.wakeAllBlocks();
          lists.file(states, timer, clock(-1));
          expect(lists.collectDue(BotState.Reservoir, timer, clock(now), false)).toBe(
            lists.start[BotState.Reservoir],
          );
        },
      ),
    );
  });

  it('counts a block as under way exactly when one of its bots travels, deposits or returns', () => {
    for (const st of [0, 1, 2, 3, 4, 5]) {
      const states = new Uint8Array(BLOCK).fill(BotState.Recalled);
      states[BLOCK - 1] = st;
      const timer = new Float64Array(BLOCK).fill(Infinity);
      timer[BLOCK - 1] = 3;
      const lists = new BotLists(BLOCK);
      lists.file(states, timer, clock(0));
      expect(lists.blockDue[0]).toBe(UNDER_WAY.includes(st) ? BUSY : 3);
    }
  });
});
