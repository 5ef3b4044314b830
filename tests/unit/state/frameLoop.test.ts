// The one frame loop: the simulation tick, then the read-outs, in that order; one fallback for slow canvases;
// the change list released only after a drawn frame.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FALLBACK_AFTER_MS, FrameLoop } from '../../../renderer/state/frameLoop';

function recorder() {
  const calls: string[] = [];
  const dts: number[] = [];
  const driven = {
    tick(dt: number) {
      calls.push('tick');
      dts.push(dt);
    },
    frameDrawn() {
      calls.push('drawn');
    },
  };
  return { calls, dts, driven };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('FrameLoop', () => {
  it('ticks the simulation first, then every read-out in the order they registered', () => {
    const loop = new FrameLoop();
    const { calls, driven } = recorder();
    loop.drive(driven);
    loop.addReadout(() => calls.push('clock'));
    const remove = loop.addReadout(() => calls.push('chart'));
    loop.run(1000);
    expect(calls).toEqual(['tick', 'clock', 'chart']);
    remove();
    calls.length = 0;
    loop.run(1016);
    loop.drawn();
    expect(calls).toEqual(['tick', 'clock', 'drawn']);
  });

  it('hands the tick the wall seconds since the previous run (none on the first)', () => {
    const loop = new FrameLoop();
    const { dts, driven } = recorder();
    loop.drive(driven);
    loop.run(5000);
    loop.run(5016);
    loop.run(5266);
    expect(dts[0]).toBe(0);
    expect(dts[1]).toBeCloseTo(0.016, 12);
    expect(dts[2]).toBeCloseTo(0.25, 12);
  });

  it('runs from the fallback only when no frame has run it for a while, keeping the pace', () => {
    const loop = new FrameLoop();
    const { dts, driven } = recorder();
    loop.drive(driven);
    loop.run(1000);
    expect(loop.runIfStale(1000 + FALLBACK_AFTER_MS)).toBe(false);
    expect(dts.length).toBe(1);
    // A canvas drawing two frames a second: the fallback covers the time between them.
    let t = 1000;
    for (let i = 0; i < 20; i++) {
      t += 25;
      if (i % 20 === 19) loop.run(t);
      else loop.runIfStale(t);
    }
    const total = dts.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo((t - 1000) / 1000, 9);
    expect(dts.slice(1).every((dt) => dt <= (FALLBACK_AFTER_MS + 25) / 1000 + 1e-9)).toBe(true);
  });

  it('reports a failing step once and keeps running the others', () => {
    const loop = new FrameLoop();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let readouts = 0;
    loop.drive({
      tick() {
        throw new Error('bad frame');
      },
      frameDrawn() {},
    });
    loop.addReadout(() => readouts++);
    loop.run(1);
    loop.run(2);
    expect(readouts).toBe(2);
    expect(error).toHaveBeenCalledTimes(1);
  });
});
