// The nanobot engine: a deterministic, fixed-step simulation of bots rebuilding enamel.
//
// Bots wait in a gel reservoir over the tooth, leave it, find the nearest site that still lacks enamel through
// a spatial index (SiteGrid: never bots × sites), claim part of that site's deficit, travel there, lay the
// mineral down no faster than the site can grow, and return to the gel or go dormant when they are empty.
// Sites fill to their target thickness and stop. A claim system makes this exact: a site is open while the
// mineral already laid plus the mineral claimed is short of what it needs; a bot claims at most what is
// short, so no site is ever overfilled by accident and every claim is laid down in full.
//
// All state is in struct-of-arrays typed arrays allocated in the constructor; `step()` allocates nothing and
// reads no clock. Randomness comes from a seeded sfc32 whose state is part of the snapshot. Time is
// `steps × dt`, never an accumulated float. Mineral is accounted in float64 on both sides: what each bot has
// delivered and what each site has gained are sums of the very same increments.
//
// Speed: the step walks the bots in blocks, in index order, and skips a block whose bots all wait (see
// BLOCK), so its cost follows the bots at work. Methods called per bot take small integers only and numbers
// travel in typed arrays: V8 boxes a double passed to a function it does not inline, or merged with an
// untyped value, on the heap. The ΔE00 of each site is cached and, after a restore, recomputed only for the
// sites whose colour differs, so a seek does not pay CIEDE2000 for the whole tooth.
import {
  buildAnomalyFields,
  type PhaseGains,
  PROTOCOL_PLANS,
  perceivedTarget,
  type ProtocolPlan,
} from './anomalies';
import {
  BOT_SPEED_MM_PER_S,
  BOUNDS_MARGIN_MM,
  DEFAULT_DT,
  EMBED_DEPTH_MM,
  GEL_MAX_MM,
  GEL_MIN_MM,
  GEL_SCATTER_MM,
  GROWTH_RATE_MM_PER_S,
  OPTICAL_DEPTH_MM,
  REDESIGNED_CHECKPOINTS,
  TREATMENT_SECONDS,
  WAKE_DELAY_MIN_S,
  WAKE_DELAY_SPAN_S,
} from './constants';
import { SiteGrid } from './grid';
import { StateHasher } from './hash';
import { type BotKinematics, holdAtSite, moveHome, moveToSite, setWorkingPoint } from './kinematics';
import { HEALTHY_CHALK, HEALTHY_ENAMEL_LAB, WHITE_SPOT_CHALK, WHITE_SPOT_LAB } from './palette';
import { nextFloat, nextFloatInto, seedPrng } from './prng';
import {
  BotState,
  type Checkpoint,
  type DeltaE00,
  type EngineConfig,
  type EngineEvent,
  type EngineEventKind,
  type EngineMetrics,
  type EngineSnapshot,
  GENES,
  type Genotype,
  type SiteField,
} from './types';

// Hot-path copies of imported constants: module-local bindings, so no bundler or loader indirection is paid
// for them inside the per-bot loop.
const RESERVOIR: number = BotState.Reservoir;
const TRAVELLING: number = BotState.Travelling;
const DEPOSITING: number = BotState.Depositing;
const RETURNING: number = BotState.Returning;
const DORMANT: number = BotState.Dormant;
const RECALLED: number = BotState.Recalled;
const SPEED: number = BOT_SPEED_MM_PER_S;
const HEALTHY_L: number = HEALTHY_ENAMEL_LAB[0];
const HEALTHY_A: number = HEALTHY_ENAMEL_LAB[1];
const HEALTHY_B: number = HEALTHY_ENAMEL_LAB[2];

/** Thrown for a config, site field or snapshot the engine cannot use; the message is one line for the user. */
export class EngineInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineInputError';
  }
}

/** Largest bot count accepted (memory: about 60 bytes a bot). */
export const MAX_BOTS = 4_000_000;
/** A deficit thinner than this (mm) counts as none. */
const MIN_DEFICIT_MM = 1e-6;
/** A lesion this deep (mm) or deeper shows the full white-spot colour before treatment. */
const WHITE_SPOT_FULL_DEPTH_MM = 0.25;

const SNAPSHOT_FORMAT = 'tooth-rebirth-engine/1';
/** Indices into the scalar state. */
const S_STOCK = 0;
const S_PHASE = 1;
const S_RECALLED = 2;
const S_NEXT_CHECKPOINT = 3;
const S_LAYER = 4;
const SCALARS = 5;

/** A claim or an open site must exceed this share of the site's need (plus TINY mm³) to count. */
const SLACK = 1e-9;
const TINY = 1e-15;
/** "Not scheduled": a step count no run reaches (and a small integer for the JIT). */
const NEVER = 0x3fffffff;

/** Redesigned bots with nothing to do look again after RETRY_MIN_S + a per-bot share of RETRY_SPAN_S. */
const RETRY_MIN_S = 0.5;
const RETRY_SPAN_S = 2.5;
const GOLDEN = 0.6180339887498949;

const PHASE_TREATMENT = 0;
const PHASE_AFTERMATH = 1;

/**
 * Bots are stepped in blocks of this many, in index order. A block whose bots all wait (in the gel or
 * dormant) until a later step, or are gone, is skipped whole, so the cost of a step follows the bots at work
 * rather than the size of the swarm; the bots at work sit close together in memory, since they leave the gel
 * in index order. Skipping changes nothing: a waiting bot whose time has not come does nothing in a step.
 * Small blocks skip more; large ones cost less to look at.
 */
const BLOCK = 256;
/** `blockDue` of a block with bots under way (travelling, depositing, returning): it works at every step. */
const BUSY = -Infinity;
/**
 * A block with no bot under way looks for the earliest timer of its bots at one step in this many, and is
 * simply due again at the next step otherwise: where bots keep waking (the redesigned bots retrying in the
 * gel) the search would find a timer within a step or two anyway, and it costs a comparison per bot.
 */
const TRACK_EVERY = 4;
/** Indices into the per-step values. */
const V_NOW = 0;
const V_RATE = 1;
const V_STEP_VALUES = 2;

interface ScheduledEvent {
  readonly id: string;
  readonly kind: EngineEventKind;
  readonly checkpointId?: string;
}

type StateArray = Float32Array | Float64Array | Uint32Array | Int32Array | Uint8Array;

export class Engine {
  readonly botCount: number;
  readonly siteCount: number;
  readonly protocol: EngineConfig['protocol'];
  readonly genotype: Genotype;
  readonly seed: number;
  readonly treatmentSeconds: number;
  /** The protocol's pauses, sorted by time (data for the host; they also fire as events). */
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
  private changedN = 0;

  // ---- Bot state ----
  private readonly botLoad: Float64Array;
  private readonly botClaim: Float64Array;
  private readonly botDelivered: Float64Array;
  /** Site the bot works at or lies in (dormant inside the enamel); -1 for none. */
  private readonly botTarget: Int32Array;
  /** Launch time (in the gel) or wake time (dormant in the enamel), simulated seconds. */
  private readonly botTimer: Float64Array;
  /** The movement kernel's view of the bot and site arrays. */
  private readonly kin: BotKinematics;
  /**
   * Per block of BLOCK bots: the earliest timer of its waiting bots (it has nothing to do before then), or
   * BUSY. Derived from the bots' states and timers; not part of the snapshot.
   */
  private readonly blockDue: Float64Array;
  /** Values of the current step (see V_*), kept in a typed array so no double crosses a call. */
  private readonly stepValues = new Float64Array(V_STEP_VALUES);

  // ---- Site state ----
  private readonly siteMineral: Float64Array;
  private readonly siteClaimed: Float64Array;
  /** Mineral the bots believe the site needs in all, mm³ (depends on the phase). */
  private readonly siteCap: Float64Array;
  private readonly siteDepLab: Float32Array;
  private readonly siteDepChalk: Float32Array;

  // ---- Scalars and events ----
  private readonly scalars = new Float64Array(SCALARS);
  private readonly prng = new Uint32Array(4);
  private readonly schedule: readonly ScheduledEvent[];
  private readonly eventFiredStep: Int32Array;
  private readonly checkpointEvent: number;
  private readonly treatmentEndEvent: number;
  private readonly firstWakeEvent: number;
  private readonly recallEvent: number;
  private stepCount = 0;
  private stepDt: number;
  /** Step number events fired during the current step are stamped with (steps after it). */
  private firing = 0;
  /** Step at which the next scheduled change is due (derived from the state; see planSchedule). */
  private nextScheduled = 0;

  // ---- Static, derived from the config and the sites ----
  private readonly sites: SiteField;
  private readonly grid: SiteGrid;
  private readonly plan: ProtocolPlan;
  private readonly botHome: Float32Array;
  /** The site each bot's place in the gel lies over; searches from the gel start there, on the surface. */
  private readonly botHomeSite: Int32Array;
  private readonly botRate: number;
  /** A bot carrying less than this (mm³) counts as empty. */
  private readonly loadEps: number;
  private readonly siteDeficitMm: Float64Array;
  private readonly siteShapeOffset: Float32Array;
  private readonly siteColourDrift: Float32Array;
  private readonly siteChalkDrift: Float32Array;
  private readonly siteLesionLab: Float32Array;
  private readonly siteLesionChalk: Float32Array;
  /** Most mineral a site can take in one step, mm³ (growth-rate cap × area × dt). */
  private readonly siteStepCap: Float64Array;
  private readonly deltaE: DeltaE00;
  private readonly runKey: string;

  // ---- Per-step scratch (always empty between steps) ----
  private readonly siteStepInc: Float64Array;
  private readonly touched: Uint32Array;
  private touchedN = 0;
  private readonly changedFlag: Uint8Array;

  /** The state arrays in a fixed order (snapshot, restore and hash all walk them). */
  private readonly stateList: readonly (readonly [string, StateArray])[];

  // ---- Metrics cache ----
  private readonly siteDeltaE: Float32Array;
  private readonly dirtyFlag: Uint8Array;
  private readonly dirtyList: Uint32Array;
  private dirtyN = 0;

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
    const cps = config.checkpoints ?? (config.protocol === 'redesigned' ? REDESIGNED_CHECKPOINTS : []);
    this.checkpoints = cps
      .map((c, i) => ({ c, i }))
      .sort((p, q) => p.c.time - q.c.time || p.i - q.i)
      .map(({ c }) => ({ id: c.id, time: c.time }));

    // Lesion: sites with a deficit and an area to fill.
    const { positions, normals, targetThickness: target, initialThickness: initial, area } = sites;
    this.siteDeficitMm = new Float64Array(S);
    let lesionCount = 0;
    let lesionArea = 0;
    let deficitVolume = 0;
    for (let s = 0; s < S; s++) {
      const d = target[s]! - initial[s]!;
      if (d > MIN_DEFICIT_MM && area[s]! > 0) {
        this.siteDeficitMm[s] = d;
        lesionCount++;
        lesionArea += area[s]!;
        deficitVolume += d * area[s]!;
      }
    }
    this.lesionSites = new Uint32Array(lesionCount);
    lesionCount = 0;
    for (let s = 0; s < S; s++) if (this.siteDeficitMm[s]! > 0) this.lesionSites[lesionCount++] = s;

    // Randomness, in a fixed order: anomaly fields, then each bot's place in the gel and launch time.
    seedPrng(this.prng, config.seed);
    const fields = buildAnomalyFields(positions, S, this.lesionSites, this.genotype, this.prng);
    this.siteShapeOffset = fields.shapeOffset;
    this.siteColourDrift = fields.colourDrift;
    this.siteChalkDrift = fields.chalkDrift;

    // Sites: current state starts at the initial enamel; colour from the lesion.
    this.siteMineral = new Float64Array(S);
    this.siteClaimed = new Float64Array(S);
    this.siteCap = new Float64Array(S);
    this.siteThickness = new Float32Array(S);
    this.siteLab = new Float32Array(S * 3);
    this.siteChalk = new Float32Array(S);
    this.siteDepLab = new Float32Array(S * 3);
    this.siteDepChalk = new Float32Array(S);
    this.siteLesionLab = new Float32Array(S * 3);
    this.siteLesionChalk = new Float32Array(S);
    this.siteStepCap = new Float64Array(S);
    this.siteStepInc = new Float64Array(S);
    this.touched = new Uint32Array(S);
    this.changedSites = new Uint32Array(S);
    this.changedFlag = new Uint8Array(S);
    this.siteDeltaE = new Float32Array(S);
    this.dirtyFlag = new Uint8Array(S);
    this.dirtyList = new Uint32Array(S);
    const [hl, ha, hb] = HEALTHY_ENAMEL_LAB;
    for (let s = 0; s < S; s++) {
      this.siteThickness[s] = initial[s]!;
      this.siteDepLab[s * 3] = hl;
      this.siteDepLab[s * 3 + 1] = ha;
      this.siteDepLab[s * 3 + 2] = hb;
      this.siteDepChalk[s] = HEALTHY_CHALK;
      const d = this.siteDeficitMm[s]!;
      let f = 0;
      if (d > 0) f = Math.min(1, d / WHITE_SPOT_FULL_DEPTH_MM);
      if (sites.initialLab) {
        this.siteLesionLab[s * 3] = sites.initialLab[s * 3]!;
        this.siteLesionLab[s * 3 + 1] = sites.initialLab[s * 3 + 1]!;
        this.siteLesionLab[s * 3 + 2] = sites.initialLab[s * 3 + 2]!;
      } else {
        this.siteLesionLab[s * 3] = hl + f * (WHITE_SPOT_LAB[0] - hl);
        this.siteLesionLab[s * 3 + 1] = ha + f * (WHITE_SPOT_LAB[1] - ha);
        this.siteLesionLab[s * 3 + 2] = hb + f * (WHITE_SPOT_LAB[2] - hb);
      }
      this.siteLesionChalk[s] = HEALTHY_CHALK + f * (WHITE_SPOT_CHALK - HEALTHY_CHALK);
      this.refreshSiteLook(s);
    }
    this.fillStepCaps();

    // What the bots will build this treatment, and the dose prepared for it.
    let perceivedVolume = 0;
    this.applyPerceivedCaps(this.plan.treatment, 1);
    for (let j = 0; j < this.lesionSites.length; j++) perceivedVolume += this.siteCap[this.lesionSites[j]!]!;
    this.applyPerceivedCaps(this.plan.treatment, this.layerFraction(0));
    this.dose = this.plan.embedsSurplus
      ? this.plan.doseFactor * deficitVolume + this.plan.surplusMm * lesionArea
      : this.plan.doseFactor * perceivedVolume + this.plan.surplusMm * lesionArea;
    this.botCapacity = this.dose / (N * this.plan.tripsPerBot);
    this.botRate = this.botCapacity / this.plan.depositSeconds;
    this.loadEps = this.botCapacity * 1e-12;

    // Spatial index over the lesion; every site with work to claim starts open.
    this.grid = new SiteGrid(positions, S, this.lesionSites, lesionArea);
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
    this.blockDue = new Float64Array(Math.ceil(N / BLOCK)).fill(BUSY);
    const pool = this.lesionSites.length > 0 ? this.lesionSites : allSites(S);
    const cumulative = new Float64Array(pool.length);
    let acc = 0;
    for (let j = 0; j < pool.length; j++) {
      const s = pool[j]!;
      acc += this.lesionSites.length > 0 ? this.siteDeficitMm[s]! * area[s]! : 1;
      cumulative[j] = acc;
    }
    const launchSpan = this.plan.launchEnd - this.plan.launchStart;
    for (let b = 0; b < N; b++) {
      const s = pool[upperBound(cumulative, nextFloat(this.prng) * acc)]!;
      this.botHomeSite[b] = s;
      const gel = GEL_MIN_MM + (GEL_MAX_MM - GEL_MIN_MM) * nextFloat(this.prng);
      const jx = (2 * nextFloat(this.prng) - 1) * GEL_SCATTER_MM;
      const jy = (2 * nextFloat(this.prng) - 1) * GEL_SCATTER_MM;
      const jz = (2 * nextFloat(this.prng) - 1) * GEL_SCATTER_MM;
      const hx = positions[s * 3]! + normals[s * 3]! * gel + jx;
      const hy = positions[s * 3 + 1]! + normals[s * 3 + 1]! * gel + jy;
      const hz = positions[s * 3 + 2]! + normals[s * 3 + 2]! * gel + jz;
      this.botHome[b * 3] = this.botPositions[b * 3] = hx;
      this.botHome[b * 3 + 1] = this.botPositions[b * 3 + 1] = hy;
      this.botHome[b * 3 + 2] = this.botPositions[b * 3 + 2] = hz;
      this.botTimer[b] = this.plan.launchStart + launchSpan * ((b + nextFloat(this.prng)) / N);
      this.botStates[b] = RESERVOIR;
    }
    if (this.plan.tripsPerBot === 1) this.botLoad.fill(this.botCapacity);
    else this.scalars[S_STOCK] = this.dose;
    this.scalars[S_PHASE] = PHASE_TREATMENT;

    this.bounds = computeBounds(sites);
    this.kin = {
      positions: this.botPositions,
      states: this.botStates,
      targets: this.botTarget,
      homes: this.botHome,
      siteGoals: new Float64Array(S * 3),
      reach: new Float64Array(1),
    };
    this.setAllWorkingPoints();

    // Events: the protocol's checkpoints, then the fixed ones.
    const schedule: ScheduledEvent[] = this.checkpoints.map((c) => ({
      id: `checkpoint:${c.id}`,
      kind: 'checkpoint' as const,
      checkpointId: c.id,
    }));
    this.checkpointEvent = 0;
    this.treatmentEndEvent = schedule.push({ id: 'treatment-end', kind: 'treatment-end' }) - 1;
    this.firstWakeEvent = schedule.push({ id: 'first-wake', kind: 'first-wake' }) - 1;
    this.recallEvent = schedule.push({ id: 'recall-complete', kind: 'recall-complete' }) - 1;
    this.schedule = schedule;
    this.eventFiredStep = new Int32Array(schedule.length).fill(-1);
    this.fireCheckpoints();
    this.planSchedule();

    this.runKey = makeRunKey(
      config,
      this.genotype,
      this.stepDt,
      this.treatmentSeconds,
      this.checkpoints,
      sites,
    );
    this.stateList = this.listStateArrays();
    this.markAllChanged();
    this.markAllDirty();
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
  // Step

  /**
   * Advances the simulation by one fixed step `dt`. Allocates nothing: every number lives in a typed array or
   * a local, and the methods called per bot take small integers only.
   */
  step(): void {
    const now = this.stepCount * this.stepDt;
    this.firing = this.stepCount + 1;
    this.stepValues[V_NOW] = now;
    this.stepValues[V_RATE] = this.botRate * this.stepDt;
    this.kin.reach[0] = SPEED * this.stepDt;
    const due = this.blockDue;
    const phase = this.stepCount % TRACK_EVERY;
    for (let blk = 0; blk < due.length; blk++) {
      if (now < due[blk]!) continue;
      this.stepBlock(blk, (blk + phase) % TRACK_EVERY === 0);
    }

    this.finishTouchedSites();
    this.stepCount++;
    // Scheduled changes (layers, end of treatment, checkpoints) are found by an integer comparison, so the
    // common step does no float work outside the bot loop.
    if (this.stepCount >= this.nextScheduled) this.runSchedule();
  }

  /**
   * Steps the bots of block `blk`, then notes when the block next has anything to do (blockDue): at every
   * step while a bot is under way; else, when `track`, at the earliest timer of its bots; else at the next
   * step (see TRACK_EVERY).
   */
  private stepBlock(blk: number, track: boolean): void {
    const from = blk * BLOCK;
    const to = Math.min(from + BLOCK, this.botCount);
    const kin = this.kin;
    const states = this.botStates;
    const timer = this.botTimer;
    const target = this.botTarget;
    const load = this.botLoad;
    const claim = this.botClaim;
    const delivered = this.botDelivered;
    const mineral = this.siteMineral;
    const claimed = this.siteClaimed;
    const stepCap = this.siteStepCap;
    const stepInc = this.siteStepInc;
    const now = this.stepValues[V_NOW]!;
    const rate = this.stepValues[V_RATE]!;
    const treatment = this.scalars[S_PHASE] === PHASE_TREATMENT;
    let busy = false;
    for (let b = from; b < to; b++) {
      const st = states[b]!;
      if (st === RESERVOIR) {
        const t = timer[b]!;
        if (!treatment || now < t) continue;
        this.launch(b);
      } else if (st === DORMANT) {
        const t = timer[b]!;
        if (now < t) continue;
        this.wake(b);
      } else if (st === RECALLED) {
        continue;
      } else if (st === TRAVELLING) {
        if (moveToSite(kin, b) === 1) {
          if (claim[b]! > 0) states[b] = DEPOSITING;
          else this.afterClaim(b, target[b]!);
        }
      } else if (st === DEPOSITING) {
        holdAtSite(kin, b);
        const k = target[b]!;
        const room = stepCap[k]! - stepInc[k]!;
        let amount = claim[b]!;
        if (rate < amount) amount = rate;
        if (room < amount) amount = room;
        if (amount > 0) {
          claim[b] = claim[b]! - amount;
          load[b] = load[b]! - amount;
          delivered[b] = delivered[b]! + amount;
          claimed[k] = claimed[k]! - amount;
          mineral[k] = mineral[k]! + amount;
          if (stepInc[k] === 0) this.touched[this.touchedN++] = k;
          stepInc[k] = stepInc[k]! + amount;
        }
        if (claim[b] === 0) this.afterClaim(b, k);
      } else if (moveHome(kin, b) === 1) {
        this.arriveHome(b); // was returning, and is home
      }
      // The bot was under way or has just acted: is it under way now?
      const after = states[b]!;
      if (after === TRAVELLING || after === DEPOSITING || after === RETURNING) busy = true;
    }
    if (busy) this.blockDue[blk] = BUSY;
    else if (track) this.noteEarliestTimer(blk, from, to);
    else this.blockDue[blk] = now; // due again at the next step
  }

  /**
   * Notes in blockDue the earliest timer of the block's bots, none of which is under way (the gone ones'
   * timers are infinite; any timer would only make the block look again sooner). A pass of its own: kept
   * in the stepping loop, the running minimum slowed every step down more than this second look at bots
   * whose timers are in the cache.
   */
  private noteEarliestTimer(blk: number, from: number, to: number): void {
    const timer = this.botTimer;
    let due = Infinity;
    for (let b = from; b < to; b++) {
      const t = timer[b]!;
      if (t < due) due = t;
    }
    this.blockDue[blk] = due;
  }

  /** First step whose time (steps × dt) reaches `time`, within a nanosecond. */
  private stepAt(time: number): number {
    let n = Math.max(0, Math.round(time / this.stepDt));
    while (n * this.stepDt < time - 1e-9) n++;
    while (n > 0 && (n - 1) * this.stepDt >= time - 1e-9) n--;
    return n;
  }

  /** Applies what is due at this step, then finds the step of the next scheduled change. */
  private runSchedule(): void {
    const t = this.stepCount * this.stepDt;
    if (this.scalars[S_PHASE] === PHASE_TREATMENT) this.advanceLayer(t);
    if (this.scalars[S_PHASE] === PHASE_TREATMENT && t >= this.treatmentSeconds - 1e-9) this.endTreatment();
    this.fireCheckpoints();
    this.planSchedule();
  }

  private planSchedule(): void {
    let next = NEVER;
    if (this.scalars[S_PHASE] === PHASE_TREATMENT) {
      next = Math.min(next, this.stepAt(this.treatmentSeconds));
      const layer = this.scalars[S_LAYER]!;
      const starts = this.plan.layerStarts;
      if (layer + 1 < starts.length) next = Math.min(next, this.stepAt(starts[layer + 1]!));
    }
    const cp = this.scalars[S_NEXT_CHECKPOINT]!;
    if (cp < this.checkpoints.length) next = Math.min(next, this.stepAt(this.checkpoints[cp]!.time));
    this.nextScheduled = Math.max(next, this.stepCount + 1);
  }

  /** Opens or closes site s in the index according to the work left to claim. */
  private updateOpen(s: number): void {
    const room = this.siteCap[s]! - this.siteMineral[s]! - this.siteClaimed[s]!;
    if (room > this.siteCap[s]! * SLACK + TINY) this.grid.open(s);
    else this.grid.close(s);
  }

  /**
   * Finds the open site nearest to bot b and claims what it can carry there. Bots at the surface search from
   * where they are; bots in the gel search from the site their place lies over (a point on the surface, so
   * the search starts among sites rather than in the empty cells of the gel).
   */
  private seekAndClaim(b: number): boolean {
    const p = this.botStates[b] === RESERVOIR ? this.sites.positions : this.botPositions;
    const at = this.botStates[b] === RESERVOIR ? this.botHomeSite[b]! : b;
    for (;;) {
      const k = this.grid.nearestTo(p, at, true);
      if (k < 0) return false;
      const room = this.siteCap[k]! - this.siteMineral[k]! - this.siteClaimed[k]!;
      const slack = this.siteCap[k]! * SLACK + TINY;
      if (room <= slack) {
        this.grid.close(k);
        continue;
      }
      const amount = Math.min(this.botLoad[b]!, room);
      this.siteClaimed[k] = this.siteClaimed[k]! + amount;
      this.botClaim[b] = amount;
      this.botTarget[b] = k;
      this.botStates[b] = TRAVELLING;
      if (room - amount <= slack) this.grid.close(k);
      return true;
    }
  }

  private launch(b: number): void {
    if (this.plan.tripsPerBot > 1) {
      // Redesigned: load from the gel only when there is work to claim.
      const stock = this.scalars[S_STOCK]!;
      if (this.grid.openCount === 0 || stock <= 0) {
        // Nothing to do now: look again later, each bot at its own moment, so that when the next layer
        // opens the bots leave the gel over a few seconds rather than all in one step.
        // The fractional part of b × GOLDEN: x - floor(x) is exactly x % 1 for x >= 0, without the call
        // to the C library that `%` on doubles costs.
        const spread = b * GOLDEN;
        this.botTimer[b] =
          this.stepValues[V_NOW]! + RETRY_MIN_S + RETRY_SPAN_S * (spread - Math.floor(spread));
        return;
      }
      const take = Math.min(this.botCapacity, stock);
      this.scalars[S_STOCK] = stock - take;
      this.botLoad[b] = this.botLoad[b]! + take;
      if (!this.seekAndClaim(b)) {
        this.scalars[S_STOCK] = this.scalars[S_STOCK]! + this.botLoad[b]!;
        this.botLoad[b] = 0;
      }
      return;
    }
    // Original: every bot leaves with its load at its launch time, whether or not work is left.
    if (this.seekAndClaim(b)) return;
    const k = this.grid.nearestTo(this.sites.positions, this.botHomeSite[b]!, false);
    if (k < 0) {
      this.botTimer[b] = Infinity; // No lesion at all: nothing to do, ever.
      return;
    }
    this.botTarget[b] = k;
    this.botClaim[b] = 0;
    this.botStates[b] = TRAVELLING;
  }

  /** Bot b has finished its claim at site k (or arrived with none): find more work, or stop. */
  private afterClaim(b: number, k: number): void {
    const hasLoad = this.botLoad[b]! > this.loadEps;
    if (hasLoad && this.seekAndClaim(b)) return;
    if (this.scalars[S_PHASE] === PHASE_AFTERMATH) {
      this.embed(b, k, false);
    } else if (hasLoad && this.plan.embedsSurplus) {
      this.embed(b, k, true);
    } else {
      this.botTarget[b] = -1;
      this.botStates[b] = RETURNING;
    }
  }

  /**
   * Bot b settles inside the enamel at site k and lies dormant: until a wake time drawn after the end of
   * the treatment when `wakes`, else for good.
   */
  private embed(b: number, k: number, wakes: boolean): void {
    const timer = this.botTimer;
    if (wakes) {
      nextFloatInto(this.prng, timer, b);
      timer[b] = this.treatmentSeconds + WAKE_DELAY_MIN_S + WAKE_DELAY_SPAN_S * timer[b]!;
    } else {
      timer[b] = Infinity;
    }
    const sitePos = this.sites.positions;
    const nrm = this.sites.normals;
    const lift = this.siteThickness[k]! - this.sites.targetThickness[k]! - EMBED_DEPTH_MM;
    this.botPositions[b * 3] = sitePos[k * 3]! + nrm[k * 3]! * lift;
    this.botPositions[b * 3 + 1] = sitePos[k * 3 + 1]! + nrm[k * 3 + 1]! * lift;
    this.botPositions[b * 3 + 2] = sitePos[k * 3 + 2]! + nrm[k * 3 + 2]! * lift;
    this.botTarget[b] = k;
    this.botClaim[b] = 0;
    this.botStates[b] = DORMANT;
  }

  private wake(b: number): void {
    if (this.botTarget[b]! < 0) {
      this.botTimer[b] = Infinity;
      return;
    }
    if (this.eventFiredStep[this.firstWakeEvent]! < 0) this.eventFiredStep[this.firstWakeEvent] = this.firing;
    if (this.botLoad[b]! > this.loadEps && this.seekAndClaim(b)) return;
    this.botTimer[b] = Infinity;
  }

  private arriveHome(b: number): void {
    if (this.scalars[S_PHASE] === PHASE_AFTERMATH) {
      this.recall(b);
      return;
    }
    this.botTarget[b] = -1;
    if (this.plan.tripsPerBot > 1) {
      // Redesigned: unload, and wait in the gel for work while the gel still holds mineral.
      this.scalars[S_STOCK] = this.scalars[S_STOCK]! + this.botLoad[b]!;
      this.botLoad[b] = 0;
      if (this.scalars[S_STOCK]! > 0) {
        this.botStates[b] = RESERVOIR;
        this.botTimer[b] = this.stepValues[V_NOW]!;
        return;
      }
    }
    this.botTimer[b] = Infinity;
    this.botStates[b] = DORMANT;
  }

  /** Bot b leaves the tooth for good; what it carries goes back with the gel. */
  private recall(b: number): void {
    if (this.plan.recallsAll) {
      this.scalars[S_STOCK] = this.scalars[S_STOCK]! + this.botLoad[b]!;
      this.botLoad[b] = 0;
    }
    this.botTarget[b] = -1;
    this.botTimer[b] = Infinity;
    this.botStates[b] = RECALLED;
    this.botPositions[b * 3] = this.botHome[b * 3]!;
    this.botPositions[b * 3 + 1] = this.botHome[b * 3 + 1]!;
    this.botPositions[b * 3 + 2] = this.botHome[b * 3 + 2]!;
    this.scalars[S_RECALLED] = this.scalars[S_RECALLED]! + 1;
    if (this.scalars[S_RECALLED] === this.botCount && this.plan.recallsAll) {
      this.eventFiredStep[this.recallEvent] = this.firing;
    }
  }

  /** The treatment ends: the gel comes off. */
  private endTreatment(): void {
    this.scalars[S_PHASE] = PHASE_AFTERMATH;
    this.eventFiredStep[this.treatmentEndEvent] = this.firing;
    for (let b = 0; b < this.botCount; b++) {
      const st = this.botStates[b]!;
      const k = this.botTarget[b]!;
      if (st === TRAVELLING || st === DEPOSITING) {
        this.siteClaimed[k] = this.siteClaimed[k]! - this.botClaim[b]!;
        this.botClaim[b] = 0;
        if (this.plan.embedsSurplus && this.botLoad[b]! > 0) this.embed(b, k, true);
        else if (this.plan.recallsAll) {
          this.botTarget[b] = -1;
          this.botStates[b] = RETURNING;
        } else this.recall(b);
      } else if (st === RESERVOIR || st === RETURNING) {
        if (st === RETURNING && this.plan.recallsAll) continue; // recalled on arrival
        this.recall(b);
      } else if (st === DORMANT && k < 0) {
        this.recall(b);
      }
    }
    // From now on the bots that remain read the site with the aftermath's gains.
    this.applyPerceivedCaps(this.plan.aftermath, 1);
    for (let s = 0; s < this.siteCount; s++) this.siteClaimed[s] = 0;
    for (let j = 0; j < this.lesionSites.length; j++) this.updateOpen(this.lesionSites[j]!);
    if (this.plan.recallsAll) {
      for (let j = 0; j < this.lesionSites.length; j++) this.grid.close(this.lesionSites[j]!);
    }
    // Bots changed state outside their blocks: every block looks again at the next step.
    this.blockDue.fill(BUSY);
  }

  /** Share of the rebuild allowed in layer i (of the protocol's layers). */
  private layerFraction(i: number): number {
    return Math.min(1, (i + 1) / this.plan.layerStarts.length);
  }

  /** Starts the next layers of the rebuild whose start time has come: more work opens up. */
  private advanceLayer(t: number): void {
    const starts = this.plan.layerStarts;
    let layer = this.scalars[S_LAYER]!;
    if (layer + 1 >= starts.length || starts[layer + 1]! > t + 1e-9) return;
    while (layer + 1 < starts.length && starts[layer + 1]! <= t + 1e-9) layer++;
    this.scalars[S_LAYER] = layer;
    this.applyPerceivedCaps(this.plan.treatment, this.layerFraction(layer));
    for (let j = 0; j < this.lesionSites.length; j++) this.updateOpen(this.lesionSites[j]!);
  }

  /** Sets what each lesion site needs in all, as the bots see it, for this phase and share of the rebuild. */
  private applyPerceivedCaps(gains: PhaseGains, fraction: number): void {
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

  /** Applies this step's deposits to thickness and colour of every site that received mineral. */
  private finishTouchedSites(): void {
    if (this.touchedN === 0) return;
    // Colour gain of the mineral laid down now (the phase's).
    const gain =
      this.scalars[S_PHASE] === PHASE_TREATMENT ? this.plan.treatment.colour : this.plan.aftermath.colour;
    const hl = HEALTHY_L;
    const ha = HEALTHY_A;
    const hb = HEALTHY_B;
    const area = this.sites.area;
    const target = this.sites.targetThickness;
    const thickness = this.siteThickness;
    for (let j = 0; j < this.touchedN; j++) {
      const s = this.touched[j]!;
      const inc = this.siteStepInc[s]! / area[s]!;
      this.siteStepInc[s] = 0;
      // A layer of thickness h hides (1 - e^(-h/d)) of the colour beneath; layers compose exactly, so the
      // colour does not depend on how the mineral was split between bots or steps.
      const alpha = 1 - Math.exp(-inc / OPTICAL_DEPTH_MM);
      const dl = this.siteDepLab;
      let l = hl + gain * this.siteColourDrift[s * 3]!;
      if (l < 0) l = 0;
      else if (l > 100) l = 100;
      dl[s * 3] = dl[s * 3]! + (l - dl[s * 3]!) * alpha;
      dl[s * 3 + 1] =
        dl[s * 3 + 1]! + (ha + gain * this.siteColourDrift[s * 3 + 1]! - dl[s * 3 + 1]!) * alpha;
      dl[s * 3 + 2] =
        dl[s * 3 + 2]! + (hb + gain * this.siteColourDrift[s * 3 + 2]! - dl[s * 3 + 2]!) * alpha;
      let c = HEALTHY_CHALK + gain * this.siteChalkDrift[s]!;
      if (c > 1) c = 1;
      this.siteDepChalk[s] = this.siteDepChalk[s]! + (c - this.siteDepChalk[s]!) * alpha;
      this.refreshSiteLook(s);
      setWorkingPoint(this.kin.siteGoals, s, this.sites.positions, this.sites.normals, target, thickness);
      this.markChanged(s);
    }
    this.touchedN = 0;
  }

  private setAllWorkingPoints(): void {
    const { positions, normals, targetThickness } = this.sites;
    for (let s = 0; s < this.siteCount; s++) {
      setWorkingPoint(this.kin.siteGoals, s, positions, normals, targetThickness, this.siteThickness);
    }
  }

  /** Recomputes the published thickness, colour and chalkiness of site s from its state. */
  private refreshSiteLook(s: number): void {
    const area = this.sites.area[s]!;
    const laid = area > 0 ? this.siteMineral[s]! / area : 0;
    this.siteThickness[s] = this.sites.initialThickness[s]! + laid;
    // The lesion's porous, chalky look fades as its deficit is filled.
    const d = this.siteDeficitMm[s]!;
    let w = d > 0 ? 1 - laid / d : 0;
    if (w < 0) w = 0;
    const v = 1 - w;
    const ll = this.siteLesionLab;
    const dl = this.siteDepLab;
    if (d > 0 || laid > 0) {
      this.siteLab[s * 3] = w * ll[s * 3]! + v * dl[s * 3]!;
      this.siteLab[s * 3 + 1] = w * ll[s * 3 + 1]! + v * dl[s * 3 + 1]!;
      this.siteLab[s * 3 + 2] = w * ll[s * 3 + 2]! + v * dl[s * 3 + 2]!;
      this.siteChalk[s] = w * this.siteLesionChalk[s]! + v * this.siteDepChalk[s]!;
    } else {
      this.siteLab[s * 3] = ll[s * 3]!;
      this.siteLab[s * 3 + 1] = ll[s * 3 + 1]!;
      this.siteLab[s * 3 + 2] = ll[s * 3 + 2]!;
      this.siteChalk[s] = this.siteLesionChalk[s]!;
    }
  }

  private markChanged(s: number): void {
    if (this.changedFlag[s] === 0) {
      this.changedFlag[s] = 1;
      this.changedSites[this.changedN++] = s;
    }
    if (this.dirtyFlag[s] === 0) {
      this.dirtyFlag[s] = 1;
      this.dirtyList[this.dirtyN++] = s;
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

  /** Every site's ΔE00 is recomputed at the next `metrics()`. */
  private markAllDirty(): void {
    for (let s = 0; s < this.siteCount; s++) {
      this.dirtyFlag[s] = 1;
      this.dirtyList[s] = s;
    }
    this.dirtyN = this.siteCount;
  }

  /**
   * Before `restore` overwrites the colours: marks the sites whose colour is about to change, so their ΔE00
   * is recomputed. A site's ΔE00 depends on its colour alone, so every other cached value stays exact, and
   * seeking costs CIEDE2000 only for the sites that differ between the two moments.
   */
  private markRecolouredDirty(lab: Float32Array): void {
    const own = this.siteLab;
    for (let s = 0; s < this.siteCount; s++) {
      if (this.dirtyFlag[s] === 1) continue;
      const i = s * 3;
      if (own[i] !== lab[i] || own[i + 1] !== lab[i + 1] || own[i + 2] !== lab[i + 2]) {
        this.dirtyFlag[s] = 1;
        this.dirtyList[this.dirtyN++] = s;
      }
    }
  }

  private fireCheckpoints(): void {
    const t = this.stepCount * this.stepDt;
    let next = this.scalars[S_NEXT_CHECKPOINT]!;
    while (next < this.checkpoints.length && this.checkpoints[next]!.time <= t + 1e-9) {
      this.eventFiredStep[this.checkpointEvent + next] = this.stepCount;
      next++;
    }
    this.scalars[S_NEXT_CHECKPOINT] = next;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Events, metrics, snapshot, hash

  /** Events fired so far, in the order they fired. */
  events(): readonly EngineEvent[] {
    const out: EngineEvent[] = [];
    const order: number[] = [];
    for (let i = 0; i < this.schedule.length; i++) if (this.eventFiredStep[i]! >= 0) order.push(i);
    order.sort((a, b) => this.eventFiredStep[a]! - this.eventFiredStep[b]! || a - b);
    for (const i of order) {
      const e = this.schedule[i]!;
      const step = this.eventFiredStep[i]!;
      const ev: EngineEvent = { id: e.id, kind: e.kind, step, time: step * this.stepDt };
      out.push(e.checkpointId === undefined ? ev : { ...ev, checkpointId: e.checkpointId });
    }
    return out;
  }

  /** Number of events fired so far (cheap to poll after each step). */
  get eventCount(): number {
    let n = 0;
    for (let i = 0; i < this.eventFiredStep.length; i++) if (this.eventFiredStep[i]! >= 0) n++;
    return n;
  }

  /** ΔE00 of site s against healthy enamel (cached; updated for changed sites by `metrics()`). */
  siteDeltaE00(s: number): number {
    this.refreshDeltaE();
    return this.siteDeltaE[s]!;
  }

  private refreshDeltaE(): void {
    const [hl, ha, hb] = HEALTHY_ENAMEL_LAB;
    const lab = this.siteLab;
    for (let j = 0; j < this.dirtyN; j++) {
      const s = this.dirtyList[j]!;
      this.dirtyFlag[s] = 0;
      this.siteDeltaE[s] = this.deltaE(lab[s * 3]!, lab[s * 3 + 1]!, lab[s * 3 + 2]!, hl, ha, hb);
    }
    this.dirtyN = 0;
  }

  metrics(): EngineMetrics {
    this.refreshDeltaE();
    const area = this.sites.area;
    const initial = this.sites.initialThickness;
    const target = this.sites.targetThickness;
    let restored = 0;
    let deficit = 0;
    let deSum = 0;
    let deMax = 0;
    let devSum = 0;
    let devMax = 0;
    const L = this.lesionSites.length;
    for (let j = 0; j < L; j++) {
      const s = this.lesionSites[j]!;
      const need = this.siteDeficitMm[s]! * area[s]!;
      const laid = this.siteMineral[s]!;
      deficit += need;
      restored += Math.min(laid, need);
      const de = this.siteDeltaE[s]!;
      deSum += de;
      if (de > deMax) deMax = de;
      const dev = Math.abs(initial[s]! + laid / area[s]! - target[s]!);
      devSum += dev;
      if (dev > devMax) devMax = dev;
    }
    let deposited = 0;
    for (let s = 0; s < this.siteCount; s++) deposited += this.siteMineral[s]!;
    let delivered = 0;
    let carried = 0;
    const counts = [0, 0, 0, 0, 0, 0];
    for (let b = 0; b < this.botCount; b++) {
      delivered += this.botDelivered[b]!;
      carried += this.botLoad[b]!;
      counts[this.botStates[b]!]!++;
    }
    return {
      steps: this.stepCount,
      time: this.time,
      bots: this.botCount,
      sites: this.siteCount,
      restoredFraction: deficit > 0 ? restored / deficit : 1,
      deltaE00: { mean: L > 0 ? deSum / L : 0, max: deMax },
      shapeDeviationMm: { mean: L > 0 ? devSum / L : 0, max: devMax },
      mineralDelivered: delivered,
      mineralDeposited: deposited,
      botsByState: {
        reservoir: counts[RESERVOIR]!,
        travelling: counts[TRAVELLING]!,
        depositing: counts[DEPOSITING]!,
        returning: counts[RETURNING]!,
        dormant: counts[DORMANT]!,
        recalled: counts[RECALLED]!,
      },
      mineralDose: this.dose,
      mineralInReservoir: this.scalars[S_STOCK]!,
      mineralCarried: carried,
      lesionSites: L,
    };
  }

  /** The mutable state, in a fixed order (snapshot, restore and hash all walk it). */
  private listStateArrays(): readonly (readonly [string, StateArray])[] {
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
      ['siteDepLab', this.siteDepLab],
      ['siteDepChalk', this.siteDepChalk],
      ['siteThickness', this.siteThickness],
      ['siteLab', this.siteLab],
      ['siteChalk', this.siteChalk],
      ['gridCellSites', g.cellSites],
      ['gridCellOpen', g.cellOpen],
      ['gridSitePos', g.sitePos],
      ['gridOpenCells', g.openCells],
      ['gridOpenCellPos', g.openCellPos],
      ['gridCounts', g.counts],
      ['eventFiredStep', this.eventFiredStep],
    ];
  }

  /** A copy of the whole state as plain data (every typed array owns its buffer, so all can be transferred). */
  snapshot(): EngineSnapshot {
    const arrays: Record<string, StateArray> = {};
    for (const [name, a] of this.stateList) arrays[name] = a.slice();
    return {
      format: SNAPSHOT_FORMAT,
      runKey: this.runKey,
      dt: this.stepDt,
      steps: this.stepCount,
      bots: this.botCount,
      sites: this.siteCount,
      scalars: this.scalars.slice(),
      prng: this.prng.slice(),
      arrays,
    };
  }

  /**
   * Puts back a snapshot taken from an engine of the same run (same sites and config). Checks everything
   * first and throws an EngineInputError without changing anything when the snapshot does not fit.
   */
  restore(snap: EngineSnapshot): void {
    const fail = (why: string): never => {
      throw new EngineInputError(`Cannot restore this engine state: ${why}.`);
    };
    if (snap === null || typeof snap !== 'object') fail('it is not a snapshot');
    if (snap.format !== SNAPSHOT_FORMAT) fail(`unknown format ${String(snap.format)}`);
    if (snap.runKey !== this.runKey)
      fail('it belongs to another run (other sites, seed, protocol or genotype)');
    if (snap.bots !== this.botCount || snap.sites !== this.siteCount) fail('bot or site counts differ');
    if (!(typeof snap.dt === 'number' && snap.dt > 0 && Number.isFinite(snap.dt)))
      fail('its time step is invalid');
    if (!(Number.isInteger(snap.steps) && snap.steps >= 0)) fail('its step count is invalid');
    if (!(snap.scalars instanceof Float64Array) || snap.scalars.length !== SCALARS)
      fail('scalars are missing');
    if (!(snap.prng instanceof Uint32Array) || snap.prng.length !== 4) fail('random state is missing');
    if (snap.arrays === null || typeof snap.arrays !== 'object') fail('arrays are missing');
    const own = this.stateList;
    for (const [name, a] of own) {
      const b = snap.arrays[name];
      if (b === undefined || b.constructor !== a.constructor || b.length !== a.length)
        fail(`${name} does not fit`);
    }
    this.markRecolouredDirty(snap.arrays['siteLab'] as Float32Array);
    for (const [name, a] of own) (a as Float64Array).set(snap.arrays[name] as ArrayLike<number>);
    this.scalars.set(snap.scalars);
    this.prng.set(snap.prng);
    this.stepCount = snap.steps;
    if (snap.dt !== this.stepDt) {
      this.stepDt = snap.dt;
      this.fillStepCaps();
    }
    this.planSchedule();
    for (let j = 0; j < this.touchedN; j++) this.siteStepInc[this.touched[j]!] = 0;
    this.touchedN = 0;
    // Every block looks at its bots at the next step and works out when it is due again.
    this.blockDue.fill(BUSY);
    this.setAllWorkingPoints();
    this.markAllChanged();
  }

  /** Stable hash of the whole state (run, clock, random state, every array), 16 hex digits. */
  hash(): string {
    const h = new StateHasher();
    h.text(this.runKey).number(this.stepDt).number(this.stepCount).array(this.scalars).array(this.prng);
    for (const [name, a] of this.stateList) h.text(name).array(a);
    return h.digest();
  }
}

// -------------------------------------------------------------------------------------------------------------
// Helpers

function allSites(n: number): Uint32Array {
  const a = new Uint32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

/** First index j with cumulative[j] > x (clamped to the last). */
function upperBound(cumulative: Float64Array, x: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function computeBounds(sites: SiteField): Float32Array {
  let maxT = 0;
  const b = new Float32Array([Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity]);
  for (let s = 0; s < sites.count; s++) {
    for (let k = 0; k < 3; k++) {
      const v = sites.positions[s * 3 + k]!;
      if (v < b[k]!) b[k] = v;
      if (v > b[k + 3]!) b[k + 3] = v;
    }
    if (sites.targetThickness[s]! > maxT) maxT = sites.targetThickness[s]!;
  }
  const m = BOUNDS_MARGIN_MM + maxT;
  for (let k = 0; k < 3; k++) {
    b[k] = b[k]! - m;
    b[k + 3] = b[k + 3]! + m;
  }
  return b;
}

function normaliseGenotype(g: Genotype): Genotype {
  const out: Partial<Record<(typeof GENES)[number], number>> = {};
  for (const gene of GENES) {
    const s = g[gene];
    if (s !== undefined && s > 0) out[gene] = s;
  }
  return out;
}

function makeRunKey(
  config: EngineConfig,
  genotype: Genotype,
  dt: number,
  treatment: number,
  checkpoints: readonly Checkpoint[],
  sites: SiteField,
): string {
  const h = new StateHasher();
  h.array(sites.positions).array(sites.normals).array(sites.targetThickness).array(sites.initialThickness);
  h.array(sites.area);
  if (sites.initialLab) h.array(sites.initialLab);
  const genes = GENES.map((g) => `${g}=${genotype[g] ?? 0}`).join(',');
  const cps = checkpoints.map((c) => `${c.id}@${c.time}`).join(',');
  return `${config.protocol}|seed=${config.seed}|bots=${config.bots}|dt=${dt}|treatment=${treatment}|${genes}|${cps}|sites=${sites.count}:${h.digest()}`;
}

function checkArray(name: string, a: unknown, length: number): void {
  if (!(a instanceof Float32Array)) throw new EngineInputError(`Site field: ${name} must be a Float32Array.`);
  if (a.length !== length)
    throw new EngineInputError(`Site field: ${name} has ${a.length} values, expected ${length}.`);
  for (let i = 0; i < a.length; i++) {
    if (!Number.isFinite(a[i]!))
      throw new EngineInputError(`Site field: ${name}[${i}] is not a finite number.`);
  }
}

export function validateSites(sites: SiteField): void {
  if (sites === null || typeof sites !== 'object') throw new EngineInputError('Site field: missing.');
  const n = sites.count;
  if (!Number.isInteger(n) || n < 1)
    throw new EngineInputError(`Site field: count must be a positive integer, got ${n}.`);
  checkArray('positions', sites.positions, n * 3);
  checkArray('normals', sites.normals, n * 3);
  checkArray('targetThickness', sites.targetThickness, n);
  checkArray('initialThickness', sites.initialThickness, n);
  checkArray('area', sites.area, n);
  if (sites.initialLab !== undefined) checkArray('initialLab', sites.initialLab, n * 3);
  for (let s = 0; s < n; s++) {
    const nx = sites.normals[s * 3]!;
    const ny = sites.normals[s * 3 + 1]!;
    const nz = sites.normals[s * 3 + 2]!;
    const len = Math.sqrt(nx * nx + ny * ny + nz * nz);
    if (Math.abs(len - 1) > 1e-3)
      throw new EngineInputError(`Site field: normal ${s} is not of unit length.`);
    if (sites.area[s]! < 0) throw new EngineInputError(`Site field: area ${s} is negative.`);
    if (sites.targetThickness[s]! < 0 || sites.initialThickness[s]! < 0) {
      throw new EngineInputError(`Site field: thickness ${s} is negative.`);
    }
  }
}

export function validateConfig(config: EngineConfig): void {
  if (config === null || typeof config !== 'object') throw new EngineInputError('Engine config: missing.');
  const { seed, bots, protocol, genotype, dt, treatmentSeconds, checkpoints } = config;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new EngineInputError(`Engine config: seed must be an integer from 0 to 4294967295, got ${seed}.`);
  }
  if (!Number.isInteger(bots) || bots < 1 || bots > MAX_BOTS) {
    throw new EngineInputError(`Engine config: bots must be an integer from 1 to ${MAX_BOTS}, got ${bots}.`);
  }
  if (protocol !== 'original' && protocol !== 'redesigned') {
    throw new EngineInputError(
      `Engine config: protocol must be original or redesigned, got ${String(protocol)}.`,
    );
  }
  if (genotype === null || typeof genotype !== 'object')
    throw new EngineInputError('Engine config: genotype missing.');
  for (const key of Object.keys(genotype)) {
    if (!(GENES as readonly string[]).includes(key)) {
      throw new EngineInputError(`Engine config: unknown gene ${key} (known: ${GENES.join(', ')}).`);
    }
    const s = (genotype as Record<string, unknown>)[key];
    if (typeof s !== 'number' || !(s >= 0 && s <= 1)) {
      throw new EngineInputError(
        `Engine config: strength of ${key} must be a number from 0 to 1, got ${String(s)}.`,
      );
    }
  }
  if (dt !== undefined && !(typeof dt === 'number' && dt > 0 && dt <= 1)) {
    throw new EngineInputError(`Engine config: dt must be a number in (0, 1] seconds, got ${String(dt)}.`);
  }
  if (treatmentSeconds !== undefined && !(treatmentSeconds > 0 && Number.isFinite(treatmentSeconds))) {
    throw new EngineInputError(
      `Engine config: treatmentSeconds must be positive, got ${String(treatmentSeconds)}.`,
    );
  }
  if (checkpoints !== undefined) {
    if (!Array.isArray(checkpoints)) throw new EngineInputError('Engine config: checkpoints must be a list.');
    for (const c of checkpoints) {
      if (typeof c?.id !== 'string' || c.id === '' || !(c.time >= 0 && Number.isFinite(c.time))) {
        throw new EngineInputError(
          'Engine config: each checkpoint needs an id and a time of 0 or more seconds.',
        );
      }
    }
  }
}
