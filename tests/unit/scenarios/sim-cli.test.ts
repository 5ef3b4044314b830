// The `npm run sim` CLI, run as a child process exactly as a user runs it (through tsx).
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getScenario, SCENARIO_IDS } from '../../../renderer/timeline/scenarios';

const ROOT = resolve(import.meta.dirname, '../../..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function sim(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'tests/bench/sim.ts', ...args],
      { cwd: ROOT, timeout: 120_000, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

const REQUIRED = [
  'stateHash',
  'steps',
  'bots',
  'sites',
  'restoredFraction',
  'deltaE00',
  'shapeDeviationMm',
  'mineralDelivered',
  'mineralDeposited',
  'msPerStep',
] as const;

describe('npm run sim', () => {
  it('prints one JSON object with the metrics', async () => {
    const r = await sim(['--scenario', 'first-patient', '--bots', '2000', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const j = JSON.parse(lines[0]!);
    for (const k of REQUIRED) expect(j).toHaveProperty(k);
    expect(j.stateHash).toMatch(/^[0-9a-f]{16}$/);
    expect(j.steps).toBe(1600);
    expect(j.bots).toBe(2000);
    expect(j.sites).toBeGreaterThan(1000);
    for (const k of ['deltaE00', 'shapeDeviationMm'] as const) {
      expect(typeof j[k].mean).toBe('number');
      expect(typeof j[k].max).toBe('number');
      expect(j[k].max).toBeGreaterThanOrEqual(j[k].mean);
    }
    expect(j.msPerStep).toBeGreaterThan(0);
    expect(Math.abs(j.mineralDelivered - j.mineralDeposited)).toBeLessThanOrEqual(1e-9 * j.mineralDeposited);
    expect(j.model).toBe('models/molar.glb');
  });

  it('meets every scenario’s bounds at the app’s default bot count, on the generated molar', async () => {
    const runs = await Promise.all(SCENARIO_IDS.map((id) => sim(['--scenario', id, '--json'])));
    for (const [i, r] of runs.entries()) {
      const id = SCENARIO_IDS[i]!;
      expect(r.code, `${id}: ${r.stderr}`).toBe(0);
      const j = JSON.parse(r.stdout);
      const label = `${id}: ${JSON.stringify({ de: j.deltaE00, dev: j.shapeDeviationMm, rf: j.restoredFraction })}`;
      expect(j.scenario).toBe(id);
      expect(j.bots).toBe(20000);
      expect(j.time).toBeCloseTo(80, 9);
      expect(j.treatmentEndSeconds).toBe(getScenario(id)!.treatmentSeconds);
      if (id === 'first-patient') {
        expect(j.deltaE00.max, label).toBeLessThan(0.8);
        expect(j.shapeDeviationMm.max, label).toBeLessThan(0.05);
        expect(j.restoredFraction, label).toBeGreaterThanOrEqual(0.99);
      } else if (id === 'ivy' || id === 'young-patient') {
        expect(j.deltaE00.max, label).toBeGreaterThan(1.8);
        expect(j.shapeDeviationMm.max, label).toBeGreaterThan(0.2);
        expect(j.deltaE00.max, label).toBeGreaterThan(j.endOfTreatment.deltaE00Max);
        expect(j.shapeDeviationMm.max, label).toBeGreaterThan(j.endOfTreatment.shapeDeviationMmMax);
      } else {
        expect(j.deltaE00.max, label).toBeLessThan(0.8);
        expect(j.shapeDeviationMm.max, label).toBeLessThan(0.05);
        expect(j.restoredFraction, label).toBeGreaterThanOrEqual(0.95);
        // Every clinical pause of the scenario is reached in a whole run (from the scenario's own data).
        const pauses = getScenario(id)!.checkpoints ?? [];
        expect(pauses.length).toBe(5);
        expect(j.checkpoints).toEqual(pauses.map((c) => ({ id: c.id, time: c.time })));
      }
    }
  });

  it('is deterministic: same arguments, same hash; another seed, another hash', async () => {
    const args = ['--scenario', 'ivy', '--bots', '800', '--seconds', '50', '--json'];
    const [a, b, c] = await Promise.all([sim(args), sim(args), sim([...args, '--seed', '77'])]);
    const [ja, jb, jc] = [a, b, c].map((r) => JSON.parse(r.stdout));
    expect(ja.stateHash).toBe(jb.stateHash);
    expect(jc.stateHash).not.toBe(ja.stateHash);
    expect(ja.steps).toBe(1000);
    expect(jc.seed).toBe(77);
  });

  it('times only the window --from gives, and reports its steps and bots at work', async () => {
    const window = ['--scenario', 'ivy-redesigned', '--bots', '3000', '--seconds', '12', '--json'];
    const [whole, part] = await Promise.all([sim(window), sim([...window, '--from', '10.5'])]);
    expect(part.code, part.stderr).toBe(0);
    const [jw, jp] = [whole, part].map((r) => JSON.parse(r.stdout));
    // Timing a window changes nothing in the run.
    expect(jp.stateHash).toBe(jw.stateHash);
    expect(jp.steps).toBe(240);
    expect(jw.timedSteps).toBe(240);
    expect(jw.timedFrom).toBe(0);
    expect(jp.timedSteps).toBe(30);
    expect(jp.timedFrom).toBeCloseTo(10.5, 9);
    expect(jp.stepMs.median).toBeGreaterThan(0);
    expect(jp.stepMs.median).toBeLessThanOrEqual(jp.stepMs.p95);
    expect(jp.stepMs.p95).toBeLessThanOrEqual(jp.stepMs.max);
    expect(jp.cpuMsPerStep).toBeGreaterThan(0);
    // The redesigned protocol's second wave is under way at 10.5-12 s: a good share of the swarm is at work,
    // more of it than over the whole run so far (which includes the wait between the waves).
    expect(jp.busyBotsMean).toBeGreaterThan(0.1 * 3000);
    expect(jp.busyBotsMean).toBeLessThanOrEqual(3000);
    expect(jp.busyBotsMean).toBeGreaterThan(jw.busyBotsMean);
  });

  it('applies --protocol and --genotype over the scenario', async () => {
    const r = await sim([
      '--scenario',
      'first-patient',
      '--protocol',
      'redesigned',
      '--genotype',
      'klk4:0.5,FAM83H:0.25',
      '--bots',
      '500',
      '--seconds',
      '5',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.protocol).toBe('redesigned');
    expect(j.genotype).toEqual({ KLK4: 0.5, FAM83H: 0.25 });
    expect(j.steps).toBe(100);
  });

  it('prints readable metrics without --json, and usage with --help', async () => {
    const [r, h] = await Promise.all([
      sim(['--scenario', 'child', '--bots', '500', '--seconds', '12']),
      sim(['--help']),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Tooth Rebirth sim: child/);
    expect(r.stdout).toMatch(/colour ΔE00\s+mean [\d.]+\s+max [\d.]+/);
    expect(r.stdout).toMatch(/shape deviation/);
    // 12 s of the redesigned child scenario: two pauses reached, the treatment still under way.
    expect(r.stdout).toMatch(/clinical pauses\s+genotype-screen @ 0\.00 s, first-layer @ 10\.00 s\n/);
    expect(r.stdout).toMatch(/treatment\s+ends at 40\.00 s/);
    expect(r.stdout).toMatch(/state hash\s+[0-9a-f]{16}/);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/^usage: npm run sim --/);
  });

  const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
  const junk = join(dir, 'junk.stl');
  writeFileSync(junk, 'this is not a mesh at all');
  const empty = join(dir, 'empty.obj');
  writeFileSync(empty, '');

  it.concurrent.for([
    [['--bots', 'x'], 2, /--bots must be a whole number/],
    [['--bots', '0'], 2, /--bots must be from 1/],
    [['--bots'], 2, /--bots needs a value/],
    [['--seconds', '-1'], 2, /--seconds needs a value|--seconds must be/],
    [['--seconds', 'abc'], 2, /--seconds must be a number/],
    [['--seconds', '0'], 2, /--seconds must be a number above 0/],
    [['--seed', '1.5'], 2, /--seed must be a whole number/],
    [['--from', 'soon'], 2, /--from must be a number/],
    [['--from', '12', '--seconds', '12'], 2, /--from \(12 s\) must come before the end of the run \(12 s/],
    [['--scenario', 'ivy', '--from', '90'], 2, /--from \(90 s\) must come before the end of the run \(80 s/],
    [['--scenario', 'nope'], 2, /unknown scenario "nope" \(known: first-patient/],
    [['--scenario', 'ivy', '--scenario', 'child'], 2, /--scenario is given twice/],
    [['--protocol', 'better'], 2, /--protocol must be original or redesigned/],
    [['--genotype', 'MMP20'], 2, /GENE:STRENGTH/],
    [['--genotype', 'FOO:0.5'], 2, /unknown gene FOO/],
    [['--genotype', 'MMP20:2'], 2, /strength of MMP20 must be from 0 to 1/],
    [['--genotype', 'MMP20:0.5,MMP20:0.2'], 2, /MMP20 is given twice/],
    [['--frobnicate'], 2, /unknown argument "--frobnicate"/],
    [['--model', join(dir, 'missing.glb')], 1, /cannot read model .*missing\.glb: no such file/],
    [['--model', dir], 1, /cannot read model .*: it is a folder/],
    [['--model', junk], 1, /cannot use model junk\.stl/],
    [['--model', empty], 1, /cannot use model empty\.obj/],
  ] as [string[], number, RegExp][])(
    'rejects %j with one clear line (exit %i)',
    async ([args, code, pattern], { expect }) => {
      const r = await sim(args);
      expect(r.code).toBe(code);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^sim: /);
      expect(lines[0]).toMatch(pattern);
    },
  );
});
