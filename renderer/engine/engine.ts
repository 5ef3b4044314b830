// The nanobot engine: a deterministic, fixed-step simulation of bots rebuilding enamel.
//
// Bots wait in a gel reservoir over the tooth, leave it, find the nearest site that still lacks enamel through
// a spatial index (SiteGrid: never bots × sites), claim part of that site's deficit, travel there, lay the
// mineral down no faster than the site can grow, and return to the gel or go dormant when they are empty.
// Sites fill to their target thickness and stop. A claim system makes this exact: a site is open while the
// mineral already laid plus the mineral claimed is short of what it needs; a bot claims at most what is
// short, so no site is ever overfilled by accident and every claim is laid down in full.
//
// All state is in struct-of-arrays typed arrays allocated in the constructor (engineState.ts, which also
// snapshots, restores and hashes it); `step()` allocates nothing and reads no clock. Randomness comes from a
// seeded sfc32 whose state is part of the snapshot. Time is `steps × dt`, never an accumulated float. Mineral
// is accounted in float64 on both sides: what each bot has delivered and what each site has gained are sums
// of the very same increments. This file holds the step, the claim accounting and the bot lifecycle: the hot
// loop, in one place.
//
// Speed: the step files the bots by state and works through each state's list in a loop of its own, skipping
// blocks of bots that all wait (botLists.ts), so its cost follows the bots at work. Methods called per bot
// take small integers only and numbers travel in typed arrays: V8 boxes a double passed to a function it does
// not inline, or merged with an untyped value, on the heap. The ΔE00 of each site is cached and, after a
// restore, recomputed only for the sites whose colour differs, so a seek does not pay CIEDE2000 for the whole
// tooth (siteLook.ts).
import { BOT_SPEED_MM_PER_S, EMBED_DEPTH_MM, WAKE_DELAY_MIN_S, WAKE_DELAY_SPAN_S } from './constants';
import {
  EngineState,
  PHASE_AFTERMATH,
  PHASE_TREATMENT,
  S_LAYER,
  S_NEXT_CHECKPOINT,
  S_PHASE,
  S_RECALLED,
  S_STOCK,
  SLACK,
  TINY,
} from './engineState';
import { DEPOSITING, DORMANT, RECALLED, RESERVOIR, RETURNING, TRAVELLING } from './botLists';
import { retryLater, retryListLater } from './gelRetry';
import { moveListHome, moveListToSites, setWorkingPoint } from './kinematics';
import { nextFloatInto } from './prng';
import { layerFraction, ScheduleSteps } from './schedule';
import { layDownList, markDirty } from './siteLook';
import type { DeltaE00, EngineConfig, EngineSnapshot, SiteField } from './types';

const SPEED: number = BOT_SPEED_MM_PER_S;

/** No bot: above every bot index (the end of a list in the merge of Engine.act). */
const NONE = 0x7fffffff;
/** Indices into the per-step values. */
const V_NOW = 0;
const V_RATE = 1;
const V_STEP_VALUES = 2;

export class Engine extends EngineState {
  /** Values of the current step (see V_*), kept in a typed array so no double crosses a call. */
  private readonly stepValues = new Float64Array(V_STEP_VALUES);
  /** Step at which the next scheduled change is due (derived from the state; see planSchedule). */
  private nextScheduled = 0;
  /** The schedule in steps of the current length (derived; worked out again when a restore changes it). */
  private schedule: ScheduleSteps;

  constructor(sites: SiteField, config: EngineConfig, deltaE: DeltaE00) {
    super(sites, config, deltaE);
    this.schedule = this.scheduleSteps();
    this.passCheckpoints();
    this.planSchedule();
  }

  override restore(snap: EngineSnapshot): void {
    super.restore(snap);
    this.schedule = this.scheduleSteps();
    this.planSchedule();
  }

  private scheduleSteps(): ScheduleSteps {
    return new ScheduleSteps(this.plan.layerStarts, this.checkpoints, this.treatmentSeconds, this.stepDt);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Step

  /**
   * Advances the simulation by one fixed step `dt`. Allocates nothing: every number lives in a typed array or
   * a local, and the methods called per bot take small integers only.
   *
   * The bots are filed by state (BotLists), then the travelling and the returning bots move, each kind in a
   * loop of its own; then the bots that act on shared state (deposit, leave the gel, wake, arrive home,
   * arrive with nothing claimed) act, in index order, as they would in one pass over the bots. Moving first
   * changes nothing: a bot's movement reads only its own position and the sites' working points (which
   * change after the bots, in finishTouchedSites), and what a bot does when it acts reads only its own
   * position; a bot that starts or stops travelling in this step moves from the next, as before.
   */
  step(): void {
    const now = this.stepCount * this.stepDt;
    this.stepValues[V_NOW] = now;
    this.stepValues[V_RATE] = this.botRate * this.stepDt;
    this.kin.reach[0] = SPEED * this.stepDt;
    const lists = this.lists;
    const ids = lists.ids;
    const start = lists.start;
    const end = lists.end;
    const timer = this.botTimer;
    lists.file(this.botStates, timer, this.stepValues);
    const treatment = this.scalars[S_PHASE] === PHASE_TREATMENT;
    const launchEnd = lists.collectDue(RESERVOIR, timer, this.stepValues, treatment);
    const wakeEnd = lists.collectDue(DORMANT, timer, this.stepValues, true);
    const kin = this.kin;
    const arrivedEnd = moveListToSites(kin, ids, start[TRAVELLING]!, end[TRAVELLING]!);
    const homeEnd = moveListHome(kin, ids, start[RETURNING]!, end[RETURNING]!);
    // A bot that got to its site with a claim starts depositing at the next step; one with none acts now.
    const claim = this.botClaim;
    const states = this.botStates;
    let emptyEnd = start[TRAVELLING]!;
    for (let i = emptyEnd; i < arrivedEnd; i++) {
      const b = ids[i]!;
      if (claim[b]! > 0) states[b] = DEPOSITING;
      else ids[emptyEnd++] = b;
    }
    if (this.grid.openCount === 0) {
      // No site is open, and none opens before the schedule runs after the bots: every bot leaving the gel
      // finds nothing and looks again later, and no one else reads the gel's stock, so the bots leaving
      // and those arriving home act each in a loop of their own (home ones in index order: the stock is a
      // sum), outside the merge. The outcome is the same, bit for bit.
      if (this.plan.tripsPerBot > 1)
        retryListLater(timer, ids, start[RESERVOIR]!, launchEnd, this.stepValues);
      else for (let i = start[RESERVOIR]!; i < launchEnd; i++) this.launch(ids[i]!);
      for (let i = start[RETURNING]!; i < homeEnd; i++) this.arriveHome(ids[i]!);
      this.act(start[RESERVOIR]!, wakeEnd, start[RETURNING]!, emptyEnd);
    } else {
      this.act(launchEnd, wakeEnd, homeEnd, emptyEnd);
    }

    this.finishTouchedSites();
    this.stepCount++;
    // Scheduled changes (layers, end of treatment, checkpoints) are found by an integer comparison, so the
    // common step does no float work outside the bot loop.
    if (this.stepCount >= this.nextScheduled) this.runSchedule();
  }

  /**
   * The bots that act this step, in index order: a merge of the sorted lists of depositing bots, bots
   * leaving the gel, waking, arriving home and arriving at a site with nothing claimed (each ends at the
   * given index of `ids`). The depositing bots are the many; the others are merged in between them.
   */
  private act(launchEnd: number, wakeEnd: number, homeEnd: number, emptyEnd: number): void {
    const ids = this.lists.ids;
    const start = this.lists.start;
    const target = this.botTarget;
    let iDep = start[DEPOSITING]!;
    const eDep = this.lists.end[DEPOSITING]!;
    let iLaunch = start[RESERVOIR]!;
    let iWake = start[DORMANT]!;
    let iHome = start[RETURNING]!;
    let iEmpty = start[TRAVELLING]!;
    let hDep = iDep < eDep ? ids[iDep]! : NONE;
    let hLaunch = iLaunch < launchEnd ? ids[iLaunch]! : NONE;
    let hWake = iWake < wakeEnd ? ids[iWake]! : NONE;
    let hHome = iHome < homeEnd ? ids[iHome]! : NONE;
    let hEmpty = iEmpty < emptyEnd ? ids[iEmpty]! : NONE;
    for (;;) {
      let other = Math.min(hLaunch, hWake);
      if (hHome < other) other = hHome;
      if (hEmpty < other) other = hEmpty;
      if (hDep < other) {
        iDep = this.depositRun(iDep, eDep, other);
        hDep = iDep < eDep ? ids[iDep]! : NONE;
      }
      if (other === NONE) return;
      if (other === hLaunch) {
        this.launch(other);
        hLaunch = ++iLaunch < launchEnd ? ids[iLaunch]! : NONE;
      } else if (other === hWake) {
        this.wake(other);
        hWake = ++iWake < wakeEnd ? ids[iWake]! : NONE;
      } else if (other === hHome) {
        this.arriveHome(other);
        hHome = ++iHome < homeEnd ? ids[iHome]! : NONE;
      } else {
        this.afterClaim(other, target[other]!);
        hEmpty = ++iEmpty < emptyEnd ? ids[iEmpty]! : NONE;
      }
    }
  }

  /**
   * The depositing bots `ids[from..)` below bot `before` (and before `to`) ride their sites' working points
   * and lay down what they can this step: each its claim, at most its rate, at most what its site can still
   * take this step (sites grow no faster than GROWTH_RATE_MM_PER_S). Returns where it stopped. One loop with
   * the arrays in locals; a bot whose claim is done goes on to afterClaim.
   */
  private depositRun(from: number, to: number, before: number): number {
    const ids = this.lists.ids;
    const pos = this.botPositions;
    const goals = this.kin.siteGoals;
    const target = this.botTarget;
    const claim = this.botClaim;
    const load = this.botLoad;
    const delivered = this.botDelivered;
    const stepCap = this.siteStepCap;
    const stepInc = this.siteStepInc;
    const claimed = this.siteClaimed;
    const mineral = this.siteMineral;
    const touchedBits = this.touchedBits;
    const rate = this.stepValues[V_RATE]!;
    let i = from;
    for (; i < to; i++) {
      const b = ids[i]!;
      if (b >= before) break;
      const k = target[b]!;
      pos[b * 3] = goals[k * 3]!;
      pos[b * 3 + 1] = goals[k * 3 + 1]!;
      pos[b * 3 + 2] = goals[k * 3 + 2]!;
      const inc = stepInc[k]!;
      const room = stepCap[k]! - inc;
      let amount = claim[b]!;
      if (rate < amount) amount = rate;
      if (room < amount) amount = room;
      if (amount > 0) {
        claim[b] = claim[b]! - amount;
        load[b] = load[b]! - amount;
        delivered[b] = delivered[b]! + amount;
        claimed[k] = claimed[k]! - amount;
        mineral[k] = mineral[k]! + amount;
        if (inc === 0) {
          touchedBits[k >>> 5] = touchedBits[k >>> 5]! | (1 << (k & 31));
          this.touchedN++;
        }
        stepInc[k] = inc + amount;
      }
      if (claim[b] === 0) this.afterClaim(b, k);
    }
    return i;
  }

  /** Applies what is due at this step, then finds the step of the next scheduled change. */
  private runSchedule(): void {
    const n = this.stepCount;
    if (this.scalars[S_PHASE] === PHASE_TREATMENT) this.advanceLayer(n);
    if (this.scalars[S_PHASE] === PHASE_TREATMENT && n >= this.schedule.treatmentEnd) this.endTreatment();
    this.passCheckpoints();
    this.planSchedule();
  }

  private planSchedule(): void {
    this.nextScheduled = this.schedule.nextAfter(
      this.stepCount,
      this.scalars[S_PHASE] === PHASE_TREATMENT,
      this.scalars[S_LAYER]!,
      this.scalars[S_NEXT_CHECKPOINT]!,
    );
  }

  /** Counts the checkpoints whose time has come (the engine goes on; the host pauses its clock). */
  private passCheckpoints(): void {
    this.scalars[S_NEXT_CHECKPOINT] = this.schedule.checkpointsPassedAt(
      this.scalars[S_NEXT_CHECKPOINT]!,
      this.stepCount,
    );
  }

  /** Starts the next layers of the rebuild whose step has come (n): more work opens up. */
  private advanceLayer(n: number): void {
    const from = this.scalars[S_LAYER]!;
    const layer = this.schedule.layerAt(from, n);
    if (layer === from) return;
    this.scalars[S_LAYER] = layer;
    this.applyPerceivedCaps(this.plan.treatment, layerFraction(this.plan.layerStarts.length, layer));
    for (let j = 0; j < this.lesionSites.length; j++) this.updateOpen(this.lesionSites[j]!);
  }

  /**
   * Finds the open site nearest to bot b and claims what it can carry there. Bots at the surface search from
   * where they are; bots in the gel search from the site their place lies over (a point on the surface, so
   * the search starts among sites rather than in the empty cells of the gel).
   */
  private seekAndClaim(b: number): boolean {
    const inGel = this.botStates[b] === RESERVOIR;
    for (;;) {
      const k = inGel
        ? this.grid.nearestOpenToSite(this.botHomeSite[b]!)
        : this.grid.nearestTo(this.botPositions, b, true);
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
        retryLater(this.botTimer, b, this.stepValues);
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
  }

  /** The treatment ends: the gel comes off. */
  private endTreatment(): void {
    this.scalars[S_PHASE] = PHASE_AFTERMATH;
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
    this.lists.wakeAllBlocks();
  }

  /** Applies this step's deposits to thickness and colour of every site that received mineral. */
  private finishTouchedSites(): void {
    const n = this.touchedN;
    if (n === 0) return;
    // Colour gain of the mineral laid down now (the phase's).
    this.look.gain[0] =
      this.scalars[S_PHASE] === PHASE_TREATMENT ? this.plan.treatment.colour : this.plan.aftermath.colour;
    // The sites in ascending order, from their bits: the per-site arrays are then read front to back rather
    // than in the order the bots happened to reach the sites.
    const touched = this.touched;
    const bits = this.touchedBits;
    let m = 0;
    for (let w = 0; m < n; w++) {
      let set = bits[w]!;
      if (set === 0) continue;
      bits[w] = 0;
      while (set !== 0) {
        const low = set & -set;
        set ^= low;
        touched[m++] = (w << 5) + 31 - Math.clz32(low);
      }
    }
    layDownList(this.look, touched, n, this.siteStepInc);
    const { positions, normals, targetThickness } = this.sites;
    const goals = this.kin.siteGoals;
    const thickness = this.siteThickness;
    const flag = this.changedFlag;
    const changed = this.changedSites;
    const de = this.deCache;
    let changedN = this.changedN;
    for (let j = 0; j < n; j++) {
      const s = touched[j]!;
      setWorkingPoint(goals, s, positions, normals, targetThickness, thickness);
      if (flag[s] === 0) {
        flag[s] = 1;
        changed[changedN++] = s;
      }
      markDirty(de, s);
    }
    this.changedN = changedN;
    this.touchedN = 0;
  }
}
