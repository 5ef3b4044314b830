// The bots of a step, filed by state. At the start of each step the bots of every block that has anything to
// do are written into one list per state, each in index order; the step then works through each list in a
// tight loop of its own (move the travelling bots, move the returning ones, let the depositing ones deposit)
// instead of asking every bot its state in one loop, where the states of neighbouring bots follow no
// pattern and the processor mispredicts the branch for one bot in two. Filing is branch-free: each bot's
// index goes to the end of its state's list.
//
// Only what touches shared state (claims, deposits, the gel's stock, the random stream) has to happen in
// index order, and it still does: the step merges the sorted lists of bots that act this step (see
// Engine.step). Movement touches nothing but the moving bot's own position, so its order does not matter.
//
// Blocks: bots are filed BLOCK at a time, and a block whose bots all wait until a later step (in the gel or
// dormant) or are gone is not filed at all (blockDue), so the cost of a step follows the bots at work.
import { BotState } from './types';

/** Bots per block (a power of two: a bot's block is `b >>> BLOCK_SHIFT`). */
export const BLOCK_SHIFT = 8;
export const BLOCK = 1 << BLOCK_SHIFT;
/** `blockDue` of a block that must be filed at the next step (bots under way, or bots that just acted). */
export const BUSY = -Infinity;

const STATES = 6;
// Hot-path copies of BotState's codes, plain numbers so a per-bot loop reads no object property (the step's too).
export const RESERVOIR: number = BotState.Reservoir;
export const TRAVELLING: number = BotState.Travelling;
export const DEPOSITING: number = BotState.Depositing;
export const RETURNING: number = BotState.Returning;
export const DORMANT: number = BotState.Dormant;
export const RECALLED: number = BotState.Recalled;

export class BotLists {
  /**
   * The lists, one region of `bots` entries per state but the recalled, whose bots all go to one slot that
   * is never read (so filing needs no branch). Derived from the states each step; not part of the snapshot.
   */
  readonly ids: Int32Array;
  /** Per state: where its list starts in `ids`, and (after `file`) where it ends. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Per state: 1, or 0 for the recalled (their slot is overwritten). */
  private readonly step: Int32Array;
  /**
   * Per block: the earliest timer of its waiting bots (nothing to do before then), or BUSY. Derived from the
   * bots' states and timers; not part of the snapshot.
   */
  readonly blockDue: Float64Array;
  private readonly bots: number;

  constructor(bots: number) {
    this.bots = bots;
    this.ids = new Int32Array((STATES - 1) * bots + 1);
    this.start = new Int32Array(STATES);
    this.end = new Int32Array(STATES);
    this.step = new Int32Array(STATES).fill(1);
    let at = 0;
    for (const st of [RESERVOIR, TRAVELLING, DEPOSITING, RETURNING, DORMANT]) {
      this.start[st] = at;
      at += bots;
    }
    this.start[RECALLED] = at;
    this.step[RECALLED] = 0;
    this.blockDue = new Float64Array((bots + BLOCK - 1) >>> BLOCK_SHIFT).fill(BUSY);
  }

  /** Every block is filed at the next step (after bots changed state outside a step, or a restore). */
  wakeAllBlocks(): void {
    this.blockDue.fill(BUSY);
  }

  /**
   * Files the bots of every block due at `now` (`clock[0]`: a typed array, so no double crosses the call,
   * which V8 would box on the heap at every step) by state, in index order. A block with bots under way stays
   * BUSY; any other filed block is due again at the earliest timer of its bots (one whose timer has come
   * acts in this step, so its block is filed again at the next).
   */
  file(states: Uint8Array, timer: Float64Array, clock: Float64Array): void {
    const now = clock[0]!;
    const ids = this.ids;
    const end = this.end;
    const step = this.step;
    const due = this.blockDue;
    end.set(this.start);
    const blocks = due.length;
    const n = this.bots;
    for (let blk = 0; blk < blocks; blk++) {
      if (now < due[blk]!) continue;
      const from = blk << BLOCK_SHIFT;
      const to = Math.min(from + BLOCK, n);
      const under = end[TRAVELLING]! + end[DEPOSITING]! + end[RETURNING]!;
      for (let b = from; b < to; b++) {
        const st = states[b]!;
        const at = end[st]!;
        ids[at] = b;
        end[st] = at + step[st]!;
      }
      if (end[TRAVELLING]! + end[DEPOSITING]! + end[RETURNING]! !== under) {
        due[blk] = BUSY;
      } else {
        let first = Infinity;
        for (let b = from; b < to; b++) first = Math.min(first, timer[b]!);
        due[blk] = first;
      }
    }
  }

  /**
   * Keeps, at the front of waiting state `st`'s list, the bots whose timer has come (when `active`), and
   * returns where they end. Branch-free: few bots are due, at no pattern.
   */
  collectDue(st: number, timer: Float64Array, clock: Float64Array, active: boolean): number {
    const now = clock[0]!;
    const ids = this.ids;
    let w = this.start[st]!;
    const e = this.end[st]!;
    if (!active) return w;
    for (let i = w; i < e; i++) {
      const b = ids[i]!;
      ids[w] = b;
      w += Number(!(now < timer[b]!));
    }
    return w;
  }
}
