// `npm run sim`: runs one scenario headless with the very engine the app runs and prints its metrics.
//
//   npm run sim -- [--scenario ID] [--protocol original|redesigned] [--genotype GENE:STRENGTH,...]
//                  [--model FILE] [--bots N] [--seconds S] [--from S] [--seed K] [--json]
//
// Every step is timed; with --from S the run goes untimed up to S seconds and only the steps from there to
// the end (--seconds) are timed, so any window of any scenario can be timed: `stepMs` gives the median, p95
// and slowest of those steps, `busyBotsMean` the bots at work (travelling, depositing, returning) after each
// of them, averaged, so that stepMs.median / busyBotsMean is the cost per working bot.
//
// The tooth is the generated molar (models/molar.glb) unless --model names another mesh; the scenario's lesion
// preset is applied to it. Bad arguments or files: one line on stderr and a non-zero exit (2 for arguments,
// 1 for files).
import { open } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deltaE00 } from '../../renderer/colour';
import { Engine } from '../../renderer/engine/engine';
import { EngineInputError, MAX_BOTS } from '../../renderer/engine/validation';
import { DEFAULT_DT, TIME_COMPRESSION } from '../../renderer/engine/constants';
import { BotState, GENES, type Gene, type Genotype, type Protocol } from '../../renderer/engine/types';
import type { Checkpoint, EngineMetrics, SiteField } from '../../renderer/engine/types';
import { applyLesion, loadModelFile, loadMolar } from '../../renderer/mesh';
import {
  engineConfigFor,
  getScenario,
  SCENARIO_IDS,
  type Scenario,
  scenarioSeconds,
} from '../../renderer/timeline/scenarios';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_MODEL = resolve(ROOT, 'models/molar.glb');
const MAX_SECONDS = 3600;

export interface SimOptions {
  scenario: Scenario;
  protocol?: Protocol;
  genotype?: Genotype;
  model?: string;
  bots?: number;
  seconds?: number;
  /** Start of the timed window, simulated seconds (the steps before it run untimed). */
  from?: number;
  seed?: number;
  json: boolean;
}

/** An error the user caused; `exitCode` 2 for arguments, 1 for files. */
export class SimError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const USAGE =
  'usage: npm run sim -- [--scenario ID] [--protocol original|redesigned] [--genotype GENE:STRENGTH,...] ' +
  '[--model FILE] [--bots N] [--seconds S] [--from S] [--seed K] [--json]';

function argError(message: string): SimError {
  return new SimError(message, 2);
}

function parseInteger(flag: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text)) throw argError(`${flag} must be a whole number, got "${text}".`);
  const n = Number(text);
  if (n < min || n > max) throw argError(`${flag} must be from ${min} to ${max}, got ${text}.`);
  return n;
}

export function parseGenotype(text: string): Genotype {
  const out: Partial<Record<Gene, number>> = {};
  if (text.trim() === '' || text.trim() === 'none') return out;
  for (const part of text.split(',')) {
    const m = /^\s*([A-Za-z0-9]+)\s*:\s*([0-9]*\.?[0-9]+)\s*$/.exec(part);
    if (!m) throw argError(`--genotype entries look like GENE:STRENGTH (e.g. MMP20:0.9), got "${part}".`);
    const gene = m[1]!.toUpperCase();
    if (!(GENES as readonly string[]).includes(gene)) {
      throw argError(`--genotype: unknown gene ${m[1]} (known: ${GENES.join(', ')}).`);
    }
    const strength = Number(m[2]);
    if (!(strength >= 0 && strength <= 1)) {
      throw argError(`--genotype: strength of ${gene} must be from 0 to 1, got ${m[2]}.`);
    }
    if (out[gene as Gene] !== undefined) throw argError(`--genotype: ${gene} is given twice.`);
    out[gene as Gene] = strength;
  }
  return out;
}

export function parseArgs(argv: readonly string[]): SimOptions | 'help' {
  let scenarioId = 'first-patient';
  const o: Omit<SimOptions, 'scenario'> = { json: false };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--help' || flag === '-h') return 'help';
    if (flag === '--json') {
      o.json = true;
      continue;
    }
    const known = [
      '--scenario',
      '--protocol',
      '--genotype',
      '--model',
      '--bots',
      '--seconds',
      '--from',
      '--seed',
    ];
    if (!known.includes(flag)) {
      throw argError(`unknown argument "${flag}". ${USAGE}`);
    }
    if (seen.has(flag)) throw argError(`${flag} is given twice.`);
    seen.add(flag);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw argError(`${flag} needs a value.`);
    i++;
    switch (flag) {
      case '--scenario':
        scenarioId = value;
        break;
      case '--protocol':
        if (value !== 'original' && value !== 'redesigned') {
          throw argError(`--protocol must be original or redesigned, got "${value}".`);
        }
        o.protocol = value;
        break;
      case '--genotype':
        o.genotype = parseGenotype(value);
        break;
      case '--model':
        o.model = value;
        break;
      case '--bots':
        o.bots = parseInteger('--bots', value, 1, MAX_BOTS);
        break;
      case '--seconds': {
        const s = Number(value);
        if (!/^\d*\.?\d+$/.test(value) || !(s > 0 && s <= MAX_SECONDS)) {
          throw argError(`--seconds must be a number above 0 and at most ${MAX_SECONDS}, got "${value}".`);
        }
        o.seconds = s;
        break;
      }
      case '--from': {
        const s = Number(value);
        if (!/^\d*\.?\d+$/.test(value) || !(s >= 0 && s < MAX_SECONDS)) {
          throw argError(`--from must be a number from 0 to below ${MAX_SECONDS}, got "${value}".`);
        }
        o.from = s;
        break;
      }
      case '--seed':
        o.seed = parseInteger('--seed', value, 0, 0xffffffff);
        break;
    }
  }
  const scenario = getScenario(scenarioId);
  if (!scenario) throw argError(`unknown scenario "${scenarioId}" (known: ${SCENARIO_IDS.join(', ')}).`);
  const end = o.seconds ?? scenarioSeconds(scenario);
  if (o.from !== undefined && o.from >= end) {
    throw argError(`--from (${o.from} s) must come before the end of the run (${end} s; see --seconds).`);
  }
  return { scenario, ...o };
}

async function loadSites(opts: SimOptions): Promise<{ sites: SiteField; model: string }> {
  const path = opts.model === undefined ? DEFAULT_MODEL : resolve(opts.model);
  let bytes: Uint8Array;
  try {
    // One open handle (fstat, then read through it): no window between checking the file and reading it.
    const handle = await open(path, 'r');
    try {
      if (!(await handle.stat()).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(code);
    const hint = opts.model === undefined ? ' (run `npm run models` to generate it)' : '';
    throw new SimError(`cannot read model ${path}: ${why}${hint}.`, 1);
  }
  try {
    const model =
      opts.model === undefined ? await loadMolar(bytes) : await loadModelFile(bytes, basename(path));
    const { preset, seed } = opts.scenario.lesion;
    return { sites: applyLesion(model.sites, preset, seed), model: opts.model ?? 'models/molar.glb' };
  } catch (e) {
    throw new SimError(`cannot use model ${basename(path)}: ${(e as Error).message}`, 1);
  }
}

export interface SimResult {
  scenario: string;
  patient: string;
  protocol: Protocol;
  genotype: Genotype;
  seed: number;
  model: string;
  stateHash: string;
  steps: number;
  dt: number;
  time: number;
  bots: number;
  sites: number;
  lesionSites: number;
  restoredFraction: number;
  deltaE00: { mean: number; max: number };
  shapeDeviationMm: { mean: number; max: number };
  mineralDelivered: number;
  mineralDeposited: number;
  mineralDose: number;
  botsByState: EngineMetrics['botsByState'];
  /** The protocol's clinical pauses the run reached, from the scenario (the engine never pauses itself). */
  checkpoints: Checkpoint[];
  /** When the treatment ends, simulated seconds (from the run's config); the aftermath follows. */
  treatmentEndSeconds: number;
  /** Metrics at the end of the treatment, when the run went past it. */
  endOfTreatment: {
    time: number;
    restoredFraction: number;
    deltaE00Max: number;
    shapeDeviationMmMax: number;
  } | null;
  timeCompression: number;
  /** Mean wall time of the timed steps, ms. */
  msPerStep: number;
  /** The timed window, simulated seconds (from --from, or 0, to the end of the run). */
  timedFrom: number;
  timedSteps: number;
  /** Wall time of the timed steps, ms. */
  stepMs: { median: number; p95: number; max: number };
  /** Process CPU time (user + system) of the timed steps, per step, ms: steadier than wall time on a busy machine. */
  cpuMsPerStep: number;
  /** Bots at work (travelling, depositing, returning) after each timed step, averaged. */
  busyBotsMean: number;
}

const TRAVELLING: number = BotState.Travelling;
const RETURNING: number = BotState.Returning;

/** Bots at work: travelling, depositing or returning (the three codes between Travelling and Returning). */
export function busyBots(states: Uint8Array): number {
  let n = 0;
  for (let b = 0; b < states.length; b++) {
    const st = states[b]!;
    if (st >= TRAVELLING && st <= RETURNING) n++;
  }
  return n;
}

/** The q-quantile of xs (nearest rank, q in [0, 1]). */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

export async function runSim(opts: SimOptions): Promise<SimResult> {
  const { sites, model } = await loadSites(opts);
  const config = engineConfigFor(opts.scenario, {
    ...(opts.bots !== undefined ? { bots: opts.bots } : {}),
    ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
    ...(opts.protocol !== undefined ? { protocol: opts.protocol } : {}),
    ...(opts.genotype !== undefined ? { genotype: opts.genotype } : {}),
  });
  let engine: Engine;
  try {
    engine = new Engine(sites, config, deltaE00);
  } catch (e) {
    if (e instanceof EngineInputError) throw new SimError(e.message, 1);
    throw e;
  }
  const seconds = opts.seconds ?? scenarioSeconds(opts.scenario);
  const steps = Math.round(seconds / engine.dt);
  const fromStep = Math.min(steps, Math.round((opts.from ?? 0) / engine.dt));
  const treatmentStep = Math.round(engine.treatmentSeconds / engine.dt);
  let endOfTreatment: SimResult['endOfTreatment'] = null;
  const times: number[] = [];
  let busySum = 0;
  let cpuUs = 0;
  for (let i = 0; i < steps; i++) {
    if (i < fromStep) {
      engine.step();
    } else {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      engine.step();
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpuUs += c.user + c.system;
      busySum += busyBots(engine.botStates);
    }
    if (engine.steps === treatmentStep && steps > treatmentStep) {
      const m = engine.metrics();
      endOfTreatment = {
        time: m.time,
        restoredFraction: m.restoredFraction,
        deltaE00Max: m.deltaE00.max,
        shapeDeviationMmMax: m.shapeDeviationMm.max,
      };
    }
  }
  const m = engine.metrics();
  return {
    scenario: opts.scenario.id,
    patient: opts.scenario.patient.name,
    protocol: config.protocol,
    genotype: config.genotype,
    seed: config.seed,
    model,
    stateHash: engine.hash(),
    steps: engine.steps,
    dt: engine.dt,
    time: engine.time,
    bots: m.bots,
    sites: m.sites,
    lesionSites: m.lesionSites,
    restoredFraction: m.restoredFraction,
    deltaE00: m.deltaE00,
    shapeDeviationMm: m.shapeDeviationMm,
    mineralDelivered: m.mineralDelivered,
    mineralDeposited: m.mineralDeposited,
    mineralDose: m.mineralDose,
    botsByState: m.botsByState,
    checkpoints: (config.checkpoints ?? []).filter((c) => c.time <= engine.time + 1e-9),
    treatmentEndSeconds: engine.treatmentSeconds,
    endOfTreatment,
    timeCompression: TIME_COMPRESSION,
    msPerStep: times.length > 0 ? times.reduce((a, b) => a + b, 0) / times.length : 0,
    timedFrom: fromStep * engine.dt,
    timedSteps: times.length,
    stepMs: { median: quantile(times, 0.5), p95: quantile(times, 0.95), max: quantile(times, 1) },
    cpuMsPerStep: times.length > 0 ? cpuUs / 1000 / times.length : 0,
    busyBotsMean: times.length > 0 ? busySum / times.length : 0,
  };
}

function genotypeText(g: Genotype): string {
  const parts = GENES.filter((k) => (g[k] ?? 0) > 0).map((k) => `${k}:${g[k]}`);
  return parts.length > 0 ? parts.join(', ') : 'no variants';
}

export function formatResult(r: SimResult): string {
  const f = (x: number, d: number) => x.toFixed(d);
  const b = r.botsByState;
  const days = TIME_COMPRESSION / 86_400;
  const lines = [
    `Tooth Rebirth sim: ${r.scenario} (${r.patient}; ${genotypeText(r.genotype)}), ${r.protocol} protocol, seed ${r.seed}`,
    `model              ${r.model}: ${r.sites} sites, ${r.lesionSites} with a lesion`,
    `run                ${r.bots} bots, ${r.steps} steps of ${r.dt} s = ${f(r.time, 2)} s (1 s stands for ${days} days of natural growth)`,
    `restored           ${f(r.restoredFraction * 100, 2)} % of the lesion deficit`,
    `colour ΔE00        mean ${f(r.deltaE00.mean, 3)}  max ${f(r.deltaE00.max, 3)}  (perceptible 0.8, acceptable 1.8)`,
    `shape deviation    mean ${f(r.shapeDeviationMm.mean, 4)} mm  max ${f(r.shapeDeviationMm.max, 4)} mm`,
    `mineral            delivered ${f(r.mineralDelivered, 6)} mm³  deposited ${f(r.mineralDeposited, 6)} mm³  dose ${f(r.mineralDose, 6)} mm³`,
    `bots by state      reservoir ${b.reservoir}  travelling ${b.travelling}  depositing ${b.depositing}  returning ${b.returning}  dormant ${b.dormant}  recalled ${b.recalled}`,
  ];
  if (r.endOfTreatment) {
    const e = r.endOfTreatment;
    lines.push(
      `end of treatment   at ${f(e.time, 2)} s: restored ${f(e.restoredFraction * 100, 2)} %, ΔE00 max ${f(e.deltaE00Max, 3)}, shape max ${f(e.shapeDeviationMmMax, 4)} mm`,
    );
  }
  const ends = r.time >= r.treatmentEndSeconds - 1e-9 ? 'ended' : 'ends';
  lines.push(`treatment          ${ends} at ${f(r.treatmentEndSeconds, 2)} s`);
  if (r.checkpoints.length > 0) {
    lines.push(`clinical pauses    ${r.checkpoints.map((c) => `${c.id} @ ${f(c.time, 2)} s`).join(', ')}`);
  }
  const perBot = r.busyBotsMean > 0 ? (r.stepMs.median * 1e6) / r.busyBotsMean : 0;
  lines.push(
    `state hash         ${r.stateHash}`,
    `ms per step        ${f(r.msPerStep, 4)} mean; median ${f(r.stepMs.median, 4)}  p95 ${f(r.stepMs.p95, 4)}  max ${f(r.stepMs.max, 4)} (${r.timedSteps} steps from ${f(r.timedFrom, 2)} s)`,
    `bots at work       ${f(r.busyBotsMean, 0)} on average over those steps (${f(perBot, 1)} ns per working bot at the median step)`,
  );
  return lines.join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const opts = parseArgs(argv);
    if (opts === 'help') {
      process.stdout.write(`${USAGE}\nscenarios: ${SCENARIO_IDS.join(', ')}; default step ${DEFAULT_DT} s\n`);
      return 0;
    }
    const result = await runSim(opts);
    process.stdout.write(`${opts.json ? JSON.stringify(result) : formatResult(result)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof SimError) {
      process.stderr.write(`sim: ${e.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return e.exitCode;
    }
    throw e;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`sim: unexpected failure: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
