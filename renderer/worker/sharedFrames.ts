// Frames in a SharedArrayBuffer: three slots and a lock-free triple buffer.
//
// The worker owns one slot (back), the page owns one (front), and the third (middle) is handed over through a
// single Atomics.exchange on a header word. The writer never touches the slot the page reads, and the page
// never waits. A frame the page did not pick up in time is replaced by the next one; the sequence number in each
// slot lets the page notice the gap and refresh every site instead of only the changed ones.
//
// Written here rather than taken from a library: the layout is specific to our frame (bot and site arrays side
// by side) and the handover is a dozen lines of Atomics.
import type { PublishableState } from './engineTypes';

const H_MIDDLE = 0;
const H_SEQ = 1;
const HEADER_BYTES = 16;
const DIRTY = 4;
const SLOT_MASK = 3;
export const SLOT_COUNT = 3;

// Per-slot meta, Float64: seq, time, steps, changedCount, full.
const M_SEQ = 0;
const M_TIME = 1;
const M_STEPS = 2;
const M_CHANGED = 3;
const M_FULL = 4;
const META_BYTES = 64;

const align8 = (n: number): number => (n + 7) & ~7;

export interface SlotLayout {
  bots: number;
  sites: number;
  slotBytes: number;
  totalBytes: number;
  offPositions: number;
  offThickness: number;
  offLab: number;
  offChalk: number;
  offChanged: number;
  offStates: number;
}

export function sharedLayout(bots: number, sites: number): SlotLayout {
  let off = META_BYTES;
  const offPositions = off;
  off = align8(off + 12 * bots);
  const offThickness = off;
  off = align8(off + 4 * sites);
  const offLab = off;
  off = align8(off + 12 * sites);
  const offChalk = off;
  off = align8(off + 4 * sites);
  const offChanged = off;
  off = align8(off + 4 * sites);
  const offStates = off;
  off = align8(off + bots);
  return {
    bots,
    sites,
    slotBytes: off,
    totalBytes: HEADER_BYTES + SLOT_COUNT * off,
    offPositions,
    offThickness,
    offLab,
    offChalk,
    offChanged,
    offStates,
  };
}

export interface SlotViews {
  meta: Float64Array;
  botPositions: Float32Array;
  botStates: Uint8Array;
  siteThickness: Float32Array;
  siteLab: Float32Array;
  siteChalk: Float32Array;
  changedSites: Uint32Array;
}

function slotViews(buffer: SharedArrayBuffer, layout: SlotLayout, slot: number): SlotViews {
  const base = HEADER_BYTES + slot * layout.slotBytes;
  const { bots, sites } = layout;
  return {
    meta: new Float64Array(buffer, base, META_BYTES / 8),
    botPositions: new Float32Array(buffer, base + layout.offPositions, 3 * bots),
    botStates: new Uint8Array(buffer, base + layout.offStates, bots),
    siteThickness: new Float32Array(buffer, base + layout.offThickness, sites),
    siteLab: new Float32Array(buffer, base + layout.offLab, 3 * sites),
    siteChalk: new Float32Array(buffer, base + layout.offChalk, sites),
    changedSites: new Uint32Array(buffer, base + layout.offChanged, sites),
  };
}

function checkBuffer(buffer: SharedArrayBuffer, layout: SlotLayout): void {
  if (buffer.byteLength < layout.totalBytes) {
    throw new Error(
      `shared frame buffer is ${buffer.byteLength} bytes, ${layout.totalBytes} needed for ` +
        `${layout.bots} bots and ${layout.sites} sites`,
    );
  }
}

export function createSharedFrameBuffer(bots: number, sites: number): SharedArrayBuffer {
  return new SharedArrayBuffer(sharedLayout(bots, sites).totalBytes);
}

/** Worker side: writes frames into its back slot and swaps it into the middle. */
export class SharedFrameWriter {
  private readonly header: Int32Array;
  private readonly slots: SlotViews[];
  private back: number;

  constructor(buffer: SharedArrayBuffer, bots: number, sites: number, backSlot: number) {
    const layout = sharedLayout(bots, sites);
    checkBuffer(buffer, layout);
    if (!Number.isInteger(backSlot) || backSlot < 0 || backSlot >= SLOT_COUNT) {
      throw new Error(`backSlot must be 0, 1 or 2, got ${backSlot}`);
    }
    this.header = new Int32Array(buffer, 0, HEADER_BYTES / 4);
    this.slots = [0, 1, 2].map((s) => slotViews(buffer, layout, s));
    this.back = backSlot;
  }

  publish(src: PublishableState, seq: number, time: number, steps: number, full: boolean): void {
    const s = this.slots[this.back]!;
    s.botPositions.set(src.botPositions);
    s.botStates.set(src.botStates);
    s.siteThickness.set(src.siteThickness);
    s.siteLab.set(src.siteLab);
    s.siteChalk.set(src.siteChalk);
    const n = full ? 0 : src.changedCount;
    if (n > 0) s.changedSites.set(src.changedSites.subarray(0, n));
    s.meta[M_SEQ] = seq;
    s.meta[M_TIME] = time;
    s.meta[M_STEPS] = steps;
    s.meta[M_CHANGED] = n;
    s.meta[M_FULL] = full ? 1 : 0;
    // The exchange is the release point: everything written above is visible to whoever takes the slot.
    this.back = Atomics.exchange(this.header, H_MIDDLE, this.back | DIRTY) & SLOT_MASK;
    Atomics.store(this.header, H_SEQ, seq);
  }
}

/** What the page learns when it takes a new slot. */
export interface TakenSlot {
  views: SlotViews;
  seq: number;
  time: number;
  steps: number;
  changedCount: number;
  full: boolean;
}

/** Page side: takes the freshest published slot, if any. */
export class SharedFrameReader {
  private readonly header: Int32Array;
  private readonly slots: SlotViews[];
  private front = 0;
  private readonly taken: TakenSlot;

  constructor(
    readonly buffer: SharedArrayBuffer,
    bots: number,
    sites: number,
  ) {
    const layout = sharedLayout(bots, sites);
    checkBuffer(buffer, layout);
    this.header = new Int32Array(buffer, 0, HEADER_BYTES / 4);
    this.slots = [0, 1, 2].map((s) => slotViews(buffer, layout, s));
    this.taken = { views: this.slots[0]!, seq: 0, time: 0, steps: 0, changedCount: 0, full: true };
  }

  /**
   * Prepares the header for a (new) writer and returns the slot that writer must start with. The page keeps
   * its current front slot, so a frame on screen stays valid across a worker restart.
   */
  resetForWriter(): number {
    const middle = (this.front + 1) % SLOT_COUNT;
    Atomics.store(this.header, H_MIDDLE, middle);
    Atomics.store(this.header, H_SEQ, 0);
    return (this.front + 2) % SLOT_COUNT;
  }

  /** The sequence number of the newest published frame. */
  publishedSeq(): number {
    return Atomics.load(this.header, H_SEQ);
  }

  /** The slot the page holds now. */
  current(): SlotViews {
    return this.slots[this.front]!;
  }

  /** Takes the newest frame if one was published since the last call; null otherwise. Reuses one result object. */
  take(): TakenSlot | null {
    if ((Atomics.load(this.header, H_MIDDLE) & DIRTY) === 0) return null;
    this.front = Atomics.exchange(this.header, H_MIDDLE, this.front) & SLOT_MASK;
    const v = this.slots[this.front]!;
    const t = this.taken;
    t.views = v;
    t.seq = v.meta[M_SEQ]!;
    t.time = v.meta[M_TIME]!;
    t.steps = v.meta[M_STEPS]!;
    t.changedCount = v.meta[M_CHANGED]!;
    t.full = v.meta[M_FULL] === 1;
    return t;
  }
}
