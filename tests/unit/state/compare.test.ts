// Compare on a story of three chapters (Ivy's original run, Ivy's redesigned run, the child's), with the main
// controller and Compare's controller on one clock, each with a stand-in simulation client that answers only
// when the test says so.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteField } from '../../../renderer/engine/types';
import type { ToothModel } from '../../../renderer/mesh';
import {
  COMPARE_PAIRS,
  CompareController,
  compareAvailableIn,
  compareLive,
  comparePairOf,
  inspectCompare,
  onOneClock,
} from '../../../renderer/state/compare';
import { SimController, type SimPort } from '../../../renderer/state/controller';
import { live } from '../../../renderer/state/live';
import { useTooth } from '../../../renderer/state/model';
import { botsOf, configureSim, SIDE_BOTS_FLOOR, shareSwarm } from '../../../renderer/state/runs';
import { useApp } from '../../../renderer/state/store';
import { DEFAULT_VIEW } from '../../../renderer/state/view';
import { getScenario } from '../../../renderer/timeline/scenarios';
import { StoryClock } from '../../../renderer/timeline/storyClock';
import type { SimRun } from '../../../renderer/worker/client';
import { createFrameView } from '../../../renderer/worker/frame';

const DT = 0.05;

/** A simulation client that records its runs and requests and answers the latest request when told to. */
class FakeSim implements SimPort {
  frame = createFrameView();
  info: { dt: number } | null = null;
  runs: { label: string; bots: number }[] = [];
  moves: number[] = [];
  disposed = false;
  private target: number | null = null;

  get busy(): boolean {
    return this.target !== null;
  }
  initRun(run: SimRun): Promise<{ bots: number }> {
    this.runs.push({ label: run.label, bots: run.config.bots });
    this.info = { dt: DT };
    this.label = run.label;
    return Promise.resolve({ bots: run.config.bots });
  }
  label = '';
  seek(time: number): Promise<unknown> {
    this.moves.push(time);
    this.target = time;
    return Promise.resolve();
  }
  advanceTo(time: number): void {
    this.moves.push(time);
    this.target = time;
  }
  answer(): void {
    if (this.target === null) return;
    const f = this.frame;
    f.steps = Math.round(this.target / DT);
    f.time = f.steps * DT;
    f.seq++;
    f.stateHash = `${this.label}@${f.steps}`;
    this.target = null;
  }
  onError(): () => void {
    return () => undefined;
  }
  onRestart(): () => void {
    return () => undefined;
  }
  dispose(): void {
    this.disposed = true;
  }
}

const clock = new StoryClock([
  { id: 'ivy-original', scenario: 'ivy', span: { from: 0, to: 20 } },
  { id: 'ivy-redesigned', scenario: 'ivy-redesigned', span: { from: 0, to: 30 } },
  { id: 'child', scenario: 'child', span: { from: 0, to: 30 } },
]);

const noSites: SiteField = {
  count: 0,
  positions: new Float32Array(0),
  normals: new Float32Array(0),
  targetThickness: new Float32Array(0),
  initialThickness: new Float32Array(0),
  area: new Float32Array(0),
};
const tooth = { sites: noSites } as unknown as ToothModel;

let main: FakeSim;
let partners: FakeSim[];
let compare: CompareController;
let loop: { tick(dt: number): void; frameDrawn(): void };

const partner = () => partners[partners.length - 1]!;

/** Frames with nothing moving the clock; both workers answer each frame's request at once. */
function frames(n: number): void {
  for (let i = 0; i < n; i++) {
    loop.tick(0);
    main.answer();
    for (const p of partners) p.answer();
  }
}

/** Ticks until `done` holds, letting the fakes' promises resolve in between. */
async function until(done: () => boolean): Promise<void> {
  await vi.waitFor(() => {
    frames(1);
    expect(done()).toBe(true);
  });
}

async function openAt(t: number): Promise<void> {
  main = new FakeSim();
  partners = [];
  const controller = new SimController(main, { clock, sync: () => undefined });
  compare = new CompareController(
    () => {
      const p = new FakeSim();
      partners.push(p);
      return p;
    },
    clock,
    controller,
  );
  controller.companion = compare;
  loop = onOneClock(controller, compare);
  live.time = t;
  live.seekPending = true;
  await until(() => live.settled);
}

beforeEach(() => {
  configureSim({ bots: null });
  shareSwarm(1);
  useTooth.setState({ tooth });
  useApp.setState({
    playing: false,
    pause: null,
    speed: 'normal',
    view: DEFAULT_VIEW,
    simStatus: 'starting',
  });
  live.seekPending = true;
  live.settled = false;
  live.frameSeq = 0;
  live.bots = 0;
  live.scenario = '';
});

describe('the pairs', () => {
  it('come from the catalogue: each patient treated under both protocols, and no one else', () => {
    expect(COMPARE_PAIRS).toEqual([
      { original: 'ivy', redesigned: 'ivy-redesigned' },
      { original: 'young-patient', redesigned: 'young-patient-redesigned' },
    ]);
    expect(comparePairOf('ivy-redesigned')).toEqual(COMPARE_PAIRS[0]);
    expect(comparePairOf('first-patient')).toBeNull();
    expect(comparePairOf('child')).toBeNull();
    expect([0, 1, 2].map((i) => compareAvailableIn(i, clock))).toEqual([true, true, false]);
  });
});

describe('the swarm per view', () => {
  it('halves for two views, never below the floor, and an explicit size is exact', () => {
    const ivy = getScenario('ivy')!;
    expect(botsOf(ivy)).toBe(ivy.bots);
    shareSwarm(2);
    expect(botsOf(ivy)).toBe(ivy.bots / 2);
    expect(botsOf({ ...ivy, bots: 3_000 })).toBe(SIDE_BOTS_FLOOR);
    expect(botsOf({ ...ivy, bots: 1_000 })).toBe(1_000);
    configureSim({ bots: 400 });
    expect(botsOf(ivy)).toBe(400);
  });
});

describe('CompareController', () => {
  it('runs nothing while Compare is off', async () => {
    await openAt(10);
    frames(3);
    expect(partners).toHaveLength(0);
    expect(inspectCompare()).toBeNull();
  });

  it('runs the other protocol at the same local time, each side on half the swarm', async () => {
    await openAt(10);
    const full = getScenario('ivy')!.bots;
    expect(main.runs).toEqual([{ label: 'ivy', bots: full }]);
    useApp.setState({ view: { ...DEFAULT_VIEW, compare: true } });
    await until(() => inspectCompare()?.right.settled === true && live.settled && live.bots === full / 2);
    // The main view started afresh on its share; the other side runs the redesigned protocol beside it.
    expect(main.runs.map((r) => r.bots)).toEqual([full, full / 2]);
    expect(partner().runs).toEqual([{ label: 'ivy-redesigned', bots: full / 2 }]);
    const c = inspectCompare()!;
    expect(c.left).toMatchObject({ scenario: 'ivy', main: true, localTime: 10, stateHash: 'ivy@200' });
    expect(c.right).toMatchObject({
      scenario: 'ivy-redesigned',
      main: false,
      localTime: 10,
      stateHash: 'ivy-redesigned@200',
      bots: full / 2,
    });
  });

  it('follows a scrub, and the redesigned chapter puts the main view on the right', async () => {
    await openAt(10);
    useApp.setState({ view: { ...DEFAULT_VIEW, compare: true } });
    await until(() => inspectCompare()?.right.settled === true && live.settled);
    live.time = 20 + 25; // the redesigned chapter, local 25 s
    live.seekPending = true;
    await until(() => inspectCompare()?.left.settled === true && live.settled && live.localTime === 25);
    const c = inspectCompare()!;
    expect(compareLive.mainSide).toBe('right');
    expect(c.right).toMatchObject({
      scenario: 'ivy-redesigned',
      main: true,
      stateHash: 'ivy-redesigned@500',
    });
    expect(c.left).toMatchObject({ scenario: 'ivy', main: false, stateHash: 'ivy@500', localTime: 25 });
  });

  it('holds the clock while the other side is behind', async () => {
    await openAt(10);
    useApp.setState({ view: { ...DEFAULT_VIEW, compare: true } });
    await until(() => inspectCompare()?.right.settled === true && live.settled);
    useApp.setState({ playing: true });
    loop.tick(0.1);
    main.answer(); // only the main engine keeps up
    const t = live.time;
    for (let i = 0; i < 10; i++) {
      loop.tick(0.1);
      main.answer();
    }
    // The clock stopped within MAX_LAG of the other side's frame, then waits for it.
    expect(compare.lagging(clock.locate(live.time).localTime)).toBe(true);
    const stuck = live.time;
    loop.tick(0.1);
    expect(live.time).toBe(stuck);
    expect(stuck).toBeGreaterThan(t);
    partner().answer();
    loop.tick(0.1);
    expect(live.time).toBeGreaterThan(stuck);
  });

  it('turns itself off in a chapter without a pair, and gives back the whole swarm', async () => {
    await openAt(10);
    useApp.setState({ view: { ...DEFAULT_VIEW, compare: true } });
    await until(() => inspectCompare()?.right.settled === true && live.settled);
    live.time = 50 + 5; // the child's chapter
    live.seekPending = true;
    await until(() => live.settled && live.scenario === 'child');
    expect(main.runs.map((r) => r.label)).toEqual(['ivy', 'ivy', 'child']);
    expect(useApp.getState().view.compare).toBe(false);
    expect(inspectCompare()).toBeNull();
    expect(partner().disposed).toBe(true);
    expect(live.bots).toBe(getScenario('child')!.bots);
  });
});
