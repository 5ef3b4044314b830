// How long a kiosk has gone without a touch. The time the page itself stood still (a lost GPU context being
// rebuilt, a long garbage collection, a busy software renderer) is not counted: nobody could have touched it
// then, and a visitor must not come back from a stall of the exhibit to find the story started again.

/** A tick later than this many intervals means the page stood still in between. */
const STALL_INTERVALS = 2;

export class IdleClock {
  private lastTouch: number;
  private lastTick: number;

  /** `now` in milliseconds (performance.now() in the page); `intervalMs`, how often `tick` is called. */
  constructor(
    now: number,
    private readonly intervalMs: number,
  ) {
    this.lastTouch = now;
    this.lastTick = now;
  }

  touch(now: number): void {
    this.lastTouch = now;
  }

  /** Seconds without a touch, at a tick; a stall since the last tick counts as one interval. */
  tick(now: number): number {
    const gap = now - this.lastTick;
    if (gap > STALL_INTERVALS * this.intervalMs) this.lastTouch += gap - this.intervalMs;
    this.lastTick = now;
    return Math.max(0, now - this.lastTouch) / 1000;
  }
}
