// The message path end to end: SimClient on the page side, sim.worker.ts in a worker (run in-process by
// @vitest/web-worker), the real engine inside.
import '@vitest/web-worker';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineConfig } from '../../../renderer/engine/types';
import {
  SimClient,
  type SimClientOptions,
  type SimError,
  type WorkerLike,
} from '../../../renderer/worker/client';
import type { ReadyInfo, ToWorker } from '../../../renderer/worker/protocol';
import { BOTS, config, endTime, sites, straightHashes } from './fixture';

const straight = straightHashes();
const clients: SimClient[] = [];

afterEach(() => {
  for (const c of clients.splice(0)) c.dispose();
});

function realWorker(): WorkerLike {
  return new Worker(new URL('../../../renderer/worker/sim.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

/**
 * A real worker that records what the page sent and can be made to crash (an error event, as a worker that
 * threw). Lagging (the default), its answers reach the page a task later, as across threads; otherwise the
 * in-process worker answers inside postMessage.
 */
class LaggingWorker implements WorkerLike {
  readonly sent: ToWorker[] = [];
  private readonly inner = realWorker();
  private readonly onError: ((event: Event) => void)[] = [];
  constructor(private readonly lag = true) {}
  postMessage(message: unknown, transfer: Transferable[]): void {
    this.sent.push(message as ToWorker);
    this.inner.postMessage(message, transfer);
  }
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void {
    if (type === 'error') this.onError.push(listener);
    // Not a sleep: a zero-delay task moves delivery behind the page's own work, as a busy real worker would.
    this.inner.addEventListener(type, this.lag ? (ev) => setTimeout(() => listener(ev), 0) : listener);
  }
  terminate(): void {
    this.inner.terminate();
  }
  crash(message = 'killed'): void {
    const ev = Object.assign(new Event('error'), { message });
    for (const l of this.onError) l(ev);
  }
}

/** Makes lagging workers (or direct ones) and keeps them, so a test can crash the current one. */
function workers(lag = true): { create: () => WorkerLike; current: () => LaggingWorker } {
  const made: LaggingWorker[] = [];
  return {
    create: () => {
      const w = new LaggingWorker(lag);
      made.push(w);
      return w;
    },
    current: () => made.at(-1)!,
  };
}

/** A worker that takes messages and never answers (hung). */
class SilentWorker implements WorkerLike {
  postMessage(): void {}
  addEventListener(): void {}
  terminate(): void {}
}

/** A worker that fails with an error event as soon as it is asked anything. */
class FailingWorker extends EventTarget implements WorkerLike {
  postMessage(): void {
    // Not a sleep: the error arrives in a later task, as a real worker's would, never inside postMessage.
    setTimeout(() => {
      const ev = new Event('error');
      Object.assign(ev, { message: 'boom' });
      this.dispatchEvent(ev);
    }, 0);
  }
  terminate(): void {}
}

function client(opts: SimClientOptions = {}): SimClient {
  const c = SimClient.create({ prefill: false, watchdogMs: 0, ...opts });
  clients.push(c);
  return c;
}

/** Starts the fixture's run as the app does, with `bots` bots and any config changes. */
function start(c: SimClient, bots = BOTS, change: Partial<EngineConfig> = {}): Promise<ReadyInfo> {
  return c.initRun({ label: 'young-patient', config: { ...config, bots, ...change }, endTime }, sites);
}

/** Counts the worker restarts a client reports. */
function restarts(c: SimClient): string[] {
  const reasons: string[] = [];
  c.onRestart((why) => reasons.push(why));
  return reasons;
}

const movesSent = (w: LaggingWorker): ToWorker[] =>
  w.sent.filter((m) => m.op === 'advanceTo' || m.op === 'seek' || m.op === 'step');

describe.each(['transfer', 'shared'] as const)('SimClient over %s buffers', (transport) => {
  it('starts a scenario and seeks and steps to exact states', async () => {
    const c = client({ transport, createWorker: () => new LaggingWorker() });
    expect(c.transport).toBe(transport);
    const info = await start(c);
    expect(info).toMatchObject({ label: 'young-patient', bots: BOTS, sites: sites.count, transport });
    expect(c.frame.steps).toBe(0);
    expect(c.frame.stateHash).toBe(straight[0]);
    expect(c.frame.botPositions.length).toBe(3 * BOTS);
    expect(c.frame.allSitesChanged).toBe(true);
    expect(c.frame.botPositions.buffer instanceof SharedArrayBuffer).toBe(transport === 'shared');

    await c.seek(12.5);
    expect(c.frame.steps).toBe(250);
    expect(c.frame.stateHash).toBe(straight[250]);
    await c.stepBy(3);
    expect(c.frame.stateHash).toBe(straight[253]);
    await c.stepBy(-50);
    expect(c.frame.stateHash).toBe(straight[203]);
    expect(c.frame.metrics?.steps).toBe(203);
  });

  it('keeps at most one request in flight and only the latest target', async () => {
    const w = new LaggingWorker();
    const c = client({ transport, createWorker: () => w });
    await start(c);
    const before = movesSent(w).length;
    const seen: number[] = [];
    c.onFrame((f) => seen.push(f.steps));
    for (let t = 0.5; t <= 4; t += 0.5) c.advanceTo(t);
    expect(c.busy).toBe(true);
    await c.settled();
    const moves = movesSent(w).slice(before);
    // The first target went out at once; the others waited, and only the last of them was sent.
    expect(moves.map((m) => (m as { time: number }).time)).toEqual([0.5, 4]);
    expect(seen).toEqual([10, 80]);
    expect(c.frame.stateHash).toBe(straight[80]);
    expect(c.busy).toBe(false);
  });

  it('a crashed worker resumes at the same moment with the same hash', async () => {
    const w = workers(false);
    const c = client({ transport, snapshotEvery: 40, createWorker: w.create });
    await start(c);
    await c.seek(30);
    expect(c.heldSnapshot?.steps).toBe(600);
    c.advanceTo(31.05);
    await c.settled();
    const hash = c.frame.stateHash;
    expect(hash).toBe(straight[621]);
    const restarted = restarts(c);

    w.current().crash();
    await c.settled();
    expect(restarted).toEqual(['worker error: killed']);
    // The new worker restored the held snapshot rather than replaying from the start.
    expect(w.current().sent.map((m) => m.op)).toEqual(['init', 'restore', 'seek']);
    expect(c.frame.steps).toBe(621);
    expect(c.frame.stateHash).toBe(hash);
    expect(c.frame.allSitesChanged).toBe(true);
    // And it carries on as a straight run would.
    c.advanceTo(40);
    await c.settled();
    expect(c.frame.stateHash).toBe(straight[800]);
  });
});

describe('SimClient recovery', () => {
  it('takes a snapshot of the moment on screen, also across a crash', async () => {
    const w = workers();
    const c = client({ createWorker: w.create });
    await start(c);
    await c.seek(2.5);
    const snap = await c.takeSnapshot();
    expect(snap).toMatchObject({ steps: 50, time: 2.5 });
    expect(snap.snapshot.steps).toBe(50);
    const again = c.takeSnapshot();
    w.current().crash();
    expect((await again).steps).toBe(50);
    expect(c.frame.stateHash).toBe(straight[50]);
  });

  it('re-asks a request that was in flight when the worker died', async () => {
    const w = workers();
    const c = client({ createWorker: w.create });
    await start(c);
    await c.seek(5);
    const p = c.seek(7);
    w.current().crash();
    await p;
    expect(c.frame.steps).toBe(140);
    expect(c.frame.stateHash).toBe(straight[140]);
  });

  it('restarts a worker that stops answering', async () => {
    let spawned = 0;
    const c = client({
      watchdogMs: 400,
      createWorker: () => (++spawned === 1 ? new SilentWorker() : new LaggingWorker()),
    });
    const restarted = restarts(c);
    const info = await start(c);
    expect(info.bots).toBe(BOTS);
    // The silent worker is replaced for not answering. On a loaded machine the real worker after it may also be
    // slower than the watchdog to answer its first message and be replaced in turn: every restart must then be
    // for the same reason, and the run must still arrive at the exact state.
    expect(spawned).toBeGreaterThanOrEqual(2);
    expect(restarted.length).toBe(spawned - 1);
    expect(new Set(restarted)).toEqual(new Set(['the worker stopped answering']));
    expect(c.frame.stateHash).toBe(straight[0]);
  });

  it('restarts a worker that fails with an error event', async () => {
    let spawned = 0;
    let first: LaggingWorker | null = null;
    const c = client({
      createWorker: () => {
        if (++spawned === 2) return new FailingWorker();
        const w = new LaggingWorker();
        first ??= w;
        return w;
      },
    });
    await start(c);
    await c.seek(2);
    first!.crash();
    await c.seek(3);
    expect(spawned).toBe(3);
    expect(c.frame.stateHash).toBe(straight[60]);
  });

  it('gives up with one clear error when the worker keeps failing', async () => {
    const errors: SimError[] = [];
    const c = client({ maxRestarts: 3, createWorker: () => new FailingWorker() });
    c.onError((e) => errors.push(e));
    await expect(start(c)).rejects.toThrow(/keeps failing/);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.op).toBe('worker');
    expect(errors[0]!.message).toMatch(/keeps failing \(worker error: boom\)/);
    expect(() => c.advanceTo(1)).toThrow(/failed/);
  });
});

describe('SimClient bad input', () => {
  it('rejects bad times and step counts without sending anything', async () => {
    const w = new LaggingWorker();
    const c = client({ createWorker: () => w });
    await start(c);
    const sent = w.sent.length;
    expect(() => c.advanceTo(Number.NaN)).toThrow(/finite number/);
    expect(() => c.advanceTo(-2)).toThrow(/finite number/);
    await expect(c.seek(Number.POSITIVE_INFINITY)).rejects.toThrow(/finite number/);
    await expect(c.stepBy(0.5)).rejects.toThrow(/integer/);
    expect(w.sent.length).toBe(sent);
  });

  it('reports a scenario the engine refuses, and keeps the running one', async () => {
    const errors: SimError[] = [];
    const c = client({ createWorker: () => new LaggingWorker() });
    c.onError((e) => errors.push(e));
    await start(c);
    await c.seek(4);
    await expect(start(c, BOTS, { seed: -1 })).rejects.toThrow(/seed must be an integer/);
    expect(errors.map((e) => e.op)).toEqual(['init']);
    expect(c.info?.bots).toBe(BOTS);
    await c.seek(5);
    expect(c.frame.stateHash).toBe(straight[100]);
  });

  it('rejects seeks before a scenario is started', async () => {
    // Nothing reaches the worker here; a silent one avoids leaving a real one half-loaded for the next test
    // (the in-process worker cannot load the same module twice at once).
    const c = client({ createWorker: () => new SilentWorker() });
    await expect(c.stepBy(1)).rejects.toThrow(/not initialised/);
  });
});

describe('SimClient scenarios and fill-ahead', () => {
  it('switches scenario, with frames of the new size', async () => {
    const c = client({ snapshotEvery: 40, createWorker: () => new LaggingWorker() });
    await start(c);
    await c.seek(3);
    expect(c.heldSnapshot?.steps).toBe(40);
    c.advanceTo(4);
    const info = await start(c, 2 * BOTS);
    expect(info.bots).toBe(2 * BOTS);
    expect(c.frame.steps).toBe(0);
    expect(c.frame.botPositions.length).toBe(6 * BOTS);
    expect(c.heldSnapshot).toBeNull();
  });

  it('replaces a scenario that is still starting with the one asked last', async () => {
    const c = client({ transport: 'shared', createWorker: () => new LaggingWorker() });
    const first = start(c);
    const second = start(c, 3 * BOTS);
    await expect(first).rejects.toThrow(/superseded/);
    const info = await second;
    expect(info.bots).toBe(3 * BOTS);
    expect(c.frame.botPositions.length).toBe(9 * BOTS);
    await c.seek(1);
    expect(c.frame.steps).toBe(20);
    expect(c.frame.botStates.length).toBe(3 * BOTS);
  });

  it('fills snapshots over the whole timeline while idle', async () => {
    const c = client({ prefill: true, snapshotEvery: 100, createWorker: () => new LaggingWorker() });
    const info = await start(c);
    expect(info.endStep).toBe(1600);
    await vi.waitFor(() => expect(c.coveredSteps).toBe(1600), { timeout: 20_000 });
    await c.seek(75);
    expect(c.frame.stateHash).toBe(straight[1500]);
  });
});
