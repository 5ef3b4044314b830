import { describe, expect, it } from 'vitest';
import type { PublishableState } from '../../../renderer/worker/engineTypes';
import {
  createSharedFrameBuffer,
  SharedFrameReader,
  SharedFrameWriter,
  sharedLayout,
} from '../../../renderer/worker/sharedFrames';

const BOTS = 5;
const SITES = 3;

function source(v: number, changed: number[]): PublishableState {
  const changedSites = new Uint32Array(SITES);
  changedSites.set(changed);
  return {
    botPositions: new Float32Array(3 * BOTS).fill(v),
    botStates: new Uint8Array(BOTS).fill(v),
    siteThickness: new Float32Array(SITES).fill(v),
    siteLab: new Float32Array(3 * SITES).fill(v),
    siteChalk: new Float32Array(SITES).fill(v),
    changedSites,
    changedCount: changed.length,
  };
}

function pair(): { reader: SharedFrameReader; writer: SharedFrameWriter } {
  const buffer = createSharedFrameBuffer(BOTS, SITES);
  const reader = new SharedFrameReader(buffer, BOTS, SITES);
  const writer = new SharedFrameWriter(buffer, BOTS, SITES, reader.resetForWriter());
  return { reader, writer };
}

describe('shared frames', () => {
  it('lays slots out 8-byte aligned', () => {
    const l = sharedLayout(7, 5);
    for (const off of [l.offPositions, l.offThickness, l.offLab, l.offChanged, l.offStates, l.slotBytes]) {
      expect(off % 8).toBe(0);
    }
  });

  it('hands the newest frame to the reader and nothing when nothing is new', () => {
    const { reader, writer } = pair();
    expect(reader.take()).toBeNull();
    writer.publish(source(1, [2]), 1, 0.05, 1, false);
    const t = reader.take()!;
    expect(t.seq).toBe(1);
    expect(t.steps).toBe(1);
    expect(t.time).toBeCloseTo(0.05);
    expect(t.changedCount).toBe(1);
    expect(t.views.changedSites[0]).toBe(2);
    expect(t.views.botPositions[0]).toBe(1);
    expect(reader.publishedSeq()).toBe(1);
    expect(reader.take()).toBeNull();
  });

  it('never writes into the slot the reader holds, and skips to the newest frame', () => {
    const { reader, writer } = pair();
    writer.publish(source(1, []), 1, 0, 1, true);
    const held = reader.take()!.views;
    for (let k = 2; k <= 6; k++) {
      writer.publish(source(k, [0]), k, 0, k, false);
      expect(held.botPositions[0]).toBe(1);
      expect(held.siteLab[0]).toBe(1);
    }
    const t = reader.take()!;
    expect(t.seq).toBe(6);
    expect(t.views.botStates[0]).toBe(6);
    expect(t.full).toBe(false);
  });

  it('rejects a buffer too small for the swarm and a bad slot index', () => {
    const small = new SharedArrayBuffer(64);
    expect(() => new SharedFrameReader(small, BOTS, SITES)).toThrow(/bytes needed|needed for/);
    const buffer = createSharedFrameBuffer(BOTS, SITES);
    expect(() => new SharedFrameWriter(buffer, BOTS, SITES, 3)).toThrow(/backSlot/);
  });
});
