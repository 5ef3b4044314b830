import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../renderer/worker/engineFactory';
import type { FrameBuffers, FromWorker, FromWorkerOf, ToWorker } from '../../../renderer/worker/protocol';
import { SimServer } from '../../../renderer/worker/server';
import { createSharedFrameBuffer, SharedFrameReader } from '../../../renderer/worker/sharedFrames';
import { BOTS, config, endTime, sites, straightHashes } from './fixture';

type Posted = { msg: FromWorker; transfer: Transferable[] };

function server(): {
  srv: SimServer;
  posts: Posted[];
  last: <K extends FromWorker['op']>(op: K) => FromWorkerOf<K>;
} {
  const posts: Posted[] = [];
  const srv = new SimServer((msg, transfer) => posts.push({ msg, transfer }), createEngine);
  const last = <K extends FromWorker['op']>(op: K): FromWorkerOf<K> => {
    for (let i = posts.length - 1; i >= 0; i--)
      if (posts[i]!.msg.op === op) return posts[i]!.msg as unknown as FromWorkerOf<K>;
    throw new Error(`nothing posted with op ${op}`);
  };
  return { srv, posts, last };
}

function init(id = 1, extra: Partial<ToWorker & { op: 'init' }> = {}): ToWorker {
  return {
    op: 'init',
    id,
    label: 'test',
    config,
    sites: { ...sites },
    endTime,
    transport: { kind: 'transfer' },
    snapshotEvery: 40,
    ...extra,
  } as ToWorker;
}

describe('SimServer protocol', () => {
  const straight = straightHashes();

  it('answers init with ready and each move with one frame carrying the straight-run hash', () => {
    const { srv, posts, last } = server();
    srv.handle(init());
    const ready = last('ready');
    expect(ready.info).toMatchObject({
      bots: BOTS,
      sites: sites.count,
      snapshotEvery: 40,
      transport: 'transfer',
    });
    expect(ready.info.endStep).toBe(straight.length - 1);
    srv.handle({ op: 'advanceTo', id: 2, time: 3 });
    const f = last('frame');
    expect(f.id).toBe(2);
    expect(f.steps).toBe(60);
    expect(f.stateHash).toBe(straight[60]);
    expect(f.metrics.steps).toBe(60);
    expect(f.full).toBe(true);
    expect(f.buffers!.botPositions.length).toBe(3 * BOTS);
    srv.handle({ op: 'step', id: 3, n: -7 });
    expect(last('frame').stateHash).toBe(straight[53]);
    srv.handle({ op: 'seek', id: 4, time: 1 });
    expect(last('frame').stateHash).toBe(straight[20]);
    expect(posts.filter((p) => p.msg.op === 'frame')).toHaveLength(3);
    expect(posts.some((p) => p.msg.op === 'error')).toBe(false);
  });

  it('sends only the changed sites when moving on, everything after a jump', () => {
    const { srv, last } = server();
    srv.handle(init());
    srv.handle({ op: 'seek', id: 2, time: 5 });
    expect(last('frame').full).toBe(true);
    srv.handle({ op: 'advanceTo', id: 3, time: 5.05 });
    const f = last('frame');
    expect(f.full).toBe(false);
    expect(f.changedCount).toBeLessThan(sites.count);
    expect(f.changedCount).toBeGreaterThan(0);
    const engine = createEngine(sites, config);
    for (let i = 0; i < 100; i++) engine.step();
    engine.clearChanged();
    engine.step();
    expect(f.changedCount).toBe(engine.changedCount);
    expect(Array.from(f.buffers!.changedSites.subarray(0, f.changedCount))).toEqual(
      Array.from(engine.changedSites.subarray(0, engine.changedCount)),
    );
    expect(Array.from(f.buffers!.siteLab)).toEqual(Array.from(engine.siteLab));
  });

  it('reuses the frame buffers the page hands back', () => {
    const { srv, last } = server();
    srv.handle(init());
    srv.handle({ op: 'seek', id: 2, time: 1 });
    const first = last('frame').buffers!;
    srv.handle({ op: 'advanceTo', id: 3, time: 2 });
    const second = last('frame').buffers!;
    expect(second).not.toBe(first);
    srv.handle({ op: 'advanceTo', id: 4, time: 3, give: first });
    expect(last('frame').buffers).toBe(first);
  });

  it('publishes into the shared triple buffer when given one', () => {
    const { srv, last } = server();
    const buffer = createSharedFrameBuffer(BOTS, sites.count);
    const reader = new SharedFrameReader(buffer, BOTS, sites.count);
    srv.handle(init(1, { transport: { kind: 'shared', buffer, backSlot: reader.resetForWriter() } }));
    expect(last('ready').info.transport).toBe('shared');
    srv.handle({ op: 'seek', id: 2, time: 2 });
    const f = last('frame');
    expect(f.buffers).toBeUndefined();
    const t = reader.take()!;
    expect(t.seq).toBe(f.seq);
    expect(t.steps).toBe(40);
    const engine = createEngine(sites, config);
    for (let i = 0; i < 40; i++) engine.step();
    expect(Array.from(t.views.botPositions)).toEqual(Array.from(engine.botPositions));
    expect(Array.from(t.views.siteChalk)).toEqual(Array.from(engine.siteChalk));
  });

  it('mirrors the snapshot behind the playhead to the page, once', () => {
    const { srv, posts } = server();
    srv.handle(init());
    srv.handle({ op: 'advanceTo', id: 2, time: 5 });
    srv.handle({ op: 'advanceTo', id: 3, time: 5.5 });
    const steps = (): number[] =>
      posts.filter((p) => p.msg.op === 'snapshot').map((p) => (p.msg as FromWorkerOf<'snapshot'>).steps);
    // Snapshots every 40 steps: at 100 and 110 steps the one behind is at 80.
    expect(steps()).toEqual([80]);
    srv.handle({ op: 'advanceTo', id: 4, time: 6.5 });
    const again = steps();
    expect(again).toEqual([80, 120]);
  });

  it('answers a snapshot request with a snapshot that restores to the same hash', () => {
    const { srv, last } = server();
    srv.handle(init());
    srv.handle({ op: 'seek', id: 2, time: 2.5 });
    srv.handle({ op: 'takeSnapshot', id: 3 });
    const snap = last('snapshotTaken');
    expect(snap.steps).toBe(50);
    const other = server();
    other.srv.handle(init());
    other.srv.handle({ op: 'restore', id: 2, snapshot: snap.snapshot });
    expect(other.last('frame').stateHash).toBe(straight[50]);
  });
});

describe('SimServer bad input: one clear error, nothing lost', () => {
  const straight = straightHashes();

  function running(): ReturnType<typeof server> {
    const s = server();
    s.srv.handle(init());
    s.srv.handle({ op: 'seek', id: 2, time: 2 });
    return s;
  }

  function expectUnchanged(s: ReturnType<typeof server>): void {
    s.srv.handle({ op: 'step', id: 99, n: 0 });
    const f = s.last('frame');
    expect(f.id).toBe(99);
    expect(f.stateHash).toBe(straight[40]);
  }

  const bad: [string, unknown, RegExp][] = [
    ['a non-object', 42, /must be an object/],
    ['no op', { id: 5 }, /no op/],
    ['an unknown op', { op: 'fly', id: 5 }, /unknown op "fly"/],
    ['an id that is not an integer', { op: 'seek', id: 'x', time: 1 }, /id must be an integer/],
    ['a seek to NaN', { op: 'seek', id: 5, time: Number.NaN }, /seek: time must be a finite number/],
    ['a seek to a negative time', { op: 'seek', id: 5, time: -1 }, /seek: time must be a finite number/],
    ['an advance to a string', { op: 'advanceTo', id: 5, time: '3' }, /advanceTo: time must be/],
    ['a fractional step', { op: 'step', id: 5, n: 1.5 }, /step: n must be an integer/],
    ['a restore without a snapshot', { op: 'restore', id: 5, snapshot: 7 }, /restore: snapshot must be/],
    [
      'a restore of a broken snapshot',
      { op: 'restore', id: 5, snapshot: { format: 'x', dt: 0.05 } },
      /restore: .*unknown format/,
    ],
    [
      'buffers handed back that are not frame buffers',
      { op: 'advanceTo', id: 5, time: 3, give: { a: 1 } },
      /give must be/,
    ],
    [
      'an init with zero bots',
      init(5, { config: { ...config, bots: 0 } }),
      /init: Engine config: bots must be/,
    ],
    [
      'an init with a short positions array',
      init(5, { sites: { ...sites, positions: new Float32Array(3) } }),
      /init: Site field: positions has 3 values/,
    ],
    [
      'an init with plain arrays for sites',
      init(5, { sites: { ...sites, area: [1, 2] as never } }),
      /init: sites.area/,
    ],
    ['an init with no end time', init(5, { endTime: -5 }), /init: endTime/],
    [
      'an init with a shared buffer too small',
      init(5, { transport: { kind: 'shared', buffer: new SharedArrayBuffer(16), backSlot: 2 } }),
      /init: shared frame buffer is 16 bytes/,
    ],
  ];

  for (const [what, msg, pattern] of bad) {
    it(`rejects ${what}`, () => {
      const s = running();
      const before = s.posts.length;
      s.srv.handle(msg);
      const answers = s.posts.slice(before);
      expect(answers).toHaveLength(1);
      const err = answers[0]!.msg as FromWorkerOf<'error'>;
      expect(err.op).toBe('error');
      expect(err.message).toMatch(pattern);
      expect(err.message.split('\n')).toHaveLength(1);
      expectUnchanged(s);
    });
  }

  it('rejects moves before init', () => {
    const { srv, posts } = server();
    srv.handle({ op: 'seek', id: 1, time: 1 });
    expect(posts).toHaveLength(1);
    expect((posts[0]!.msg as FromWorkerOf<'error'>).message).toMatch(/not initialised/);
  });

  it('ignores handed-back buffers of the wrong size', () => {
    const s = running();
    const wrong: FrameBuffers = {
      botPositions: new Float32Array(3),
      botStates: new Uint8Array(1),
      siteThickness: new Float32Array(1),
      siteLab: new Float32Array(3),
      siteChalk: new Float32Array(1),
      changedSites: new Uint32Array(1),
    };
    s.srv.handle({ op: 'advanceTo', id: 3, time: 3, give: wrong });
    const f = s.last('frame');
    expect(f.buffers).not.toBe(wrong);
    expect(f.buffers!.botPositions.length).toBe(3 * BOTS);
  });
});
