import { describe, expect, it } from 'vitest';
import {
  FlatScreenWatch,
  HealthSampleSchema,
  heartbeatLine,
  isFlatRegion,
  MemoryWatch,
  sceneRegion,
} from '../../../../main/policy/watchdog';

/** A BGRA bitmap of one colour, with an optional rectangle of another. */
function bitmap(width: number, height: number, fill: number, spot?: { x: number; y: number; size: number }) {
  const data = new Uint8Array(width * height * 4).fill(fill);
  if (spot) {
    for (let y = spot.y; y < spot.y + spot.size; y++) {
      for (let x = spot.x; x < spot.x + spot.size; x++)
        data.fill(fill ^ 0x80, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
  }
  return data;
}

describe('blank-screen detection', () => {
  it('finds a white or black page flat, and a page with the tooth in it not', () => {
    expect(isFlatRegion(bitmap(192, 108, 255), 192, 108)).toBe(true);
    expect(isFlatRegion(bitmap(192, 108, 0), 192, 108)).toBe(true);
    // The tooth, centred in the scene area.
    expect(isFlatRegion(bitmap(192, 108, 20, { x: 60, y: 35, size: 30 }), 192, 108)).toBe(false);
  });

  it('tolerates noise within a few levels, and sees a gradient', () => {
    const noisy = bitmap(100, 100, 128);
    for (let i = 0; i < noisy.length; i += 7) noisy[i] = 128 + (i % 3);
    expect(isFlatRegion(noisy, 100, 100)).toBe(true);
    const gradient = new Uint8Array(100 * 100 * 4);
    for (let y = 0; y < 100; y++) gradient.fill(10 + y, y * 400, (y + 1) * 400);
    expect(isFlatRegion(gradient, 100, 100)).toBe(false);
  });

  it('ignores what lies outside the scene area (sidebar, time bar)', () => {
    const sidebar = bitmap(200, 100, 30, { x: 170, y: 0, size: 30 });
    expect(isFlatRegion(sidebar, 200, 100)).toBe(true);
    const region = sceneRegion(1920, 1080);
    expect(region.x + region.width).toBeLessThan(1920 - 380);
    expect(region.y + region.height).toBeLessThan(1080 - 100);
  });

  it('counts an empty or truncated capture as blank', () => {
    expect(isFlatRegion(new Uint8Array(0), 0, 0)).toBe(true);
    expect(isFlatRegion(new Uint8Array(10), 100, 100)).toBe(true);
  });

  it('asks for a reload on the second flat check in a row, and starts afresh after', () => {
    const watch = new FlatScreenWatch();
    expect([true, false, true, true, true, true].map((flat) => watch.observe(flat))).toEqual([
      'suspect',
      'ok',
      'suspect',
      'reload',
      'suspect',
      'reload',
    ]);
    watch.observe(true);
    watch.reset();
    expect(watch.observe(true)).toBe('suspect');
  });
});

describe('memory watch', () => {
  const MB = 1024 * 1024;

  it('never reloads during a visit: it waits for the attract loop', () => {
    const watch = new MemoryWatch(500 * MB);
    expect(watch.sample(400 * MB)).toBe('ok');
    expect(watch.sample(600 * MB)).toBe('wait');
    expect(watch.sample(450 * MB)).toBe('wait'); // still owed: the heap went over once
    expect(watch.attractLoop(true)).toBe('reload');
    expect(watch.sample(450 * MB)).toBe('ok');
  });

  it('reloads at once when over the limit inside the attract loop, and forgets after a reload', () => {
    const watch = new MemoryWatch(500 * MB);
    watch.attractLoop(true);
    expect(watch.sample(501 * MB)).toBe('reload');
    watch.attractLoop(false);
    expect(watch.sample(600 * MB)).toBe('wait');
    watch.reloaded();
    expect(watch.inAttractLoop).toBe(false);
    expect(watch.attractLoop(true)).toBe('ok');
  });
});

describe('health sample and heartbeat', () => {
  it('accepts only the probe’s two numbers', () => {
    expect(HealthSampleSchema.safeParse({ heapBytes: 1, fps: 60 }).success).toBe(true);
    expect(HealthSampleSchema.safeParse({ heapBytes: null, fps: null }).success).toBe(true);
    for (const bad of [
      null,
      'x',
      { heapBytes: -1, fps: 1 },
      { heapBytes: 1, fps: Infinity },
      { heapBytes: 1 },
    ]) {
      expect(HealthSampleSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('writes one readable line', () => {
    expect(
      heartbeatLine({
        uptimeSeconds: 3 * 3600 + 5 * 60 + 9,
        heapBytes: 312 * 1024 * 1024,
        fps: 59.6,
        reloads: 1,
        gpuCrashes: 0,
        attractLoop: true,
      }),
    ).toBe('Heartbeat: up 3h05m, heap 312 MB, 60 fps, 1 reload, 0 GPU crashes, attract loop');
    expect(
      heartbeatLine({
        uptimeSeconds: 65,
        heapBytes: null,
        fps: null,
        reloads: 2,
        gpuCrashes: 1,
        attractLoop: false,
      }),
    ).toBe('Heartbeat: up 1m05s, heap n/a, n/a fps, 2 reloads, 1 GPU crash, in use');
  });
});
