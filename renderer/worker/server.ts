// The worker's side of the protocol: validates each message, drives the host, publishes frames (shared triple
// buffer or transferred buffers), mirrors snapshots to the page, and fills snapshots ahead while idle.
// Independent of the worker global scope, so tests can drive it with plain function calls.
import type { EngineConfig } from '../engine/types';
import type { SimEngine } from './engineTypes';
import { SimHost } from './host';
import {
  type FrameBuffers,
  type FromWorker,
  type FromWorkerOf,
  frameBufferTransfer,
  type ReadyInfo,
  type SiteFieldData,
  type ToWorker,
  type ToWorkerOf,
} from './protocol';
import { SharedFrameWriter } from './sharedFrames';
import { ProtocolError, parseToWorker } from './validate';

export type PostFn = (msg: FromWorker, transfer: Transferable[]) => void;
export type EngineFactory = (sites: SiteFieldData, config: EngineConfig) => SimEngine;

/** A request within this many ms means the page is playing: fill-ahead waits. */
const IDLE_MS = 40;
/** Longest stretch of fill-ahead work between two looks at the message queue, ms. */
const FILL_SLICE_MS = 8;
/** Least time between two progress messages, ms. */
const PROGRESS_MS = 100;

/** The run this worker hosts: its engine host and how its frames reach the page. */
interface HostedRun {
  host: SimHost;
  label: string;
  writer: SharedFrameWriter | null;
  pool: FrameBuffers[];
  bots: number;
  sites: number;
  hashFrames: boolean;
  prefill: boolean;
  /** Step of the last snapshot mirrored to the page. */
  lastMirrored: number;
}

function allocFrameBuffers(bots: number, sites: number): FrameBuffers {
  return {
    botPositions: new Float32Array(3 * bots),
    botStates: new Uint8Array(bots),
    siteThickness: new Float32Array(sites),
    siteLab: new Float32Array(3 * sites),
    siteChalk: new Float32Array(sites),
    changedSites: new Uint32Array(sites),
  };
}

function fits(b: FrameBuffers, bots: number, sites: number): boolean {
  return (
    b.botPositions.length === 3 * bots &&
    b.botStates.length === bots &&
    b.siteThickness.length === sites &&
    b.siteLab.length === 3 * sites &&
    b.siteChalk.length === sites &&
    b.changedSites.length === sites
  );
}

function snapshotTransfer(snapshot: unknown): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const seen = new Set<ArrayBufferLike>();
  const visit = (v: unknown, depth: number): void => {
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer && !seen.has(v.buffer)) {
        seen.add(v.buffer);
        out.push(v.buffer);
      }
      return;
    }
    if (depth > 4 || v === null || typeof v !== 'object') return;
    for (const x of Object.values(v)) visit(x, depth + 1);
  };
  visit(snapshot, 0);
  return out;
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export class SimServer {
  private run: HostedRun | null = null;
  private seq = 0;
  private lastRequestAt = -Infinity;
  private fillTimer: ReturnType<typeof setTimeout> | null = null;
  private lastProgressAt = 0;

  constructor(
    private readonly post: PostFn,
    private readonly createEngine: EngineFactory,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The host of the current run (tests, diagnostics). */
  get host(): SimHost | null {
    return this.run?.host ?? null;
  }

  handle(data: unknown): void {
    this.lastRequestAt = this.now();
    let msg: ToWorker;
    try {
      msg = parseToWorker(data);
    } catch (err) {
      if (err instanceof ProtocolError) {
        this.post({ op: 'error', id: err.requestId, requestOp: err.requestOp, message: err.message }, []);
        return;
      }
      throw err;
    }
    try {
      this.dispatch(msg);
    } catch (err) {
      this.post({ op: 'error', id: msg.id, requestOp: msg.op, message: `${msg.op}: ${errorText(err)}` }, []);
    }
    this.scheduleFill();
  }

  dispose(): void {
    if (this.fillTimer !== null) clearTimeout(this.fillTimer);
    this.fillTimer = null;
    this.run = null;
  }

  private dispatch(msg: ToWorker): void {
    if (msg.op === 'init') {
      this.init(msg);
      return;
    }
    if (msg.op === 'dispose') {
      this.dispose();
      this.post({ op: 'disposed', id: msg.id }, []);
      return;
    }
    const s = this.run;
    if (s === null) throw new Error('the simulation is not initialised (send init first)');
    if (
      (msg.op === 'advanceTo' || msg.op === 'seek' || msg.op === 'step' || msg.op === 'restore') &&
      msg.give
    ) {
      if (fits(msg.give, s.bots, s.sites)) s.pool.push(msg.give);
    }
    const progress = (steps: number, targetSteps: number): void => {
      const t = this.now();
      if (t - this.lastProgressAt < PROGRESS_MS) return;
      this.lastProgressAt = t;
      this.post({ op: 'progress', id: msg.id, steps, targetSteps }, []);
    };
    switch (msg.op) {
      case 'advanceTo':
      case 'seek':
        s.host.moveTo(s.host.stepsAt(msg.time), progress);
        break;
      case 'step':
        s.host.stepBy(msg.n, progress);
        break;
      case 'restore':
        s.host.restore(msg.snapshot);
        // The page sent this snapshot: it holds it already.
        s.lastMirrored = s.host.steps;
        break;
      case 'takeSnapshot': {
        const snapshot = s.host.engine.snapshot();
        this.post(
          { op: 'snapshotTaken', id: msg.id, steps: s.host.steps, time: s.host.time, snapshot },
          snapshotTransfer(snapshot),
        );
        return;
      }
    }
    // The snapshot first: once the page sees a frame, it already holds the snapshot to resume it from.
    this.mirror(s);
    this.publish(s, msg.id);
  }

  private init(msg: ToWorkerOf<'init'>): void {
    // Build the new run completely before replacing the old one, so a failed init leaves it running.
    const host = new SimHost({
      createEngine: () => this.createEngine(msg.sites, msg.config),
      endTime: msg.endTime,
      ...(msg.snapshotEvery !== undefined ? { snapshotEvery: msg.snapshotEvery } : {}),
      ...(msg.snapshotBudgetBytes !== undefined ? { snapshotBudgetBytes: msg.snapshotBudgetBytes } : {}),
    });
    const bots = host.engine.botStates.length;
    const sites = host.engine.siteThickness.length;
    const t = msg.transport;
    const writer = t.kind === 'shared' ? new SharedFrameWriter(t.buffer, bots, sites, t.backSlot) : null;
    this.dispose();
    this.seq = 0;
    this.run = {
      host,
      label: msg.label,
      writer,
      pool: [],
      bots,
      sites,
      hashFrames: msg.hashFrames ?? true,
      prefill: msg.prefill ?? false,
      lastMirrored: 0,
    };
    const info: ReadyInfo = {
      label: msg.label,
      bots,
      sites,
      dt: host.dt,
      endTime: host.endStep * host.dt,
      endStep: host.endStep,
      snapshotEvery: host.snapshots.every,
      transport: t.kind,
    };
    this.post({ op: 'ready', id: msg.id, info }, []);
  }

  private publish(s: HostedRun, id: number): void {
    const e = s.host.engine;
    const full = s.host.takeJumped();
    const seq = ++this.seq;
    const changedCount = full ? 0 : e.changedCount;
    const frame: FromWorkerOf<'frame'> = {
      op: 'frame',
      id,
      seq,
      time: e.time,
      steps: e.steps,
      stateHash: s.hashFrames ? e.hash() : '',
      metrics: e.metrics(),
      full,
      changedCount,
    };
    if (s.writer !== null) {
      s.writer.publish(e, seq, e.time, e.steps, full);
      this.post(frame, []);
    } else {
      const b = s.pool.pop() ?? allocFrameBuffers(s.bots, s.sites);
      b.botPositions.set(e.botPositions);
      b.botStates.set(e.botStates);
      b.siteThickness.set(e.siteThickness);
      b.siteLab.set(e.siteLab);
      b.siteChalk.set(e.siteChalk);
      if (changedCount > 0) b.changedSites.set(e.changedSites.subarray(0, changedCount));
      frame.buffers = b;
      this.post(frame, frameBufferTransfer(b));
    }
    e.clearChanged();
  }

  /** Sends the page the snapshot the current state would be rebuilt from, when it has not got it yet. */
  private mirror(s: HostedRun): void {
    const from = s.host.floorSnapshot();
    if (from.steps === s.lastMirrored) return;
    s.lastMirrored = from.steps;
    // A restarted worker rebuilds step 0 by itself; no need to send it.
    if (from.steps === 0) return;
    this.post(
      { op: 'snapshot', steps: from.steps, time: from.steps * s.host.dt, snapshot: from.snapshot },
      [],
    );
  }

  private scheduleFill(): void {
    const s = this.run;
    if (s === null || !s.prefill || this.fillTimer !== null || s.host.filled()) return;
    this.fillTimer = setTimeout(() => this.fillTick(), IDLE_MS);
  }

  private fillTick(): void {
    this.fillTimer = null;
    const s = this.run;
    if (s === null) return;
    if (this.now() - this.lastRequestAt < IDLE_MS) {
      this.scheduleFill();
      return;
    }
    const start = this.now();
    let more = true;
    try {
      while (more && this.now() - start < FILL_SLICE_MS) more = s.host.fillAhead(4);
    } catch (err) {
      this.post({ op: 'error', id: null, requestOp: 'prefill', message: `prefill: ${errorText(err)}` }, []);
      return;
    }
    this.post({ op: 'coverage', coveredSteps: s.host.coveredSteps(), endStep: s.host.endStep }, []);
    if (more) this.fillTimer = setTimeout(() => this.fillTick(), 0);
  }
}
