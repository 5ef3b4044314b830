// The page's handle on the simulation worker. The state layer creates one `SimClient`, initialises it with a
// scenario and its sites, and asks it to advance, seek or step; the scene reads `client.frame` in its frame
// loop. At most one request is in flight: while the worker is busy, only the latest target is remembered, so
// the page can never flood the worker. If the worker dies (error event, unresponsive, or `kill()`), a new one
// is started, given the same scenario and the last checkpoint the page holds, and brought back to the moment
// on screen: the state hash is the same as before the crash.
import type { Checkpoint, EngineConfig, Genotype, Protocol, SiteField } from '../engine/types';
import type { EngineSnapshot } from './engineTypes';
import { accumulateChanges, createFrameView, type FrameView } from './frame';
import {
  type FrameBuffers,
  type FromWorker,
  frameBufferTransfer,
  type ReadyInfo,
  type SiteFieldData,
  type ToWorker,
  type Transport,
} from './protocol';
import { createSharedFrameBuffer, SharedFrameReader } from './sharedFrames';

/** The parts of a timeline scenario the simulation needs. */
export interface ScenarioLike {
  readonly id: string;
  readonly patient: { readonly genotype: Genotype };
  readonly protocol: Protocol;
  readonly seed: number;
  readonly bots: number;
  readonly treatmentSeconds: number;
  readonly aftermathSeconds: number;
  /** The redesigned protocol's pauses (the engine's default when absent). */
  readonly checkpoints?: readonly Checkpoint[];
  readonly dt?: number;
}

/** A run spelled out: what `init` derives from a scenario, for callers that build the config themselves. */
export interface SimRun {
  /** Names the run in errors and logs (the scenario's id). */
  readonly label: string;
  readonly config: EngineConfig;
  /** End of the timeline, simulated seconds (treatment plus aftermath). */
  readonly endTime: number;
}

/** What the client needs of a Worker (a real one, or a stand-in in tests). */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface SimClientOptions {
  createWorker?: () => WorkerLike;
  /** 'auto' (default): shared memory when the page is cross-origin isolated, transferred buffers otherwise. */
  transport?: 'auto' | 'shared' | 'transfer';
  checkpointEvery?: number;
  checkpointBudgetBytes?: number;
  /** Fill checkpoints ahead of the playhead while idle (default true). */
  prefill?: boolean;
  /** Hash the state for every frame (default true). */
  hashFrames?: boolean;
  /** A request unanswered for this long (no frame, no progress) counts as a dead worker. 0 disables. */
  watchdogMs?: number;
  /** More restarts than this within a minute and the client gives up and reports an error. */
  maxRestarts?: number;
}

export interface SimError {
  message: string;
  /** The operation that failed, or 'worker' for a crash the client could not recover from. */
  op: string;
}

export interface HeldCheckpoint {
  steps: number;
  snapshot: EngineSnapshot;
}

interface Session {
  label: string;
  config: EngineConfig;
  sites: SiteFieldData;
  endTime: number;
  info: ReadyInfo | null;
}

interface Waiter {
  ticket: number;
  resolve: (frame: FrameView) => void;
  reject: (err: Error) => void;
}

type Desired = { op: 'advanceTo' | 'seek'; time: number };

/** A request that is not a move: starting a run (with what it needs once confirmed) or a snapshot. */
interface Control {
  msg: ToWorker;
  session?: Session;
  reader?: SharedFrameReader | null;
}

interface InFlight {
  id: number;
  kind: 'init' | 'move' | 'snapshot';
  /** Waiters with a ticket up to this are answered by this request's frame. */
  covers: number;
  desired: Desired | null;
  /** For init: the run it starts and the page side of its shared buffer. */
  session?: Session;
  reader?: SharedFrameReader | null;
}

const RESTART_WINDOW_MS = 60_000;

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

function siteData(sites: SiteField): SiteFieldData {
  return {
    count: sites.count,
    positions: sites.positions,
    normals: sites.normals,
    targetThickness: sites.targetThickness,
    initialThickness: sites.initialThickness,
    area: sites.area,
    ...(sites.initialLab !== undefined ? { initialLab: sites.initialLab } : {}),
  };
}

export class SimClient {
  /** The latest frame; its fields are replaced in place as frames arrive. */
  readonly frame: FrameView = createFrameView();
  private readonly opts: SimClientOptions;
  private readonly useShared: boolean;
  private worker: WorkerLike | null = null;
  private generation = 0;
  private nextId = 1;
  private ticket = 0;
  private session: Session | null = null;
  private pending: Session | null = null;
  /** Frames answering requests older than this belong to a previous session and are dropped. */
  private floorId = 0;
  private inflight: InFlight | null = null;
  private desired: Desired | null = null;
  private control: Control[] = [];
  private waiters: Waiter[] = [];
  private readonly frameCbs = new Set<(frame: FrameView) => void>();
  private readonly errorCbs = new Set<(error: SimError) => void>();
  private readonly restartCbs = new Set<(reason: string) => void>();
  private reader: SharedFrameReader | null = null;
  /** Frames the page does not show (the restore step of a restart). */
  private readonly silent = new Set<number>();
  private held: FrameBuffers | null = null;
  private spare: FrameBuffers | null = null;
  private lastSeq = 0;
  private checkpoint: HeldCheckpoint | null = null;
  private restartTimes: number[] = [];
  private restartCount = 0;
  private watchdog: ReturnType<typeof setTimeout> | null = null;
  private covered = 0;
  private snapshotWaiters = new Map<number, (s: HeldCheckpoint & { time: number }) => void>();
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
    this.spawn();
  }

  get transport(): Transport['kind'] {
    return this.useShared ? 'shared' : 'transfer';
  }

  /** What the worker reported for the current scenario, once initialised. */
  get info(): ReadyInfo | null {
    return this.session?.info ?? null;
  }

  /** Worker restarts so far. */
  get restarts(): number {
    return this.restartCount;
  }

  /** True while a request is in flight or queued. */
  get busy(): boolean {
    return this.inflight !== null || this.desired !== null || this.control.length > 0;
  }

  /** Checkpoints cover the timeline up to this step (fill-ahead progress). */
  get coveredSteps(): number {
    return this.covered;
  }

  /** The checkpoint a restarted worker would resume from (null: from the start). */
  get heldCheckpoint(): HeldCheckpoint | null {
    return this.checkpoint;
  }

  /**
   * Starts a scenario: the worker builds the engine for these sites and publishes the first frame (step 0).
   * `bots` overrides the scenario's swarm size. Resolves once that frame is in `frame`.
   */
  init(scenario: ScenarioLike, sites: SiteField, bots: number = scenario.bots): Promise<ReadyInfo> {
    const redesigned = scenario.protocol === 'redesigned';
    const config: EngineConfig = {
      seed: scenario.seed,
      bots,
      protocol: scenario.protocol,
      genotype: scenario.patient.genotype,
      treatmentSeconds: scenario.treatmentSeconds,
      ...(redesigned && scenario.checkpoints !== undefined ? { checkpoints: scenario.checkpoints } : {}),
      ...(!redesigned ? { checkpoints: [] } : {}),
      ...(scenario.dt !== undefined ? { dt: scenario.dt } : {}),
    };
    return this.initRun(
      { label: scenario.id, config, endTime: scenario.treatmentSeconds + scenario.aftermathSeconds },
      sites,
    );
  }

  /** Starts a run from an explicit engine config (see `init`). */
  initRun(run: SimRun, sites: SiteField): Promise<ReadyInfo> {
    this.assertUsable();
    const session: Session = {
      label: run.label,
      config: run.config,
      sites: siteData(sites),
      endTime: run.endTime,
      info: null,
    };
    // Requests of the previous scenario are dropped: they no longer mean anything.
    this.desired = null;
    this.control = this.control.filter((c) => c.msg.op !== 'init');
    const ticket = ++this.ticket;
    this.failWaiters(ticket - 1, new Error('superseded by a new scenario'));
    this.pending = session;
    this.control.push(this.initControl(this.nextId++, session));
    const first = this.waitFor(ticket);
    this.pump();
    return first.then(() => {
      if (this.session === null || this.session.info === null) throw new Error('the scenario did not start');
      return this.session.info;
    });
  }

  /** Brings the simulation to `time` (scenario seconds). Coalesces: only the latest target is kept. */
  advanceTo(time: number): void {
    this.request('advanceTo', time, false);
  }

  /** Jumps to `time`; resolves with the frame of that moment (or of a later request that superseded it). */
  seek(time: number): Promise<FrameView> {
    try {
      return this.request('seek', time, true)!;
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** Moves by `n` steps from the latest requested moment (negative: back). */
  stepBy(n: number): Promise<FrameView> {
    if (!Number.isInteger(n))
      return Promise.reject(new RangeError(`step count must be an integer, got ${n}`));
    const dt = this.session?.info?.dt;
    if (dt === undefined) return Promise.reject(new Error('the simulation is not initialised'));
    const baseSteps =
      this.desired !== null
        ? Math.round(this.desired.time / dt)
        : this.inflight?.desired
          ? Math.round(this.inflight.desired.time / dt)
          : this.frame.steps;
    return this.seek(Math.max(0, baseSteps + n) * dt);
  }

  /** Resolves once every request made so far has been answered. */
  settled(): Promise<FrameView> {
    const moving = this.desired !== null || this.pending !== null || this.inflight?.kind === 'move';
    if (!moving) return Promise.resolve(this.frame);
    return this.waitFor(this.ticket);
  }

  /** A snapshot of the state on screen (for saving or comparing). */
  snapshot(): Promise<HeldCheckpoint & { time: number }> {
    this.assertUsable();
    const id = this.nextId++;
    const p = new Promise<HeldCheckpoint & { time: number }>((resolve) =>
      this.snapshotWaiters.set(id, resolve),
    );
    this.control.push({ msg: { op: 'snapshotRequest', id } });
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

  onRestart(cb: (reason: string) => void): () => void {
    this.restartCbs.add(cb);
    return () => this.restartCbs.delete(cb);
  }

  /** Ends the worker abruptly, as a crash would; the client restarts it and resumes. */
  kill(): void {
    this.crash('killed');
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.clearWatchdog();
    try {
      this.worker?.postMessage({ op: 'dispose', id: this.nextId++ }, []);
    } catch {
      // the worker may be gone already
    }
    this.worker?.terminate();
    this.worker = null;
    this.failWaiters(Number.POSITIVE_INFINITY, new Error('the simulation was disposed'));
    this.frameCbs.clear();
    this.errorCbs.clear();
    this.restartCbs.clear();
  }

  // ---- requests -------------------------------------------------------------------------------------------

  private request(op: Desired['op'], time: number, wait: boolean): Promise<FrameView> | null {
    this.assertUsable();
    if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) {
      throw new RangeError(`time must be a finite number of seconds >= 0, got ${String(time)}`);
    }
    this.desired = { op, time };
    const ticket = ++this.ticket;
    // Registered before sending: a worker may answer before postMessage returns.
    const done = wait ? this.waitFor(ticket) : null;
    this.pump();
    return done;
  }

  private waitFor(ticket: number): Promise<FrameView> {
    return new Promise<FrameView>((resolve, reject) => this.waiters.push({ ticket, resolve, reject }));
  }

  private pump(): void {
    if (this.inflight !== null || this.worker === null || this.failed) return;
    const c = this.control.shift();
    if (c !== undefined) {
      const kind = c.msg.op === 'init' ? 'init' : 'snapshot';
      this.inflight = { id: c.msg.id, kind, covers: -1, desired: null };
      if (c.session !== undefined) this.inflight.session = c.session;
      if (c.reader !== undefined) this.inflight.reader = c.reader;
      this.send(c.msg);
      return;
    }
    if (this.desired === null || this.session === null || this.pending !== null) return;
    const d = this.desired;
    this.desired = null;
    const id = this.nextId++;
    this.inflight = { id, kind: 'move', covers: this.ticket, desired: d };
    const give = this.spare;
    this.spare = null;
    if (give !== null) {
      this.send({ op: d.op, id, time: d.time, give }, frameBufferTransfer(give));
    } else {
      this.send({ op: d.op, id, time: d.time });
    }
  }

  private send(msg: ToWorker, transfer: Transferable[] = []): void {
    this.armWatchdog();
    this.worker!.postMessage(msg, transfer);
  }

  /** The init message for a run, with the page side of a fresh shared buffer when frames are shared. */
  private initControl(id: number, s: Session): Control & { msg: ToWorker; session: Session } {
    let transport: Transport;
    let reader: SharedFrameReader | null = null;
    if (this.useShared) {
      // A fresh buffer per start: no writer of an earlier run can ever touch it.
      const bots = s.config.bots;
      const buffer = createSharedFrameBuffer(bots, s.sites.count);
      reader = new SharedFrameReader(buffer, bots, s.sites.count);
      transport = { kind: 'shared', buffer, backSlot: reader.resetForWriter() };
    } else {
      transport = { kind: 'transfer' };
    }
    const o = this.opts;
    const msg: ToWorker = {
      op: 'init',
      id,
      label: s.label,
      config: s.config,
      sites: s.sites,
      endTime: s.endTime,
      transport,
      prefill: o.prefill ?? true,
      hashFrames: o.hashFrames ?? true,
      ...(o.checkpointEvery !== undefined ? { checkpointEvery: o.checkpointEvery } : {}),
      ...(o.checkpointBudgetBytes !== undefined ? { checkpointBudgetBytes: o.checkpointBudgetBytes } : {}),
    };
    return { msg, session: s, reader };
  }

  // ---- messages from the worker ---------------------------------------------------------------------------

  private onMessage(msg: FromWorker): void {
    this.armWatchdog();
    switch (msg.op) {
      case 'ready':
        this.onReady(msg.id, msg.info);
        break;
      case 'frame':
        this.onFrameMessage(msg);
        break;
      case 'progress':
        break;
      case 'checkpoint':
        this.checkpoint = { steps: msg.steps, snapshot: msg.snapshot };
        break;
      case 'coverage':
        this.covered = msg.coveredSteps;
        break;
      case 'snapshot': {
        const cb = this.snapshotWaiters.get(msg.id);
        this.snapshotWaiters.delete(msg.id);
        if (this.inflight?.id === msg.id) this.inflight = null;
        cb?.({ steps: msg.steps, time: msg.time, snapshot: msg.snapshot });
        break;
      }
      case 'disposed':
        break;
      case 'error':
        this.onErrorMessage(msg.id, msg.requestOp, msg.message);
        break;
    }
    if (this.inflight === null) this.clearWatchdog();
    this.pump();
  }

  private onReady(id: number, info: ReadyInfo): void {
    const inf = this.inflight;
    if (inf === null || inf.id !== id || inf.session === undefined) return;
    this.inflight = null;
    // The worker now runs this scenario (even if a later one is already queued to replace it).
    this.session = inf.session;
    this.session.info = info;
    this.reader = inf.reader ?? null;
    if (this.pending === inf.session) this.pending = null;
    // The checkpoint held for the previous scenario is useless now.
    this.checkpoint = null;
    this.covered = 0;
    this.floorId = id;
    this.lastSeq = 0;
    this.held = null;
    this.spare = null;
    const f = this.frame;
    if (f.changedSites.length !== info.sites) f.changedSites = new Uint32Array(info.sites);
    f.changedCount = 0;
    f.allSitesChanged = true;
    f.events = [];
    // The first frame answers init's waiters.
    if (this.desired === null && this.pending === null) this.desired = { op: 'seek', time: 0 };
  }

  private onFrameMessage(msg: FromWorker & { op: 'frame' }): void {
    if (msg.id < this.floorId || this.silent.delete(msg.id)) return;
    const f = this.frame;
    let changed: Uint32Array;
    if (msg.buffers !== undefined) {
      const b = msg.buffers;
      f.botPositions = b.botPositions;
      f.botStates = b.botStates;
      f.siteThickness = b.siteThickness;
      f.siteLab = b.siteLab;
      f.siteChalk = b.siteChalk;
      changed = b.changedSites;
      this.spare = this.held;
      this.held = b;
    } else {
      const taken = this.reader?.take() ?? null;
      if (taken === null) {
        // Nothing new in the shared buffer: the page cannot show this frame.
        this.finishRequest(msg.id);
        return;
      }
      const v = taken.views;
      f.botPositions = v.botPositions;
      f.botStates = v.botStates;
      f.siteThickness = v.siteThickness;
      f.siteLab = v.siteLab;
      f.siteChalk = v.siteChalk;
      changed = v.changedSites;
      if (taken.seq !== msg.seq) msg.full = true;
    }
    accumulateChanges(f, changed, msg.changedCount, msg.full || msg.seq !== this.lastSeq + 1);
    this.lastSeq = msg.seq;
    f.seq++;
    f.time = msg.time;
    f.steps = msg.steps;
    f.stateHash = msg.stateHash;
    f.metrics = msg.metrics;
    if (msg.events !== undefined) f.events = msg.events;
    this.finishRequest(msg.id);
    for (const cb of this.frameCbs) cb(f);
  }

  private finishRequest(id: number): void {
    const inf = this.inflight;
    if (inf === null || inf.id !== id) return;
    this.inflight = null;
    this.resolveWaiters(inf.covers);
  }

  private onErrorMessage(id: number | null, requestOp: string | null, message: string): void {
    const inf = this.inflight;
    if (inf !== null && inf.id === id) {
      this.inflight = null;
      if (inf.kind === 'init') {
        // The scenario did not start; the previous one (if any) is still running in the worker.
        if (this.pending === inf.session) {
          this.pending = null;
          this.failWaiters(this.ticket, new Error(message));
        }
      } else if (inf.kind === 'snapshot') {
        this.snapshotWaiters.delete(inf.id);
      } else {
        this.failWaiters(inf.covers, new Error(message));
      }
    }
    this.emitError({ op: requestOp ?? 'worker', message });
  }

  private resolveWaiters(upTo: number): void {
    if (this.waiters.length === 0) return;
    const keep: Waiter[] = [];
    const done: Waiter[] = [];
    for (const w of this.waiters) (w.ticket <= upTo ? done : keep).push(w);
    this.waiters = keep;
    for (const w of done) w.resolve(this.frame);
  }

  private failWaiters(upTo: number, err: Error): void {
    if (this.waiters.length === 0) return;
    const keep: Waiter[] = [];
    const done: Waiter[] = [];
    for (const w of this.waiters) (w.ticket <= upTo ? done : keep).push(w);
    this.waiters = keep;
    for (const w of done) w.reject(err);
  }

  private emitError(e: SimError): void {
    for (const cb of this.errorCbs) cb(e);
  }

  // ---- worker life ----------------------------------------------------------------------------------------

  private spawn(): void {
    const gen = ++this.generation;
    const w = (this.opts.createWorker ?? defaultWorker)();
    w.addEventListener('message', (ev) => {
      if (gen === this.generation) this.onMessage((ev as MessageEvent<FromWorker>).data);
    });
    w.addEventListener('error', (ev) => {
      if (gen !== this.generation) return;
      ev.preventDefault?.();
      const detail = (ev as ErrorEvent).message;
      this.crash(detail ? `worker error: ${detail}` : 'worker error');
    });
    w.addEventListener('messageerror', () => {
      if (gen === this.generation) this.crash('a message from the worker could not be read');
    });
    this.worker = w;
  }

  /** Replaces a dead worker and resumes the current scenario at the moment on screen. */
  private crash(reason: string): void {
    if (this.disposed) return;
    this.clearWatchdog();
    const old = this.worker;
    this.worker = null;
    this.generation++;
    try {
      old?.terminate();
    } catch {
      // already gone
    }
    const now = typeof performance !== 'undefined' ? performance.now() : 0;
    this.restartTimes = this.restartTimes.filter((t) => now - t < RESTART_WINDOW_MS);
    if (this.restartTimes.length >= (this.opts.maxRestarts ?? 5)) {
      this.failed = true;
      this.inflight = null;
      const message = `the simulation worker keeps failing (${reason}); stopped after ${this.restartTimes.length} restarts`;
      this.failWaiters(Number.POSITIVE_INFINITY, new Error(message));
      this.emitError({ op: 'worker', message });
      return;
    }
    this.restartTimes.push(now);
    this.restartCount++;

    // What was asked of the dead worker is asked again of the new one, after it is back where it was.
    const inf = this.inflight;
    this.inflight = null;
    if (inf !== null && inf.kind === 'move' && this.desired === null) this.desired = inf.desired;
    if (inf !== null && inf.kind === 'snapshot') {
      this.control.unshift({ msg: { op: 'snapshotRequest', id: inf.id } });
    }
    // Frame buffers held by the dead worker are lost; the one on screen stays ours.
    this.spare = null;

    this.spawn();
    for (const cb of this.restartCbs) cb(reason);

    const pendingInit = this.pending;
    if (pendingInit !== null) {
      // It died while starting a scenario: start it again.
      this.control = this.control.filter((c) => c.msg.op !== 'init');
      this.control.unshift(this.initControl(this.nextId++, pendingInit));
      this.pump();
      return;
    }
    const s = this.session;
    if (s === null) {
      this.pump();
      return;
    }
    // Ids first, and the resuming seek marked in flight before anything is sent, so that answers arriving
    // while these messages go out (a worker may answer synchronously) cannot start other requests in between.
    const initId = this.nextId++;
    const steps = this.frame.steps;
    const cp = this.checkpoint;
    const restoreId = cp !== null && cp.steps <= steps ? this.nextId++ : -1;
    const seekId = this.nextId++;
    this.floorId = initId;
    this.lastSeq = 0;
    this.inflight = {
      id: seekId,
      kind: 'move',
      covers: this.desired === null ? this.ticket : -1,
      desired: null,
    };
    const init = this.initControl(initId, s);
    this.reader = init.reader ?? null;
    this.send(init.msg);
    if (cp !== null && restoreId >= 0) {
      this.silent.add(restoreId);
      this.send({ op: 'restore', id: restoreId, snapshot: cp.snapshot });
    }
    this.send({ op: 'seek', id: seekId, time: steps * (s.info?.dt ?? 0) });
  }

  private armWatchdog(): void {
    const ms = this.opts.watchdogMs ?? 20_000;
    if (ms <= 0) return;
    this.clearWatchdog();
    const gen = this.generation;
    this.watchdog = setTimeout(() => {
      this.watchdog = null;
      if (gen === this.generation && this.inflight !== null) this.crash('the worker stopped answering');
    }, ms);
  }

  private clearWatchdog(): void {
    if (this.watchdog !== null) clearTimeout(this.watchdog);
    this.watchdog = null;
  }

  private assertUsable(): void {
    if (this.disposed) throw new Error('the simulation client was disposed');
    if (this.failed) throw new Error('the simulation worker failed and was not restarted');
  }
}
