// The window's one frame loop. In every frame, in this order:
//   1. the simulation tick (SimController.tick): moves the story clock, keeps the engine on the clock's moment,
//      copies the latest frame's figures into `live`;
//   2. the DOM read-outs (clock, scrubber, metrics, chart), in the order they registered; they read `live`,
//      so they show the moment the tick just settled on;
//   3. R3F draws the scene: its `useFrame` callbacks read the simulation's latest frame (tooth, swarm);
//   4. after the draw (SimController.frameDrawn): every reader has seen the frame's change list, which starts
//      afresh.
// Steps 1 and 2 run from R3F's global effect, just before the scene; steps 3 and 4 are R3F's draw and its
// after-effect. Where the GPU is slow (software rendering, an old kiosk PC) frames can be far apart: one
// fallback timer then runs steps 1 and 2, so the story and its read-outs keep their real pace, and the picture
// catches up when it can (the change list waits for it).
import { addAfterEffect, addEffect } from '@react-three/fiber';

/** What the loop drives: the simulation controller. */
export interface FrameDriven {
  tick(dt: number): void;
  frameDrawn(): void;
}

/** The fallback runs the loop when no frame has run it for this long (ms). */
export const FALLBACK_AFTER_MS = 50;
const FALLBACK_POLL_MS = 25;

export class FrameLoop {
  private readonly readouts = new Set<() => void>();
  private driven: FrameDriven | null = null;
  private last = 0;
  private readonly reported = new Set<string>();

  /** Hands the loop the controller it ticks. */
  drive(driven: FrameDriven | null): void {
    this.driven = driven;
  }

  /** Registers a read-out (step 2); returns its removal. */
  addReadout(readout: () => void): () => void {
    this.readouts.add(readout);
    return () => {
      this.readouts.delete(readout);
    };
  }

  /** Steps 1 and 2, `now` in milliseconds (the first run moves nothing). */
  run(now: number): void {
    const dt = this.last === 0 ? 0 : Math.max(0, (now - this.last) / 1000);
    this.last = now;
    const driven = this.driven;
    if (driven) this.guard('simulation tick', () => driven.tick(dt));
    for (const readout of this.readouts) this.guard('read-out', readout);
  }

  /** The fallback timer's check: runs steps 1 and 2 if no frame has for a while. True when it ran them. */
  runIfStale(now: number): boolean {
    if (this.last !== 0 && now - this.last <= FALLBACK_AFTER_MS) return false;
    this.run(now);
    return true;
  }

  /** Step 4, after the scene has drawn. */
  drawn(): void {
    const driven = this.driven;
    if (driven) this.guard('frame release', () => driven.frameDrawn());
  }

  /** Wires the loop to R3F's frames and the fallback timer; returns the unwiring. */
  start(): () => void {
    const offBefore = addEffect(() => this.run(performance.now()));
    const offAfter = addAfterEffect(() => this.drawn());
    const timer = setInterval(() => this.runIfStale(performance.now()), FALLBACK_POLL_MS);
    return () => {
      offBefore();
      offAfter();
      clearInterval(timer);
    };
  }

  private guard(what: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      // Report once per kind; the loop keeps running so the window never freezes on one bad frame.
      if (!this.reported.has(what)) console.error(`Tooth Rebirth: ${what} failed:`, err);
      this.reported.add(what);
    }
  }
}

/** The window's loop: bootstrap starts it with the controller; the interface's read-outs register with it. */
export const frameLoop = new FrameLoop();
