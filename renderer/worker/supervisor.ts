// The life of the simulation worker as the page sees it: starting one, noticing that it died (an error event, a
// message that cannot be read, or a request unanswered for too long), and replacing it within a restart budget.
// What to do after a restart (resume the run) is the client's business; this only keeps a live worker.
import type { FromWorker, ToWorker } from './protocol';

/** What the client needs of a Worker (a real one, or a stand-in in tests). */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface SupervisorOptions {
  createWorker?: () => WorkerLike;
  /** A request unanswered for this long (no frame, no progress) counts as a dead worker. 0 disables. */
  watchdogMs?: number;
  /** More restarts than this within a minute and the supervisor gives up. */
  maxRestarts?: number;
}

export interface SupervisorEvents {
  message(msg: FromWorker): void;
  /** The current worker is dead; call `replace()` to get another. */
  died(reason: string): void;
  /** Whether a request still waits for an answer (the watchdog only bites then). */
  waiting(): boolean;
}

const RESTART_WINDOW_MS = 60_000;
const DEFAULT_WATCHDOG_MS = 20_000;
const DEFAULT_MAX_RESTARTS = 5;

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

export class WorkerSupervisor {
  private worker: WorkerLike | null = null;
  /** Bumped for every worker, so events of a replaced one are ignored. */
  private generation = 0;
  private restartTimes: number[] = [];
  private watchdog: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly opts: SupervisorOptions,
    private readonly events: SupervisorEvents,
  ) {
    this.spawn();
  }

  get alive(): boolean {
    return this.worker !== null;
  }

  /** Restarts within the last minute (the budget's window). */
  get recentRestarts(): number {
    return this.restartTimes.length;
  }

  /** Sends to the current worker and arms the watchdog: an answer is now expected. */
  post(msg: ToWorker, transfer: Transferable[] = []): void {
    this.watch();
    this.worker!.postMessage(msg, transfer);
  }

  /** (Re)arms the watchdog; the worker has this long to say something. */
  watch(): void {
    const ms = this.opts.watchdogMs ?? DEFAULT_WATCHDOG_MS;
    if (ms <= 0) return;
    this.rest();
    const gen = this.generation;
    this.watchdog = setTimeout(() => {
      this.watchdog = null;
      if (gen === this.generation && this.events.waiting()) this.events.died('the worker stopped answering');
    }, ms);
  }

  /** Nothing is expected of the worker: the watchdog sleeps. */
  rest(): void {
    if (this.watchdog !== null) clearTimeout(this.watchdog);
    this.watchdog = null;
  }

  /**
   * Ends the current worker and starts a fresh one, unless the restart budget is spent: then there is no
   * worker any more and this returns false.
   */
  replace(): boolean {
    this.end();
    const now = typeof performance !== 'undefined' ? performance.now() : 0;
    this.restartTimes = this.restartTimes.filter((t) => now - t < RESTART_WINDOW_MS);
    if (this.restartTimes.length >= (this.opts.maxRestarts ?? DEFAULT_MAX_RESTARTS)) return false;
    this.restartTimes.push(now);
    this.spawn();
    return true;
  }

  /** Says goodbye to the worker (when it is still there) and ends it. */
  dispose(farewell: ToWorker): void {
    try {
      this.worker?.postMessage(farewell, []);
    } catch {
      // the worker may be gone already
    }
    this.end();
  }

  private end(): void {
    this.rest();
    const old = this.worker;
    this.worker = null;
    this.generation++;
    try {
      old?.terminate();
    } catch {
      // already gone
    }
  }

  private spawn(): void {
    const gen = ++this.generation;
    const w = (this.opts.createWorker ?? defaultWorker)();
    w.addEventListener('message', (ev) => {
      if (gen === this.generation) this.events.message((ev as MessageEvent<FromWorker>).data);
    });
    w.addEventListener('error', (ev) => {
      if (gen !== this.generation) return;
      ev.preventDefault?.();
      const detail = (ev as ErrorEvent).message;
      this.events.died(detail ? `worker error: ${detail}` : 'worker error');
    });
    w.addEventListener('messageerror', () => {
      if (gen === this.generation) this.events.died('a message from the worker could not be read');
    });
    this.worker = w;
  }
}
