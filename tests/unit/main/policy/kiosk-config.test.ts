import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { KioskConfigSchema } from '../../../../main/ipc/contract';
import {
  configMessage,
  defaultKioskConfig,
  effectiveConfig,
  loadKioskConfig,
  MAX_CONFIG_BYTES,
  parseKioskConfig,
} from '../../../../main/policy/kiosk-config';

const defaults = defaultKioskConfig();

describe('kiosk config parsing', () => {
  it('uses defaults when there is no file', () => {
    expect(parseKioskConfig(null)).toEqual({ config: defaults, problems: [] });
  });

  it('reads a complete, valid file as is', () => {
    const file = {
      mode: 'kiosk',
      idleResetSeconds: 90,
      language: 'es',
      bots: 8000,
      uiScale: 1.5,
      maxRestarts: 3,
      restartWindowSeconds: 300,
      heapLimitMB: 768,
      dailyRestartHour: null,
      heartbeatMinutes: 10,
    };
    expect(parseKioskConfig(JSON.stringify(file))).toEqual({ config: file, problems: [] });
  });

  it('falls back field by field for the watchdog settings', () => {
    const { config, problems } = parseKioskConfig(
      JSON.stringify({ heapLimitMB: 64, dailyRestartHour: '04:00', heartbeatMinutes: 2, mode: 'kiosk' }),
    );
    expect(config).toEqual({ ...defaults, mode: 'kiosk', heartbeatMinutes: 2 });
    expect(problems.map((p) => p.split(':')[0])).toEqual(['heapLimitMB', 'dailyRestartHour']);
    expect(problems[1]).toMatch(/using 4$/);
  });

  it('accepts a byte-order mark', () => {
    expect(parseKioskConfig('\uFEFF{"language":"es"}').config.language).toBe('es');
  });

  it('keeps the good fields when one is bad, and names the bad one', () => {
    const { config, problems } = parseKioskConfig('{"mode":"kiosk","language":"fr","bots":8000}');
    expect(config).toEqual({ ...defaults, mode: 'kiosk', bots: 8000 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^language: .*, using en$/);
  });

  it('falls back field by field for wrong types and out-of-range numbers', () => {
    const { config, problems } = parseKioskConfig(
      JSON.stringify({
        idleResetSeconds: '60',
        bots: 1e12,
        uiScale: -3,
        maxRestarts: 2.5,
        mode: 'presenter',
      }),
    );
    expect(config).toEqual({ ...defaults, mode: 'presenter' });
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'idleResetSeconds',
      'bots',
      'uiScale',
      'maxRestarts',
    ]);
  });

  it('reports unknown settings without failing', () => {
    const { config, problems } = parseKioskConfig('{"idleResetSecs":30,"language":"es"}');
    expect(config.language).toBe('es');
    expect(problems).toEqual(['unknown setting ignored: idleResetSecs']);
  });

  it('is not fooled by prototype keys', () => {
    const { config, problems } = parseKioskConfig(
      '{"__proto__":{"mode":"kiosk"},"constructor":{"prototype":{"x":1}}}',
    );
    expect(config).toEqual(defaults);
    expect(config.mode).toBe('desktop');
    expect(problems).toEqual(['unknown settings ignored: __proto__, constructor']);
    expect(({} as Record<string, unknown>)['mode']).toBeUndefined();
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('falls back to all defaults for text that is not a JSON object, with one message', () => {
    for (const text of ['{ "mode": "kiosk", }', '', 'null', '[1,2]', '"kiosk"', '42', '{"mode":']) {
      const { config, problems } = parseKioskConfig(text);
      expect(config, text).toEqual(defaults);
      expect(problems, text).toHaveLength(1);
      expect(problems[0]).toMatch(/using the defaults$/);
    }
    expect(parseKioskConfig('x'.repeat(MAX_CONFIG_BYTES + 1)).problems[0]).toMatch(/larger than 64 KB/);
  });

  it('never throws and always yields a valid config', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const { config } = parseKioskConfig(text);
          expect(KioskConfigSchema.safeParse(config).success).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes problems as one log line', () => {
    expect(configMessage('/etc/k.json', [])).toBeNull();
    const message = configMessage('/etc/k.json', [
      'language: bad\nvalue, using en',
      'unknown setting ignored: x',
    ]);
    expect(message).toBe(
      'Kiosk config /etc/k.json: language: bad value, using en; unknown setting ignored: x',
    );
  });

  it('lets the command line choose the mode', () => {
    expect(effectiveConfig(defaults, 'kiosk').mode).toBe('kiosk');
    expect(effectiveConfig({ ...defaults, mode: 'presenter' }, null).mode).toBe('presenter');
  });
});

describe('kiosk config file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tooth-config-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is optional at the default location, required when named', () => {
    const missing = path.join(dir, 'missing.json');
    expect(loadKioskConfig(missing, false)).toEqual({ config: defaults, problems: [], found: false });
    const named = loadKioskConfig(missing, true);
    expect(named.config).toEqual(defaults);
    expect(named.problems).toEqual(['file not found, using the defaults']);
  });

  it('reads a file from disk', () => {
    const file = path.join(dir, 'kiosk.json');
    fs.writeFileSync(file, JSON.stringify({ mode: 'kiosk', idleResetSeconds: 45 }));
    expect(loadKioskConfig(file, true)).toEqual({
      config: { ...defaults, mode: 'kiosk', idleResetSeconds: 45 },
      problems: [],
      found: true,
    });
  });

  it('ships an example that installers can copy as is', () => {
    const example = fileURLToPath(new URL('../../../../main/kiosk.example.json', import.meta.url));
    const loaded = loadKioskConfig(example, true);
    expect(loaded.problems).toEqual([]);
    expect(loaded.config).toEqual({ ...defaults, mode: 'kiosk' });
  });

  it('refuses a directory and an oversized file without reading them', () => {
    expect(loadKioskConfig(dir, true).problems).toEqual(['not a file, using the defaults']);
    const big = path.join(dir, 'big.json');
    fs.writeFileSync(big, ' '.repeat(MAX_CONFIG_BYTES + 10));
    expect(loadKioskConfig(big, true).problems[0]).toMatch(/larger than 64 KB/);
  });
});
