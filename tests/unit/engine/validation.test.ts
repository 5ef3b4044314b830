import { describe, expect, it } from 'vitest';
import { deltaE00 } from '../../../renderer/colour';
import { Engine } from '../../../renderer/engine/engine';
import { EngineInputError } from '../../../renderer/engine/validation';
import { WHITE_SPOT_FULL_DEPTH_MM } from '../../../renderer/engine/constants';
import { HEALTHY_ENAMEL_LAB, WHITE_SPOT_LAB } from '../../../renderer/engine/palette';
import type { EngineConfig, SiteField } from '../../../renderer/engine/types';
import { standIn } from './fixtures';

const good: EngineConfig = { seed: 1, bots: 100, protocol: 'original', genotype: { MMP20: 0.5 } };

function expectRejected(sites: SiteField, config: EngineConfig, pattern: RegExp): void {
  let error: unknown;
  try {
    new Engine(sites, config, deltaE00);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(EngineInputError);
  const message = (error as Error).message;
  expect(message).toMatch(pattern);
  expect(message).not.toContain('\n');
}

describe('bad input gets one clear message', () => {
  const sites = standIn('caries', 300);

  it('accepts a good config', () => {
    expect(() => new Engine(sites, good, deltaE00)).not.toThrow();
  });

  it.each([
    [{ ...good, bots: 0 }, /bots must be an integer/],
    [{ ...good, bots: 2.5 }, /bots must be an integer/],
    [{ ...good, bots: 1e9 }, /bots must be an integer/],
    [{ ...good, seed: -1 }, /seed must be an integer/],
    [{ ...good, seed: 1.5 }, /seed must be an integer/],
    [{ ...good, protocol: 'improved' as never }, /protocol must be original or redesigned/],
    [{ ...good, genotype: { XYZ: 0.5 } as never }, /unknown gene XYZ/],
    [{ ...good, genotype: { ENAM: 1.5 } }, /strength of ENAM/],
    [{ ...good, genotype: { ENAM: -0.1 } }, /strength of ENAM/],
    [{ ...good, genotype: { ENAM: Number.NaN } }, /strength of ENAM/],
    [{ ...good, genotype: null as never }, /genotype missing/],
    [{ ...good, dt: 0 }, /dt must be/],
    [{ ...good, dt: 2 }, /dt must be/],
    [{ ...good, treatmentSeconds: -5 }, /treatmentSeconds/],
    [{ ...good, checkpoints: [{ id: '', time: 1 }] }, /checkpoint/],
    [{ ...good, checkpoints: [{ id: 'a', time: -1 }] }, /checkpoint/],
  ] as [EngineConfig, RegExp][])('rejects config %#', (config, pattern) => {
    expectRejected(sites, config, pattern);
  });

  const broken = (patch: Partial<Record<keyof SiteField, unknown>>): SiteField =>
    ({ ...sites, ...patch }) as SiteField;
  const withNaN = (a: Float32Array, i: number) => {
    const c = Float32Array.from(a);
    c[i] = Number.NaN;
    return c;
  };

  it.each([
    [broken({ count: 0 }), /count must be a positive integer/],
    [broken({ positions: new Float32Array(5) }), /positions has 5 values/],
    [broken({ positions: withNaN(sites.positions, 4) }), /positions\[4\] is not a finite number/],
    [broken({ normals: new Float32Array(sites.count * 3) }), /normal 0 is not of unit length/],
    [broken({ area: Array.from(sites.area) }), /area must be a Float32Array/],
    [broken({ targetThickness: withNaN(sites.targetThickness, 0) }), /targetThickness\[0\]/],
    [broken({ initialThickness: new Float32Array(sites.count).fill(-1) }), /thickness 0 is negative/],
    [broken({ area: new Float32Array(sites.count).fill(-1) }), /area 0 is negative/],
  ] as [SiteField, RegExp][])('rejects site field %#', (bad, pattern) => {
    expectRejected(bad, good, pattern);
  });

  it('starts each site from the look its lesion depth gives: healthy enamel, up to a full white spot', () => {
    const e = new Engine(sites, good, deltaE00);
    const lab = (s: number): number[] => Array.from(e.siteLab.subarray(s * 3, s * 3 + 3));
    const deficit = (s: number): number => sites.targetThickness[s]! - sites.initialThickness[s]!;
    const healthy = Array.from({ length: sites.count }, (_, s) => s).find((s) => deficit(s) <= 0)!;
    expect(lab(healthy)).toEqual(Array.from(Float32Array.from(HEALTHY_ENAMEL_LAB)));
    const deep = Array.from(e.lesionSites).find((s) => deficit(s) >= WHITE_SPOT_FULL_DEPTH_MM);
    expect(deep).toBeDefined();
    expect(lab(deep!)).toEqual(Array.from(Float32Array.from(WHITE_SPOT_LAB)));
  });
});
