// Compare: the same patient under the original and the redesigned protocol, side by side, on one story clock.
// The main controller keeps running the chapter's scenario (its view is the side of its protocol); this
// controller runs the other protocol's scenario in a second engine, in its own worker, at the same
// scenario-local time, so a scrub lands both sides on exact, replayable states. The two views share the swarm:
// each runs half the bots (runs.ts `shareSwarm`), never below a floor, so the pair costs what one view costs.
import type { EngineMetrics } from '../engine/types';
import type { ToothModel } from '../mesh';
import { SCENARIOS, type Scenario, type ScenarioId } from '../timeline/scenarios';
import type { Location, StoryClock } from '../timeline/storyClock';
import type { FrameView } from '../worker/frame';
import { actions } from './actions';
import type { Companion, SimPort } from './controller';
import { MAX_LAG } from './controller';
import { live } from './live';
import { useTooth } from './model';
import { botsOf, runOf, shareSwarm, sitesFor } from './runs';
import { getScenario } from './scenarios';
import { onClockStep, StepRequest, takeFrame } from './stepRequest';
import { useApp } from './store';

/** Left shows the original protocol, right the redesigned one, whichever the chapter runs. */
export type CompareSide = 'left' | 'right';

export interface ComparePair {
  readonly original: ScenarioId;
  readonly redesigned: ScenarioId;
}

const samePatient = (a: Scenario, b: Scenario) =>
  a.patient.name === b.patient.name &&
  a.seed === b.seed &&
  a.lesion.preset === b.lesion.preset &&
  a.lesion.seed === b.lesion.seed;

/** Every patient the catalogue treats under both protocols (same genotype, lesion and seed). */
export const COMPARE_PAIRS: readonly ComparePair[] = SCENARIOS.filter(
  (s) => s.protocol === 'original',
).flatMap((o) => {
  const r = SCENARIOS.find((s) => s.protocol === 'redesigned' && samePatient(s, o));
  return r ? [{ original: o.id, redesigned: r.id }] : [];
});

/** The pair a scenario belongs to, or null when its patient has only one protocol. */
export function comparePairOf(scenario: string): ComparePair | null {
  return COMPARE_PAIRS.find((p) => p.original === scenario || p.redesigned === scenario) ?? null;
}

/** The side a scenario of a pair is shown on. */
export function sideOf(pair: ComparePair, scenario: string): CompareSide {
  return scenario === pair.original ? 'left' : 'right';
}

/** What a side shows now: the main view's figures are `live`; the other side's are the same fields. */
export interface SideLive {
  scenario: string;
  /** Scenario-local simulated seconds of the latest frame. */
  localTime: number;
  stateHash: string;
  metrics: EngineMetrics | null;
  bots: number;
  /** Incremented when a new frame arrived. */
  frameSeq: number;
  /** The latest frame is the step nearest the clock's moment and nothing is under way. */
  settled: boolean;
}

/** Per-frame Compare state, written by the controller and read by the scene and the read-outs (no React). */
export const compareLive = {
  /** Compare shows two views now (on, and the chapter has a pair). */
  on: false,
  /** The side the main view (the chapter's own scenario) is drawn on. */
  mainSide: 'left' as CompareSide,
  /** The other protocol's run. */
  partner: {
    scenario: '',
    localTime: 0,
    stateHash: '',
    metrics: null,
    bots: 0,
    frameSeq: 0,
    settled: false,
  } as SideLive,
  /** The last failure of the other protocol's run ('' when none). */
  error: '',
};

/** The figures of one side (no allocation: `live` or the partner's object). */
export function sideLive(side: CompareSide): SideLive {
  return side === compareLive.mainSide ? live : compareLive.partner;
}

/** The main controller as Compare needs it: started afresh when the swarm's share changes. */
export interface Restartable {
  restartRun(): void;
}

export class CompareController implements Companion {
  private readonly makeClient: () => SimPort;
  private readonly clock: StoryClock;
  private readonly main: Restartable;
  private client: SimPort | null = null;
  private offs: (() => void)[] = [];
  private readonly loc: Location = { index: 0, scenario: '', localTime: 0 };
  private active = '';
  private activeTooth: ToothModel | null = null;
  private activeBots = 0;
  private starting = false;
  private readonly stepRequest = new StepRequest();

  constructor(makeClient: () => SimPort, clock: StoryClock, main: Restartable) {
    this.makeClient = makeClient;
    this.clock = clock;
    this.main = main;
  }

  /** The other protocol's latest frame, while Compare shows two views. */
  get frame(): FrameView | null {
    return compareLive.on && this.client !== null && this.active !== '' ? this.client.frame : null;
  }

  /**
   * Before the main controller's tick: whether two views show at the clock's moment, so that a scenario the
   * main view starts now starts on its share of the swarm.
   */
  prepare(): void {
    const loc = this.clock.locate(live.time, this.loc);
    const wanted = useApp.getState().view.compare;
    const pair = comparePairOf(loc.scenario);
    // Compare belongs to the chapters of a patient with both protocols: elsewhere it turns itself off.
    if (wanted && pair === null) actions.setView({ compare: false });
    compareLive.on = wanted && pair !== null;
    shareSwarm(compareLive.on ? 2 : 1);
  }

  /** One frame, after the main controller's tick (the clock has moved). */
  tick(_dt: number): void {
    this.prepare();
    const loc = this.loc;
    const pair = comparePairOf(loc.scenario);
    this.keepMainShare(loc.scenario);
    if (!compareLive.on || pair === null) {
      this.stop();
      return;
    }
    compareLive.mainSide = sideOf(pair, loc.scenario);
    const partnerId = loc.scenario === pair.original ? pair.redesigned : pair.original;
    const partner = getScenario(partnerId)!;
    const tooth = useTooth.getState().tooth;
    const p = compareLive.partner;
    if (!tooth) return;
    if (partnerId !== this.active || tooth !== this.activeTooth || botsOf(partner) !== this.activeBots) {
      p.settled = false;
      if (!this.starting) void this.start(tooth, partner);
      return;
    }
    const c = this.client!;
    const step = c.info?.dt ?? 0;
    // Unlike the main view, this side never seeks: a scrub is one more step to advance to, and the worker jumps
    // through its snapshots when the step is far.
    this.stepRequest.follow(c, loc.localTime, step);
    takeFrame(p, c.frame, this.active);
    p.settled = onClockStep(c, loc.localTime, step);
  }

  /** The clock waits while the other side is starting or behind, so both views show one moment. */
  lagging(localTime: number): boolean {
    if (!compareLive.on || this.client === null || compareLive.error !== '') return false;
    if (this.starting || this.active === '') return true;
    return localTime - this.client.frame.time >= MAX_LAG;
  }

  /** After the draw: the other side's change list starts afresh, as the main view's does. */
  frameDrawn(): void {
    const f = this.frame;
    if (!f) return;
    f.changedCount = 0;
    f.allSitesChanged = false;
  }

  dispose(): void {
    this.stop();
  }

  /** The main view runs its share of the swarm: start it afresh when its run has another size. */
  private keepMainShare(scenario: string): void {
    const s = getScenario(scenario);
    if (s && live.scenario === scenario && live.bots > 0 && live.bots !== botsOf(s)) this.main.restartRun();
  }

  private stop(): void {
    for (const off of this.offs) off();
    this.offs = [];
    this.client?.dispose();
    this.client = null;
    this.active = '';
    this.activeTooth = null;
    this.activeBots = 0;
    this.stepRequest.forget();
    compareLive.error = '';
    const p = compareLive.partner;
    p.scenario = '';
    p.stateHash = '';
    p.metrics = null;
    p.settled = false;
  }

  private client_(): SimPort {
    if (this.client) return this.client;
    const c = this.makeClient();
    this.offs = [
      c.onError((e) => {
        compareLive.error = e.message;
      }),
      // A restarted worker has lost the request: ask again (the main view seeks instead).
      c.onRestart(() => {
        this.stepRequest.forget();
      }),
    ];
    this.client = c;
    return c;
  }

  private async start(tooth: ToothModel, scenario: Scenario): Promise<void> {
    const c = this.client_();
    this.starting = true;
    compareLive.error = '';
    try {
      const run = runOf(scenario);
      const info = await c.initRun(run, sitesFor(tooth, scenario));
      if (c !== this.client) return; // Compare was turned off meanwhile
      this.active = scenario.id;
      this.activeTooth = tooth;
      this.activeBots = run.config.bots;
      this.stepRequest.forget();
      compareLive.partner.bots = info.bots;
    } catch (err) {
      if (c === this.client) compareLive.error = err instanceof Error ? err.message : String(err);
    } finally {
      this.starting = false;
    }
  }
}

/** The main controller and Compare's on one frame loop: the main one moves the clock, Compare follows it. */
export function onOneClock(
  main: { tick(dt: number): void; frameDrawn(): void },
  compare: CompareController,
): { tick(dt: number): void; frameDrawn(): void } {
  return {
    tick(dt) {
      compare.prepare();
      main.tick(dt);
      compare.tick(dt);
    },
    frameDrawn() {
      main.frameDrawn();
      compare.frameDrawn();
    },
  };
}

let installed: CompareController | null = null;

/** Bootstrap hands Compare its controller; the scene reads the other side's frame through it. */
export function installCompare(c: CompareController): void {
  installed = c;
}

/** The other protocol's latest frame for the scene (null while Compare shows one view). */
export const compareFrame = (): FrameView | null => installed?.frame ?? null;

/** Whether the chapter on show offers Compare (a patient with both protocols). */
export function compareAvailableIn(chapterIndex: number, clock: StoryClock): boolean {
  const seg = clock.segments[chapterIndex];
  return seg !== undefined && comparePairOf(seg.scenario) !== null;
}

export interface CompareSideInspection {
  scenario: string;
  /** The side runs the chapter's own scenario (the main view). */
  main: boolean;
  stateHash: string;
  localTime: number;
  bots: number;
  restoredFraction: number;
  deltaE00Max: number;
  deltaE00Mean: number;
  shapeDeviationMmMax: number;
  settled: boolean;
}

function inspectSide(side: CompareSide): CompareSideInspection {
  const s = sideLive(side);
  const m = s.metrics;
  return {
    scenario: s.scenario,
    main: side === compareLive.mainSide,
    stateHash: s.stateHash,
    localTime: s.localTime,
    bots: s.bots,
    restoredFraction: m?.restoredFraction ?? 0,
    deltaE00Max: m?.deltaE00.max ?? 0,
    deltaE00Mean: m?.deltaE00.mean ?? 0,
    shapeDeviationMmMax: m?.shapeDeviationMm.max ?? 0,
    settled: s.settled,
  };
}

/** `inspect().compare`: both sides while Compare shows two views, else null. */
export function inspectCompare(): { left: CompareSideInspection; right: CompareSideInspection } | null {
  if (!compareLive.on) return null;
  return { left: inspectSide('left'), right: inspectSide('right') };
}
