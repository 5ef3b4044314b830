// A Comlink remote on a worker whose calls cannot hang on a dead worker. Comlink answers a call only when the
// worker replies, and a worker that crashed never will: here a crash (an error event, a message that cannot be
// read) or an `end` with an error fails every call in progress instead.
import * as Comlink from 'comlink';

/** What a worker must offer: a Comlink endpoint that can be terminated (a Worker, or a stand-in in tests). */
export interface EndpointWorker extends Comlink.Endpoint {
  terminate(): void;
}

export class GuardedWorker<T> {
  readonly remote: Comlink.Remote<T>;
  private readonly stopped: Promise<never>;
  private fail: (err: Error) => void = () => {};
  private ended = false;

  /**
   * `crashError` turns what the error event said (possibly nothing) into the error calls fail with;
   * `onEnd` runs once the worker is gone, however it went.
   */
  constructor(
    private readonly worker: EndpointWorker,
    crashError: (detail: string) => Error,
    private readonly onEnd: () => void = () => {},
  ) {
    this.stopped = new Promise<never>((_, reject) => {
      this.fail = reject;
    });
    // Nobody may be waiting when the worker goes.
    this.stopped.catch(() => {});
    worker.addEventListener('error', (ev) => {
      ev.preventDefault?.();
      this.end(crashError((ev as ErrorEvent).message ?? ''));
    });
    worker.addEventListener('messageerror', () => this.end(crashError('a reply could not be read')));
    this.remote = Comlink.wrap<T>(worker);
  }

  /** `call`'s outcome, unless the worker ends first: then the error it ended with. */
  guard<R>(call: Promise<R>): Promise<R> {
    return Promise.race([call, this.stopped]);
  }

  /** Terminates the worker. Calls in progress fail with `err`; without one they are left unanswered. */
  end(err?: Error): void {
    if (this.ended) return;
    this.ended = true;
    this.worker.terminate();
    if (err !== undefined) this.fail(err);
    this.onEnd();
  }
}
