// What the page has asked of the simulation worker and who waits for the answers. At most one request is in
// flight. Moves coalesce: while the worker is busy only the latest target is remembered, so the page can
// never flood it. Every move and run start takes a ticket; a frame answers every waiter whose ticket the
// request it answers covers, so a promise resolves once the worker has caught up with it (or with a later
// request that superseded it).
import type { EngineSnapshot } from './engineTypes';
import type { FrameView } from './frame';
import type { ToWorker } from './protocol';

/** The state of the frame on screen, as `takeSnapshot` answers. */
export interface TakenSnapshot {
  steps: number;
  time: number;
  snapshot: EngineSnapshot;
}

export interface Move {
  op: 'advanceTo' | 'seek';
  time: number;
}

/** A request that is not a move: starting a run or taking a snapshot, with what the client keeps for it. */
export interface Control<P> {
  msg: ToWorker;
  payload?: P;
}

export interface InFlight<P> {
  id: number;
  kind: 'init' | 'move' | 'snapshot';
  /** Waiters with a ticket up to this are answered by this request's frame. */
  covers: number;
  /** For a move: its target, asked again of a restarted worker. */
  move: Move | null;
  /** For a control: the message to send. */
  msg: ToWorker | null;
  payload?: P;
}

interface Waiter {
  ticket: number;
  resolve: (frame: FrameView) => void;
  reject: (err: Error) => void;
}

export class RequestQueue<P> {
  private nextId = 1;
  private ticket = 0;
  private waiters: Waiter[] = [];
  /** The latest move target not sent yet. */
  private move: Move | null = null;
  private control: Control<P>[] = [];
  private readonly snapshotWaiters = new Map<
    number,
    { resolve: (value: TakenSnapshot) => void; reject: (err: Error) => void }
  >();
  private current: InFlight<P> | null = null;

  /** A fresh message id (ids increase, so frames of older requests can be told apart). */
  newId(): number {
    return this.nextId++;
  }

  get inflight(): InFlight<P> | null {
    return this.current;
  }

  /** True while a request is in flight or queued. */
  get busy(): boolean {
    return this.current !== null || this.move !== null || this.control.length > 0;
  }

  get hasMove(): boolean {
    return this.move !== null;
  }

  /** The target the worker will be at once it has caught up: the queued move, else the one in flight. */
  latestTarget(): Move | null {
    return this.move ?? this.current?.move ?? null;
  }

  /** Remembers a move (replacing any queued one); with `wait`, a promise for the frame that answers it. */
  want(move: Move, wait: boolean): Promise<FrameView> | null {
    this.move = move;
    const ticket = ++this.ticket;
    // Registered before sending: a worker may answer before postMessage returns.
    return wait ? this.waitFor(ticket) : null;
  }

  /** A move with no ticket of its own: the frame that answers it answers whoever waits already. */
  wantIfIdle(move: Move): void {
    if (this.move === null) this.move = move;
  }

  /**
   * Queues the start of a run. Moves and starts asked before it are dropped (they meant the previous run), and
   * whoever waits on them is told so. Resolves with the run's first frame.
   */
  startRun(entry: Control<P>): Promise<FrameView> {
    this.move = null;
    this.control = this.control.filter((c) => c.msg.op !== 'init');
    const ticket = ++this.ticket;
    this.failUpTo(ticket - 1, new Error('superseded by a new scenario'));
    this.control.push(entry);
    return this.waitFor(ticket);
  }

  /** Queues a snapshot request; resolves with what the worker sends back. */
  askSnapshot(id: number): Promise<TakenSnapshot> {
    const p = new Promise<TakenSnapshot>((resolve, reject) =>
      this.snapshotWaiters.set(id, { resolve, reject }),
    );
    this.control.push({ msg: { op: 'takeSnapshot', id } });
    return p;
  }

  settleSnapshot(id: number, value: TakenSnapshot | Error): void {
    const waiter = this.snapshotWaiters.get(id);
    this.snapshotWaiters.delete(id);
    if (value instanceof Error) waiter?.reject(value);
    else waiter?.resolve(value);
  }

  /** Resolves once every move and start asked so far is answered. */
  waitForAll(): Promise<FrameView> {
    return this.waitFor(this.ticket);
  }

  get latestTicket(): number {
    return this.ticket;
  }

  /**
   * Takes the next request to send and marks it in flight: a queued control first, then the queued move when
   * `canMove` (the run has started). Null when one is in flight already or nothing is ready.
   */
  next(canMove: boolean): InFlight<P> | null {
    if (this.current !== null) return null;
    const c = this.control.shift();
    if (c !== undefined) {
      this.current = {
        id: c.msg.id,
        kind: c.msg.op === 'init' ? 'init' : 'snapshot',
        covers: -1,
        move: null,
        msg: c.msg,
        ...(c.payload !== undefined ? { payload: c.payload } : {}),
      };
      return this.current;
    }
    if (!canMove || this.move === null) return null;
    this.current = { id: this.newId(), kind: 'move', covers: this.ticket, move: this.move, msg: null };
    this.move = null;
    return this.current;
  }

  /** Marks a request sent outside `next` as in flight (the resuming seek after a restart). */
  resumeWith(id: number): void {
    // It answers the waiters of the moment on screen, unless a newer move is queued to answer them.
    this.current = { id, kind: 'move', covers: this.move === null ? this.ticket : -1, move: null, msg: null };
  }

  /** Ends the request in flight when `id` is it; returns it (null otherwise). */
  finish(id: number): InFlight<P> | null {
    const inf = this.current;
    if (inf === null || inf.id !== id) return null;
    this.current = null;
    return inf;
  }

  /** Its worker died: what was in flight is asked again of the next one (a move only when no newer is queued). */
  requeueInFlight(): void {
    const inf = this.current;
    this.current = null;
    if (inf === null) return;
    if (inf.kind === 'move' && this.move === null) this.move = inf.move;
    if (inf.kind === 'snapshot') this.control.unshift({ msg: { op: 'takeSnapshot', id: inf.id } });
  }

  /** Puts a run start at the head of the queue, instead of any queued start. */
  restartRun(entry: Control<P>): void {
    this.control = this.control.filter((c) => c.msg.op !== 'init');
    this.control.unshift(entry);
  }

  /** Nothing more will be answered: forget the request in flight and fail every waiter. */
  abandon(err: Error): void {
    this.current = null;
    this.failUpTo(Number.POSITIVE_INFINITY, err);
    for (const id of [...this.snapshotWaiters.keys()]) this.settleSnapshot(id, err);
  }

  resolveUpTo(upTo: number, frame: FrameView): void {
    for (const w of this.takeUpTo(upTo)) w.resolve(frame);
  }

  failUpTo(upTo: number, err: Error): void {
    for (const w of this.takeUpTo(upTo)) w.reject(err);
  }

  private waitFor(ticket: number): Promise<FrameView> {
    return new Promise<FrameView>((resolve, reject) => this.waiters.push({ ticket, resolve, reject }));
  }

  private takeUpTo(upTo: number): Waiter[] {
    if (this.waiters.length === 0) return [];
    const keep: Waiter[] = [];
    const done: Waiter[] = [];
    for (const w of this.waiters) (w.ticket <= upTo ? done : keep).push(w);
    this.waiters = keep;
    return done;
  }
}
