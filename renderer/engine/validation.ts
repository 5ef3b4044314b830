// What the engine accepts: a site field and a config it can run, checked before anything is built, with one
// line for the user when they are not.
import { type EngineConfig, GENES, type Genotype, type SiteField } from './types';

/** Thrown for a config, site field or snapshot the engine cannot use; the message is one line for the user. */
export class EngineInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineInputError';
  }
}

/** Largest bot count accepted (memory: about 60 bytes a bot). */
export const MAX_BOTS = 4_000_000;

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

/** The genotype with only the genes that have a variant (strength above 0), in the order of GENES. */
export function normaliseGenotype(g: Genotype): Genotype {
  const out: Partial<Record<(typeof GENES)[number], number>> = {};
  for (const gene of GENES) {
    const s = g[gene];
    if (s !== undefined && s > 0) out[gene] = s;
  }
  return out;
}
