// The engine's state as data: which run it belongs to (the run key), the snapshot format and the checks a
// snapshot passes before it is restored, and the state hash. The engine lists its state arrays once, in a
// fixed order, and snapshot, restore and hash all walk that list.
import { StateHasher } from './hash';
import {
  type Checkpoint,
  type EngineConfig,
  type EngineSnapshot,
  GENES,
  type Genotype,
  type SiteField,
} from './types';
import { EngineInputError } from './validation';

export const SNAPSHOT_FORMAT = 'tooth-rebirth-engine/1';

export type StateArray = Float32Array | Float64Array | Uint32Array | Int32Array | Uint8Array;
/** The mutable state arrays by name, in the fixed order the snapshot and the hash use. */
export type StateList = readonly (readonly [string, StateArray])[];

/** What a snapshot must match to be restored into an engine, and what the hash covers besides the arrays. */
export interface StateParts {
  readonly runKey: string;
  readonly dt: number;
  readonly steps: number;
  readonly bots: number;
  readonly sites: number;
  readonly scalars: Float64Array;
  readonly prng: Uint32Array;
  readonly arrays: StateList;
}

/** Identifies a run: config, derived settings and the whole site field. */
export function makeRunKey(
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
  const genes = GENES.map((g) => `${g}=${genotype[g] ?? 0}`).join(',');
  const cps = checkpoints.map((c) => `${c.id}@${c.time}`).join(',');
  return `${config.protocol}|seed=${config.seed}|bots=${config.bots}|dt=${dt}|treatment=${treatment}|${genes}|${cps}|sites=${sites.count}:${h.digest()}`;
}

/** A copy of the whole state as plain data (every typed array owns its buffer, so all can be transferred). */
export function takeSnapshot(p: StateParts): EngineSnapshot {
  const arrays: Record<string, StateArray> = {};
  for (const [name, a] of p.arrays) arrays[name] = a.slice();
  return {
    format: SNAPSHOT_FORMAT,
    runKey: p.runKey,
    dt: p.dt,
    steps: p.steps,
    bots: p.bots,
    sites: p.sites,
    scalars: p.scalars.slice(),
    prng: p.prng.slice(),
    arrays,
  };
}

/**
 * Throws an EngineInputError when `snap` cannot be restored into the engine whose state is `own` (another
 * run, other sizes, missing or misshapen arrays). Reads only: nothing is changed either way.
 */
export function checkSnapshot(snap: EngineSnapshot, own: StateParts): void {
  const fail = (why: string): never => {
    throw new EngineInputError(`Cannot restore this engine state: ${why}.`);
  };
  if (snap === null || typeof snap !== 'object') fail('it is not a snapshot');
  if (snap.format !== SNAPSHOT_FORMAT) fail(`unknown format ${String(snap.format)}`);
  if (snap.runKey !== own.runKey) fail('it belongs to another run (other sites, seed, protocol or genotype)');
  if (snap.bots !== own.bots || snap.sites !== own.sites) fail('bot or site counts differ');
  if (!(typeof snap.dt === 'number' && snap.dt > 0 && Number.isFinite(snap.dt)))
    fail('its time step is invalid');
  if (!(Number.isInteger(snap.steps) && snap.steps >= 0)) fail('its step count is invalid');
  if (!(snap.scalars instanceof Float64Array) || snap.scalars.length !== own.scalars.length)
    fail('scalars are missing');
  if (!(snap.prng instanceof Uint32Array) || snap.prng.length !== own.prng.length)
    fail('random state is missing');
  if (snap.arrays === null || typeof snap.arrays !== 'object') fail('arrays are missing');
  for (const [name, a] of own.arrays) {
    const b = snap.arrays[name];
    if (b === undefined || b.constructor !== a.constructor || b.length !== a.length)
      fail(`${name} does not fit`);
  }
}

/** Stable hash of the whole state (run, clock, random state, every array), 16 hex digits. */
export function hashState(p: StateParts): string {
  const h = new StateHasher();
  h.text(p.runKey).number(p.dt).number(p.steps).array(p.scalars).array(p.prng);
  for (const [name, a] of p.arrays) h.text(name).array(a);
  return h.digest();
}
