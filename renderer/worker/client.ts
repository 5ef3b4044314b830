// The page's handle on the simulation worker. The state layer creates one `SimClient`, starts a run with
// `initRun`, and asks it to advance, seek or step; the scene reads `client.frame` in its frame loop. Three
// parts do the work: the supervisor keeps a live worker (`supervisor.ts`), the request queue keeps one request
// in flight and coalesces moves (`requests.ts`), and the frame intake turns frames into `frame`
// (`frameIntake.ts`). If the worker dies, a new one is given the same run and the last snapshot the page holds,
// and brought back to the moment on screen: the state hash is the same as before the crash.
import type { EngineConfig, SiteField } from '../engine/types';
import type { EngineSnapshot } from './engineTypes';
import type { FrameView } from './frame';
import { FrameIntake } from './frameIntake';
import {
  type FromWorker,
  frameBufferTransfer,
  type ReadyInfo,
  type SiteFieldData,
  type ToWorker,
  type Transport,
} from './protocol';
import { type Control, type Move, RequestQueue, type TakenSnapshot } from './requests';
import { siteFieldData } from './siteData';
import { createSharedFrameBuffer, SharedFrameReader } from './sharedFrames';
import { type SupervisorOptions, WorkerSupervisor } from './supervisor';

export type { TakenSnapshot } from './requests';
export type { WorkerLike } from './supervisor';

/** A run spelled out: the engine config and the timeline it plays on. */
export interface SimRun {
  /** Names the run in errors and logs (the scenario's id). */
  readonly label: string;
  readonly config: EngineConfig;
  /** End of the timeline, simulated seconds (treatment plus aftermath). */
  readonly endTime: number;
}

export interface SimClientOptions extends SupervisorOptions {
  /** 'auto' (default): shared memory when the page is cross-origin isolated, transferred buffers otherwise. */
  transport?: 'auto' | 'shared' | 'transfer';
  snapshotEvery?: number;
  snapshotBudgetBytes?: number;
  /** Fill snapshots ahead of the playhead while idle (default true). */
  prefill?: boolean;
  /** Hash the state for every frame (default true). */
  hashFrames?: boolean;
}

export interface SimError {
  message: string;
  /** The operation that failed, or 'worker' for a crash the client could not recover from. */
  op: string;
}

export interface HeldSnapshot {
  steps: number;
  snapshot: EngineSnapshot;
}

/** A run as the client knows it: what a (re)started worker is given, and what it reported once ready. */
interface ClientRun {
  label: string;
  config: EngineConfig;
  sites: SiteFieldData;
  endTime: number;
  info: ReadyInfo | null;
}

/** What an init request carries besides its message: the run and the page side of its shared buffer. */
interface Start {
  run: ClientRun;
  reader: SharedFrameReader | null;
}

export class SimClient {
  private readonly opts: SimClientOptions;
  private readonly useShared: boolean;
  private readonly worker: WorkerSupervisor;
  private readonly queue = new RequestQueue<Start>();
  private readonly intake = new FrameIntake();
  /** The run the worker runs, and one asked for that has not started yet. */
  private run: ClientRun | null = null;
  private pending: ClientRun | null = null;
  private held: HeldSnapshot | null = null;
  private covered = 0;
  private readonly frameCbs = new Set<(frame: FrameView) => void>();
  private readonly errorCbs = new Set<(error: SimError) => void>();
  private readonly restartCbs = new Set<(reason: string) => void>();
  private disposed = false;
  private failed = false;

  static create(opts: SimClientOptions = {}): SimClient {
    return new SimClient(opts);
  }

  private constructor(opts: SimClientOptions) {
    this.opts = opts;
    const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
    const sab = typeof SharedArrayBuffer === 'function';
    const t = opts.transport ?? 'auto';
    if (t === 'shared' && !sab) throw new Error('shared transport needs SharedArrayBuffer');
    this.useShared = t === 'shared' || (t === 'auto' && isolated && sab);
    this.worker = new WorkerSupervisor(opts, {
      message: (msg) => this.onMessage(msg),
      died: (reason) => this.crash(reason),
      waiting: () => this.queue.inflight !== null,
    });
  }

  /** The latest frame; its fields are replaced in place as frames arrive. */
  get frame(): FrameView {
    return this.intake.frame;
  }

  get transport(): Transport['kind'] {
    return this.useShared ? 'shared' : 'transfer';
  }

  /** What the worker reported for the current run, once started. */
  get info(): ReadyInfo | null {
    return this.run?.info ?? null;
  }

  /** True while a request is in flight or queued. */
  get busy(): boolean {
    return this.queue.busy;
  }

  /** Snapshots cover the timeline up to this step (fill-ahead progress). */
  get coveredSteps(): number {
    return this.covered;
  }

  /** The snapshot a restarted worker would resume from (null: from the start). */
  get heldSnapshot(): HeldSnapshot | null {
    return this.held;
  }

  /**
   * Starts a run: the worker builds the engine for these sites and publishes the first frame (step 0).
   * Resolves once that frame is in `frame`; rejects when a later start supersedes it or the engine refuses it.
   */
  initRun(spec: SimRun, sites: SiteField): Promise<ReadyInfo> {
    this.assertUsable();
    const run: ClientRun = {
      label: spec.label,
      config: spec.config,
      sites: siteFieldData(sites),
      endTime: spec.endTime,
      info: null,
    };
    this.pending = run;
    const first = this.queue.startRun(this.startControl(this.queue.newId(), run));
    this.pump();
    return first.then(() => {
      if (this.run === null || this.run.info === null) throw new Error('the scenario did not start');
      return this.run.info;
    });
  }

  /** Brings the simulation to `time` (run seconds). Coalesces: only the latest target is kept. */
  advanceTo(time: number): void {
    this.request({ op: 'advanceTo', time }, false);
  }

  /** Jumps to `time`; resolves with the frame of that moment (or of a later request that superseded it). */
  seek(time: number): Promise<FrameView> {
    try {
      return this.request({ op: 'seek', time }, true)!;
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** Moves by `n` steps from the latest requested moment (negative: back). */
  stepBy(n: number): Promise<FrameView> {
    if (!Number.isInteger(n))
      return Promise.reject(new RangeError(`step count must be an integer, got ${n}`));
    const dt = this.run?.info?.dt;
    if (dt === undefined) return Promise.reject(new Error('the simulation is not initialised'));
    const target = this.queue.latestTarget();
    const baseSteps = target !== null ? Math.round(target.time / dt) : this.frame.steps;
    return this.seek(Math.max(0, baseSteps + n) * dt);
  }

  /** Resolves once every request made so far has been answered. */
  settled(): Promise<FrameView> {
    const moving = this.queue.hasMove || this.pending !== null || this.queue.inflight?.kind === 'move';
    if (!moving) return Promise.resolve(this.frame);
    return this.queue.waitForAll();
  }

  /** A snapshot of the state on screen (for saving or comparing). */
  takeSnapshot(): Promise<TakenSnapshot> {
    this.assertUsable();
    const p = this.queue.askSnapshot(this.queue.newId());
    this.pump();
    return p;
  }

  onFrame(cb: (frame: FrameView) => void): () => void {
    this.frameCbs.add(cb);
    return () => this.frameCbs.delete(cb);
  }

  onError(cb: (error: SimError) => void): () => void {
    this.errorCbs.add(cb);
    return () => this.errorCbs.delete(cb);
  }

  /** Called with the reason each time a dead worker was replaced and the run resumed. */
  onRestart(cb: (reason: string) => void): () => void {
    this.restartCbs.add(cb);
    return () => this.restartCbs.delete(cb);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.worker.dispose({ op: 'dispose', id: this.queue.newId() });
    this.queue.abandon(new Error('the simulation was disposed'));
    this.frameCbs.clear();
    this.errorCbs.clear();
    this.restartCbs.clear();
  }

  // ---- requests -------------------------------------------------------------------------------------------

  private request(move: Move, wait: boolean): Promise<FrameView> | null {
    this.assertUsable();
    const time = move.time;
    if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) {
      throw new RangeError(`time must be a finite number of seconds >= 0, got ${String(time)}`);
    }
    const done = this.queue.want(move, wait);
    this.pump();
    return done;
  }

  private pump(): void {
    if (!this.worker.alive || this.failed) return;
    const next = this.queue.next(this.run !== null && this.pending === null);
    if (next === null) return;
    if (next.msg !== null) {
      this.worker.post(next.msg);
      return;
    }
    if (next.move === null) return;
    const give = this.intake.takeSpare();
    const { op, time } = next.move;
    if (give !== null) this.worker.post({ op, id: next.id, time, give }, frameBufferTransfer(give));
    else this.worker.post({ op, id: next.id, time });
  }

  /** The init request for a run, with the page side of a fresh shared buffer when frames are shared. */
  private startControl(id: number, run: ClientRun): Control<Start> & { payload: Start } {
    let transport: Transport;
    let reader: SharedFrameReader | null = null;
    if (this.useShared) {
      // A fresh buffer per start: no writer of an earlier run can ever touch it.
      const bots = run.config.bots;
      const buffer = createSharedFrameBuffer(bots, run.sites.count);
      reader = new SharedFrameReader(buffer, bots, run.sites.count);
      transport = { kind: 'shared', buffer, backSlot: reader.resetForWriter() };
    } else {
      transport = { kind: 'transfer' };
    }
    const o = this.opts;
    const msg: ToWorker = {
      op: 'init',
      id,
      label: run.label,
      config: run.config,
      sites: run.sites,
      endTime: run.endTime,
      transport,
      prefill: o.prefill ?? true,
      hashFrames: o.hashFrames ?? true,
      ...(o.snapshotEvery !== undefined ? { snapshotEvery: o.snapshotEvery } : {}),
      ...(o.snapshotBudgetBytes !== undefined ? { snapshotBudgetBytes: o.snapshotBudgetBytes } : {}),
    };
    return { msg, payload: { run, reader } };
  }

  // ---- messages from the worker ---------------------------------------------------------------------------

  private onMessage(msg: FromWorker): void {
    this.worker.watch();
    switch (msg.op) {
      case 'ready':
        this.onReady(msg.id, msg.info);
        break;
      case 'frame':
        this.onFrameMessage(msg);
        break;
      case 'snapshot':
        this.held = { steps: msg.steps, snapshot: msg.snapshot };
        break;
      case 'coverage':
        this.covered = msg.coveredSteps;
        break;
      case 'snapshotTaken':
        this.queue.finish(msg.id);
        this.queue.settleSnapshot(msg.id, { steps: msg.steps, time: msg.time, snapshot: msg.snapshot });
        break;
      case 'error':
        this.onErrorMessage(msg.id, msg.requestOp, msg.message);
        break;
      case 'progress':
      case 'disposed':
        break;
    }
    if (this.queue.inflight === null) this.worker.rest();
    this.pump();
  }

  private onReady(id: number, info: ReadyInfo): void {
    const inf = this.queue.inflight;
    if (inf === null || inf.id !== id || inf.payload === undefined) return;
    this.queue.finish(id);
    const { run, reader } = inf.payload;
    // The worker now runs this one (even if a later one is already queued to replace it).
    this.run = run;
    run.info = info;
    if (this.pending === run) this.pending = null;
    // The snapshot held for the previous run is useless now.
    this.held = null;
    this.covered = 0;
    this.intake.startRun(id, info.sites, reader);
    // The first frame answers the start's waiters.
    if (this.pending === null) this.queue.wantIfIdle({ op: 'seek', time: 0 });
  }

  private onFrameMessage(msg: FromWorker & { op: 'frame' }): void {
    const intake = this.intake.accept(msg);
    if (intake === 'ignored') return;
    const inf = this.queue.finish(msg.id);
    if (inf !== null) this.queue.resolveUpTo(inf.covers, this.frame);
    if (intake === 'shown') for (const cb of this.frameCbs) cb(this.frame);
  }

  private onErrorMessage(id: number | null, requestOp: string | null, message: string): void {
    const inf = id === null ? null : this.queue.finish(id);
    if (inf?.kind === 'init') {
      // The run did not start; the previous one (if any) is still running in the worker.
      if (this.pending === inf.payload?.run) {
        this.pending = null;
        this.queue.failUpTo(this.queue.latestTicket, new Error(message));
      }
    } else if (inf?.kind === 'snapshot') {
      this.queue.settleSnapshot(inf.id, new Error(message));
    } else if (inf !== null) {
      this.queue.failUpTo(inf.covers, new Error(message));
    }
    this.emitError({ op: requestOp ?? 'worker', message });
  }

  private emitError(e: SimError): void {
    for (const cb of this.errorCbs) cb(e);
  }

  // ---- worker life ----------------------------------------------------------------------------------------

  /** Replaces a dead worker and resumes the current run at the moment on screen. */
  private crash(reason: string): void {
    if (this.disposed) return;
    if (!this.worker.replace()) {
      this.failed = true;
      const message = `the simulation worker keeps failing (${reason}); stopped after ${this.worker.recentRestarts} restarts`;
      this.queue.abandon(new Error(message));
      this.emitError({ op: 'worker', message });
      return;
    }
    // What was asked of the dead worker is asked again of the new one, after it is back where it was.
    this.queue.requeueInFlight();
    this.intake.loseSpare();
    for (const cb of this.restartCbs) cb(reason);

    if (this.pending !== null) {
      // It died while starting a run: start it again.
      this.queue.restartRun(this.startControl(this.queue.newId(), this.pending));
      this.pump();
      return;
    }
    const run = this.run;
    if (run === null) {
      this.pump();
      return;
    }
    // Ids first, and the resuming seek marked in flight before anything is sent, so that answers arriving
    // while these messages go out (a worker may answer synchronously) cannot start other requests in between.
    const initId = this.queue.newId();
    const steps = this.frame.steps;
    const held = this.held;
    const restoreId = held !== null && held.steps <= steps ? this.queue.newId() : -1;
    const seekId = this.queue.newId();
    const start = this.startControl(initId, run);
    this.intake.resumeRun(initId, start.payload.reader);
    this.queue.resumeWith(seekId);
    this.worker.post(start.msg);
    if (held !== null && restoreId >= 0) {
      this.intake.hide(restoreId);
      this.worker.post({ op: 'restore', id: restoreId, snapshot: held.snapshot });
    }
    this.worker.post({ op: 'seek', id: seekId, time: steps * (run.info?.dt ?? 0) });
  }

  private assertUsable(): void {
    if (this.disposed) throw new Error('the simulation client was disposed');
    if (this.failed) throw new Error('the simulation worker failed and was not restarted');
  }
}
