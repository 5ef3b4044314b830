// The state of a run and how it is built: every typed array of the engine, allocated and filled from the
// site field and the config (lesion, anomaly fields, dose, spatial index, bot placement), the schedule's
// bookkeeping, and what reads the state whole (metrics, snapshot, restore, hash). The Engine (engine.ts)
// extends it with the step, the claim accounting and the bot lifecycle; the fields are shared as plain
// properties of one object, so the hot loop reads them with no indirection.
import {
  buildAnomalyFields,
  type PhaseGains,
  PROTOCOL_PLANS,
  perceivedTarget,
  type ProtocolPlan,
} from './anomalies';
import { DEFAULT_DT, GROWTH_RATE_MM_PER_S, TREATMENT_SECONDS } from './constants';
import { BotLists } from './botLists';
import { SiteGrid } from './grid';
import { type BotKinematics, setWorkingPoint } from './kinematics';
import { computeMetrics } from './metrics';
import { botBounds, placeBots } from './placement';
import { seedPrng } from './prng';
import { layerFraction, sortedCheckpoints } from './schedule';
import {
  createDeltaECache,
  type DeltaECache,
  findLesion,
  markAllDirty,
  markRecolouredDirty,
  refreshDeltaE,
  type SiteLook,
  startLook,
} from './siteLook';
import {
  checkSnapshot,
  hashState,
  makeRunKey,
  type StateList,
  type StateParts,
  takeSnapshot,
} from './snapshot';
import type {
  Checkpoint,
  DeltaE00,
  EngineConfig,
  EngineMetrics,
  EngineSnapshot,
  Genotype,
  SiteField,
} from './types';
import { normaliseGenotype, validateConfig, validateSites } from './validation';

/** Indices into the scalar state. */
export const S_STOCK = 0;
export const S_PHASE = 1;
export const S_RECALLED = 2;
export const S_NEXT_CHECKPOINT = 3;
export const S_LAYER = 4;
const SCALARS = 5;
/** Values of the phase scalar. */
export const PHASE_TREATMENT = 0;
export const PHASE_AFTERMATH = 1;

/** A claim or an open site must exceed this share of the site's need (plus TINY mm³) to count. */
export const SLACK = 1e-9;
export const TINY = 1e-15;

export class EngineState {
  readonly botCount: number;
  readonly siteCount: number;
  readonly protocol: EngineConfig['protocol'];
  readonly genotype: Genotype;
  readonly seed: number;
  readonly treatmentSeconds: number;
  /** The protocol's pauses, sorted by time (the host stops its clock at each; the engine never pauses). */
  readonly checkpoints: readonly Checkpoint[];
  /** Mineral the protocol prepared, mm³. */
  readonly dose: number;
  /** Mineral each bot carries per trip at most, mm³. */
  readonly botCapacity: number;
  /** Axis-aligned box every bot stays within: [minX, minY, minZ, maxX, maxY, maxZ], mm. */
  readonly bounds: Float32Array;
  /** Sites with a deficit (the lesion), ascending. */
  readonly lesionSites: Uint32Array;

  // ---- Published state (read by the worker and the scene; do not write) ----
  /** xyz per bot, mm. */
  readonly botPositions: Float32Array;
  /** BotState code per bot. */
  readonly botStates: Uint8Array;
  /** Current enamel thickness per site, mm. */
  readonly siteThickness: Float32Array;
  /** CIELAB (D65) of the surface enamel per site, 3 per site. */
  readonly siteLab: Float32Array;
  /** Chalkiness (opacity, matte) of the surface per site, 0..1. */
  readonly siteChalk: Float32Array;
  /** Sites whose thickness or colour changed since the last `clearChanged()`; the first `changedCount`. */
  readonly changedSites: Uint32Array;
  protected changedN = 0;

  // ---- Bot state ----
  protected readonly botLoad: Float64Array;
  protected readonly botClaim: Float64Array;
  protected readonly botDelivered: Float64Array;
  /** Site the bot works at or lies in (dormant inside the enamel); -1 for none. */
  protected readonly botTarget: Int32Array;
  /** Launch time (in the gel) or wake time (dormant in the enamel), simulated seconds. */
  protected readonly botTimer: Float64Array;
  /** The movement kernel's view of the bot and site arrays. */
  protected readonly kin: BotKinematics;
  /** The bots filed by state at each step, and when each block of bots next has anything to do. */
  protected readonly lists: BotLists;

  // ---- Site state ----
  protected readonly siteMineral: Float64Array;
  protected readonly siteClaimed: Float64Array;
  /** Mineral the bots believe the site needs in all, mm³ (depends on the phase). */
  protected readonly siteCap: Float64Array;
  /** The colour model's view of the site arrays. */
  protected readonly look: SiteLook;

  // ---- Scalars and schedule ----
  protected readonly scalars = new Float64Array(SCALARS);
  protected readonly prng = new Uint32Array(4);
  protected stepCount = 0;
  protected stepDt: number;

  // ---- Static, derived from the config and the sites ----
  protected readonly sites: SiteField;
  protected readonly grid: SiteGrid;
  protected readonly plan: ProtocolPlan;
  /** Each bot's place in the gel (see BotKinematics.homes). */
  protected readonly botHome: Float32Array;
  /** The site each bot's place in the gel lies over; searches from the gel start there, on the surface. */
  protected readonly botHomeSite: Int32Array;
  protected readonly botRate: number;
  /** A bot carrying less than this (mm³) counts as empty. */
  protected readonly loadEps: number;
  protected readonly siteDeficitMm: Float64Array;
  protected readonly siteShapeOffset: Float32Array;
  /** Most mineral a site can take in one step, mm³ (growth-rate cap × area × dt). */
  protected readonly siteStepCap: Float64Array;
  private readonly deltaE: DeltaE00;
  private readonly runKey: string;

  // ---- Per-step scratch (always empty between steps) ----
  protected readonly siteStepInc: Float64Array;
  /** Sites that received mineral this step: a bit per site, and how many are set. */
  protected readonly touchedBits: Int32Array;
  protected touchedN = 0;
  /** The same sites as a list, in ascending order (filled from touchedBits when the step lays them down). */
  protected readonly touched: Uint32Array;
  protected readonly changedFlag: Uint8Array;

  /** The state arrays in a fixed order (snapshot, restore and hash all walk them). */
  private readonly stateList: StateList;
  protected readonly deCache: DeltaECache;

  constructor(sites: SiteField, config: EngineConfig, deltaE: DeltaE00) {
    validateSites(sites);
    validateConfig(config);
    const S = sites.count;
    const N = config.bots;
    this.sites = sites;
    this.botCount = N;
    this.siteCount = S;
    this.protocol = config.protocol;
    this.genotype = normaliseGenotype(config.genotype);
    this.seed = config.seed;
    this.stepDt = config.dt ?? DEFAULT_DT;
    this.treatmentSeconds = config.treatmentSeconds ?? TREATMENT_SECONDS;
    this.plan = PROTOCOL_PLANS[config.protocol];
    this.deltaE = deltaE;
    this.checkpoints = sortedCheckpoints(config);
    const lesion = findLesion(sites);
    this.siteDeficitMm = lesion.deficitMm;
    this.lesionSites = lesion.sites;

    // Randomness, in a fixed order: anomaly fields, then each bot's place in the gel and launch time.
    seedPrng(this.prng, config.seed);
    const fields = buildAnomalyFields(sites.positions, S, this.lesionSites, this.genotype, this.prng);
    this.siteShapeOffset = fields.shapeOffset;

    // Sites: current state starts at the initial enamel; colour from the lesion.
    this.siteMineral = new Float64Array(S);
    this.siteClaimed = new Float64Array(S);
    this.siteCap = new Float64Array(S);
    this.siteThickness = new Float32Array(S);
    this.siteLab = new Float32Array(S * 3);
    this.siteChalk = new Float32Array(S);
    this.look = {
      area: sites.area,
      initialThickness: sites.initialThickness,
      deficitMm: this.siteDeficitMm,
      mineral: this.siteMineral,
      thickness: this.siteThickness,
      lab: this.siteLab,
      chalk: this.siteChalk,
      lesionLab: new Float32Array(S * 3),
      lesionChalk: new Float32Array(S),
      depLab: new Float32Array(S * 3),
      depChalk: new Float32Array(S),
      colourDrift: fields.colourDrift,
      chalkDrift: fields.chalkDrift,
      gain: new Float64Array(1),
    };
    this.siteStepCap = new Float64Array(S);
    this.siteStepInc = new Float64Array(S);
    this.touched = new Uint32Array(S);
    this.touchedBits = new Int32Array((S + 31) >>> 5);
    this.changedSites = new Uint32Array(S);
    this.changedFlag = new Uint8Array(S);
    this.deCache = createDeltaECache(S);
    for (let s = 0; s < S; s++) startLook(this.look, s);
    this.fillStepCaps();

    // What the bots will build this treatment, and the dose prepared for it.
    let perceivedVolume = 0;
    this.applyPerceivedCaps(this.plan.treatment, 1);
    for (let j = 0; j < this.lesionSites.length; j++) perceivedVolume += this.siteCap[this.lesionSites[j]!]!;
    this.applyPerceivedCaps(this.plan.treatment, layerFraction(this.plan.layerStarts.length, 0));
    this.dose = this.plan.embedsSurplus
      ? this.plan.doseFactor * lesion.volume + this.plan.surplusMm * lesion.area
      : this.plan.doseFactor * perceivedVolume + this.plan.surplusMm * lesion.area;
    this.botCapacity = this.dose / (N * this.plan.tripsPerBot);
    this.botRate = this.botCapacity / this.plan.depositSeconds;
    this.loadEps = this.botCapacity * 1e-12;

    // Spatial index over the lesion; every site with work to claim starts open.
    this.grid = new SiteGrid(sites.positions, S, this.lesionSites, lesion.area);
    for (let j = 0; j < this.lesionSites.length; j++) this.updateOpen(this.lesionSites[j]!);

    // Bots: a place in the gel over the lesion (weighted by deficit), a launch time, a load.
    this.botPositions = new Float32Array(N * 3);
    this.botStates = new Uint8Array(N);
    this.botHome = new Float32Array(N * 3);
    this.botHomeSite = new Int32Array(N);
    this.botLoad = new Float64Array(N);
    this.botClaim = new Float64Array(N);
    this.botDelivered = new Float64Array(N);
    this.botTarget = new Int32Array(N).fill(-1);
    this.botTimer = new Float64Array(N);
    this.lists = new BotLists(N);
    placeBots(sites, this.lesionSites, this.siteDeficitMm, this.plan, this.prng, {
      positions: this.botPositions,
      homes: this.botHome,
      homeSites: this.botHomeSite,
      timers: this.botTimer,
      states: this.botStates,
    });
    if (this.plan.tripsPerBot === 1) this.botLoad.fill(this.botCapacity);
    else this.scalars[S_STOCK] = this.dose;
    this.scalars[S_PHASE] = PHASE_TREATMENT;

    this.bounds = botBounds(sites);
    this.kin = {
      positions: this.botPositions,
      states: this.botStates,
      targets: this.botTarget,
      homes: this.botHome,
      siteGoals: new Float64Array(S * 3),
      reach: new Float64Array(1),
    };
    this.setAllWorkingPoints();

    const { checkpoints, genotype, stepDt, treatmentSeconds } = this;
    this.runKey = makeRunKey(config, genotype, stepDt, treatmentSeconds, checkpoints, sites);
    this.stateList = this.listStateArrays();
    this.markAllChanged();
    markAllDirty(this.deCache);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Clock

  /** Simulated seconds per step. Part of the state: `restore` sets it from the snapshot. */
  get dt(): number {
    return this.stepDt;
  }

  get steps(): number {
    return this.stepCount;
  }

  /** Simulated seconds since the start (steps × dt). */
  get time(): number {
    return this.stepCount * this.stepDt;
  }

  /** True once the treatment has ended (gel removed or bots recalled). */
  get inAftermath(): boolean {
    return this.scalars[S_PHASE] === PHASE_AFTERMATH;
  }

  get changedCount(): number {
    return this.changedN;
  }

  /** Forgets the changed-sites list (the host calls it after publishing a frame). */
  clearChanged(): void {
    for (let j = 0; j < this.changedN; j++) this.changedFlag[this.changedSites[j]!] = 0;
    this.changedN = 0;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Site needs

  /** Opens or closes site s in the index according to the work left to claim. */
  protected updateOpen(s: number): void {
    const room = this.siteCap[s]! - this.siteMineral[s]! - this.siteClaimed[s]!;
    if (room > this.siteCap[s]! * SLACK + TINY) this.grid.open(s);
    else this.grid.close(s);
  }

  /** Sets what each lesion site needs in all, as the bots see it, for this phase and share of the rebuild. */
  protected applyPerceivedCaps(gains: PhaseGains, fraction: number): void {
    const target = this.sites.targetThickness;
    const initial = this.sites.initialThickness;
    const area = this.sites.area;
    for (let j = 0; j < this.lesionSites.length; j++) {
      const s = this.lesionSites[j]!;
      const t = perceivedTarget(target[s]!, this.siteShapeOffset[s]!, gains);
      const need = (t - initial[s]!) * area[s]! * fraction;
      this.siteCap[s] = Math.max(need, 0);
    }
  }

  private fillStepCaps(): void {
    const area = this.sites.area;
    for (let s = 0; s < this.siteCount; s++)
      this.siteStepCap[s] = GROWTH_RATE_MM_PER_S * area[s]! * this.stepDt;
  }

  private setAllWorkingPoints(): void {
    const { positions, normals, targetThickness } = this.sites;
    for (let s = 0; s < this.siteCount; s++) {
      setWorkingPoint(this.kin.siteGoals, s, positions, normals, targetThickness, this.siteThickness);
    }
  }

  /** Every site goes into the changed-sites list (the next frame carries them all). */
  private markAllChanged(): void {
    for (let s = 0; s < this.siteCount; s++) {
      this.changedFlag[s] = 1;
      this.changedSites[s] = s;
    }
    this.changedN = this.siteCount;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Read-outs, snapshot, hash

  /** ΔE00 of site s against healthy enamel (cached; updated for changed sites by `metrics()`). */
  siteDeltaE00(s: number): number {
    refreshDeltaE(this.deCache, this.siteLab, this.deltaE);
    return this.deCache.values[s]!;
  }

  metrics(): EngineMetrics {
    refreshDeltaE(this.deCache, this.siteLab, this.deltaE);
    return computeMetrics(
      {
        botCount: this.botCount,
        siteCount: this.siteCount,
        lesionSites: this.lesionSites,
        deficitMm: this.siteDeficitMm,
        area: this.sites.area,
        initialThickness: this.sites.initialThickness,
        targetThickness: this.sites.targetThickness,
        siteMineral: this.siteMineral,
        siteDeltaE: this.deCache.values,
        botDelivered: this.botDelivered,
        botLoad: this.botLoad,
        botStates: this.botStates,
        dose: this.dose,
      },
      this.stepCount,
      this.time,
      this.scalars[S_STOCK]!,
    );
  }

  /** The mutable state, in a fixed order (snapshot, restore and hash all walk it). */
  private listStateArrays(): StateList {
    const g = this.grid;
    return [
      ['botPositions', this.botPositions],
      ['botStates', this.botStates],
      ['botLoad', this.botLoad],
      ['botClaim', this.botClaim],
      ['botDelivered', this.botDelivered],
      ['botTarget', this.botTarget],
      ['botTimer', this.botTimer],
      ['siteMineral', this.siteMineral],
      ['siteClaimed', this.siteClaimed],
      ['siteCap', this.siteCap],
      ['siteDepLab', this.look.depLab],
      ['siteDepChalk', this.look.depChalk],
      ['siteThickness', this.siteThickness],
      ['siteLab', this.siteLab],
      ['siteChalk', this.siteChalk],
      ['gridCellSites', g.cellSites],
      ['gridCellOpen', g.cellOpen],
      ['gridSitePos', g.sitePos],
      ['gridOpenCells', g.openCells],
      ['gridOpenCellPos', g.openCellPos],
      ['gridCounts', g.counts],
    ];
  }

  private stateParts(): StateParts {
    const { runKey, stepDt: dt, stepCount: steps, botCount: bots, siteCount: sites, scalars, prng } = this;
    return { runKey, dt, steps, bots, sites, scalars, prng, arrays: this.stateList };
  }

  /** A copy of the whole state as plain data (every typed array owns its buffer, so all can be transferred). */
  snapshot(): EngineSnapshot {
    return takeSnapshot(this.stateParts());
  }

  /**
   * Puts back a snapshot taken from an engine of the same run (same sites and config). Checks everything
   * first and throws an EngineInputError without changing anything when the snapshot does not fit.
   */
  restore(snap: EngineSnapshot): void {
    checkSnapshot(snap, this.stateParts());
    markRecolouredDirty(this.deCache, this.siteLab, snap.arrays['siteLab'] as Float32Array);
    for (const [name, a] of this.stateList) (a as Float64Array).set(snap.arrays[name] as ArrayLike<number>);
    this.grid.restored();
    this.scalars.set(snap.scalars);
    this.prng.set(snap.prng);
    this.stepCount = snap.steps;
    if (snap.dt !== this.stepDt) {
      this.stepDt = snap.dt;
      this.fillStepCaps();
    }
    this.siteStepInc.fill(0);
    this.touchedBits.fill(0);
    this.touchedN = 0;
    // Every block looks at its bots at the next step and works out when it is due again.
    this.lists.wakeAllBlocks();
    this.setAllWorkingPoints();
    this.markAllChanged();
  }

  /** Stable hash of the whole state (run, clock, random state, every array), 16 hex digits. */
  hash(): string {
    return hashState(this.stateParts());
  }
}
