// The kiosk watchdogs, as pure functions and small state machines the main process feeds with what it sees
// (a captured bitmap, a heap sample, whether the attract loop shows). They exist for the failures museums
// report from Electron kiosks that raise no event: a renderer or GPU process that dies silently and leaves a
// white (or black) screen, and a heap that grows over hours until the page stalls.
import { z } from 'zod';

/** How often the page is captured and the heap sampled. */
export const WATCHDOG_INTERVAL_MS = 60_000;
/** Consecutive flat captures before the view is reloaded (one could be a legitimate fade). */
export const FLAT_CHECKS_BEFORE_RELOAD = 2;
/** Largest difference (0-255, per channel) between two samples that still counts as the same colour. */
export const FLAT_TOLERANCE = 3;
/** Samples per side of the grid read from the scene area. */
const GRID = 24;

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The part of the window where the tooth is drawn: left of the sidebar (about a fifth of a 1080p screen) and
 * above the time bar, kept away from the edges so no panel, border or caption falls inside. The tooth sits in
 * the middle of it, so a healthy frame is never one colour there.
 */
export function sceneRegion(width: number, height: number): Region {
  const x = Math.floor(width * 0.1);
  const y = Math.floor(height * 0.15);
  return { x, y, width: Math.floor(width * 0.55), height: Math.floor(height * 0.6) };
}

/**
 * True when every sampled pixel of `region` in a 4-bytes-per-pixel bitmap (BGRA or RGBA: only equality
 * matters) is within `tolerance` of the first one. An empty or truncated bitmap counts as flat: a page
 * that cannot be captured at all is no healthier than a white one.
 */
export function isFlatRegion(
  bitmap: Uint8Array,
  width: number,
  height: number,
  region: Region = sceneRegion(width, height),
  tolerance = FLAT_TOLERANCE,
): boolean {
  if (width <= 0 || height <= 0 || bitmap.length < width * height * 4) return true;
  const x0 = Math.max(0, Math.min(width - 1, region.x));
  const y0 = Math.max(0, Math.min(height - 1, region.y));
  const x1 = Math.max(x0, Math.min(width - 1, region.x + region.width - 1));
  const y1 = Math.max(y0, Math.min(height - 1, region.y + region.height - 1));
  const first = (y0 * width + x0) * 4;
  for (let gy = 0; gy < GRID; gy++) {
    const y = y0 + Math.round(((y1 - y0) * gy) / (GRID - 1));
    for (let gx = 0; gx < GRID; gx++) {
      const x = x0 + Math.round(((x1 - x0) * gx) / (GRID - 1));
      const at = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) {
        if (Math.abs(bitmap[at + c]! - bitmap[first + c]!) > tolerance) return false;
      }
    }
  }
  return true;
}

/**
 * Counts flat captures in a row. `observe` answers 'reload' on the FLAT_CHECKS_BEFORE_RELOAD-th one and
 * starts counting afresh; `reset` is called whenever the page (re)loads, so a reload's first frames are
 * never held against it.
 */
export class FlatScreenWatch {
  private streak = 0;
  constructor(private readonly checksBeforeReload = FLAT_CHECKS_BEFORE_RELOAD) {}

  observe(flat: boolean): 'ok' | 'suspect' | 'reload' {
    if (!flat) {
      this.streak = 0;
      return 'ok';
    }
    this.streak++;
    if (this.streak < this.checksBeforeReload) return 'suspect';
    this.streak = 0;
    return 'reload';
  }

  reset(): void {
    this.streak = 0;
  }
}

/**
 * Memory watch: once a heap sample is over the limit, a reload is owed, and it is paid only while the
 * attract loop shows, never in the middle of a visit. A reload (for any reason) settles the debt.
 */
export class MemoryWatch {
  private owed = false;
  private attract = false;
  constructor(private readonly limitBytes: number) {}

  /** A new heap sample. 'reload' when the limit is passed and nobody is using the exhibit right now. */
  sample(heapBytes: number): 'ok' | 'wait' | 'reload' {
    if (heapBytes > this.limitBytes) this.owed = true;
    return this.settle();
  }

  /** The window reported its attract loop starting or ending. */
  attractLoop(active: boolean): 'ok' | 'wait' | 'reload' {
    this.attract = active;
    return this.settle();
  }

  /** The page loaded afresh: its heap is new, and it is not in the attract loop until it says so. */
  reloaded(): void {
    this.owed = false;
    this.attract = false;
  }

  get inAttractLoop(): boolean {
    return this.attract;
  }

  private settle(): 'ok' | 'wait' | 'reload' {
    if (!this.owed) return 'ok';
    if (!this.attract) return 'wait';
    this.owed = false;
    return 'reload';
  }
}

/**
 * What main reads from the page each minute, through `webContents.executeJavaScript(HEALTH_PROBE)`: the JS
 * heap in use (Chromium's `performance.memory`, made exact by the `enable-precise-memory-info` switch) and
 * the frame rate over about half a second of `requestAnimationFrame`. Validated like any value from a page.
 */
export const HealthSampleSchema = z.strictObject({
  heapBytes: z.number().nonnegative().finite().nullable(),
  fps: z.number().nonnegative().finite().nullable(),
});
export type HealthSample = z.infer<typeof HealthSampleSchema>;

export const HEALTH_PROBE = `new Promise((resolve) => {
  const memory = performance.memory;
  const heapBytes = memory && Number.isFinite(memory.usedJSHeapSize) ? memory.usedJSHeapSize : null;
  const start = performance.now();
  let frames = 0;
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    const seconds = (performance.now() - start) / 1000;
    resolve({ heapBytes, fps: frames > 1 && seconds > 0 ? Math.round((frames / seconds) * 10) / 10 : null });
  };
  const tick = () => {
    frames++;
    if (performance.now() - start >= 500) finish();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  setTimeout(finish, 1500);
})`;

/** How long main waits for the probe; a page that cannot answer in this time is not answering. */
export const HEALTH_PROBE_TIMEOUT_MS = 5_000;

export interface Heartbeat {
  uptimeSeconds: number;
  heapBytes: number | null;
  fps: number | null;
  /** View reloads (crash, hang, watchdog, memory) since the app started. */
  reloads: number;
  gpuCrashes: number;
  attractLoop: boolean;
}

function duration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : `${m}m${String(s % 60).padStart(2, '0')}s`;
}

/** One log line a member of staff can read at a glance. */
export function heartbeatLine(beat: Heartbeat): string {
  const heap = beat.heapBytes === null ? 'n/a' : `${Math.round(beat.heapBytes / (1024 * 1024))} MB`;
  const fps = beat.fps === null ? 'n/a' : beat.fps.toFixed(0);
  return (
    `Heartbeat: up ${duration(beat.uptimeSeconds)}, heap ${heap}, ${fps} fps, ` +
    `${beat.reloads} reload${beat.reloads === 1 ? '' : 's'}, ${beat.gpuCrashes} GPU crash` +
    `${beat.gpuCrashes === 1 ? '' : 'es'}, ${beat.attractLoop ? 'attract loop' : 'in use'}`
  );
}
