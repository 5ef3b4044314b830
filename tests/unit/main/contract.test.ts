import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contract,
  KioskConfigSchema,
  MAX_SCREENSHOT_BYTES,
  ModelFileSchema,
  PNG_SIGNATURE,
  ScreenshotRequestSchema,
} from '../../../main/ipc/contract';
import { HOST_METHODS } from '../../../main/ipc/channels';

const png = (extra = 16) => {
  const bytes = new Uint8Array(PNG_SIGNATURE.length + extra);
  bytes.set(PNG_SIGNATURE);
  return bytes;
};

describe('IPC contract', () => {
  it('declares exactly the channels the host methods call', () => {
    expect(Object.keys(contract).sort()).toEqual(Object.values(HOST_METHODS).sort());
  });

  it('takes no payload on the no-payload channels', () => {
    for (const channel of ['model:open', 'model:initial', 'kiosk:config'] as const) {
      expect(contract[channel].request.safeParse(undefined).success).toBe(true);
      for (const hostile of [null, 0, '', {}, [], { __proto__: { polluted: true } }]) {
        expect(contract[channel].request.safeParse(hostile).success).toBe(false);
      }
    }
  });

  it('takes exactly a boolean attract-loop report', () => {
    const request = contract['kiosk:attract'].request;
    expect(request.safeParse({ active: true }).success).toBe(true);
    expect(request.safeParse({ active: false }).success).toBe(true);
    for (const hostile of [
      undefined,
      null,
      true,
      {},
      { active: 1 },
      { active: 'true' },
      { active: true, x: 1 },
    ]) {
      expect(request.safeParse(hostile).success).toBe(false);
    }
    expect(contract['kiosk:attract'].response.safeParse(null).success).toBe(true);
  });

  it('accepts a PNG screenshot with a name', () => {
    const parsed = ScreenshotRequestSchema.parse({ png: png(), suggestedName: 'molar.png' });
    expect(parsed.suggestedName).toBe('molar.png');
    expect(parsed.png.byteLength).toBe(24);
  });

  it('refuses screenshots that are not PNG bytes', () => {
    const notPng = [
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0, 0]), // JPEG
      new Uint8Array(PNG_SIGNATURE.slice(0, 7)), // truncated signature
      new Uint8Array(0),
      Array.from(png()), // a plain array of the right numbers
      { 0: 0x89, 1: 0x50, length: 2 }, // array-like
      'iVBORw0KGgo=', // base64 text
      new Float32Array(4),
      null,
    ];
    for (const bytes of notPng) {
      expect(ScreenshotRequestSchema.safeParse({ png: bytes, suggestedName: 'a.png' }).success).toBe(false);
    }
  });

  it('refuses a screenshot over the size cap', () => {
    const big = new Uint8Array(MAX_SCREENSHOT_BYTES + 1);
    big.set(PNG_SIGNATURE);
    const result = ScreenshotRequestSchema.safeParse({ png: big, suggestedName: 'a.png' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/larger than 50 MB/);
  });

  it('refuses hostile screenshot requests', () => {
    const hostile: unknown[] = [
      { png: png() }, // missing name
      { png: png(), suggestedName: '' },
      { png: png(), suggestedName: 'x'.repeat(10_000) }, // huge string
      { png: png(), suggestedName: 42 },
      { png: png(), suggestedName: { toString: () => 'a.png' } }, // nested object
      { png: png(), suggestedName: 'a.png', extra: 1 }, // extra key
      JSON.parse('{"suggestedName":"a.png","__proto__":{"admin":true}}'), // prototype-pollution key
      [png(), 'a.png'],
    ];
    for (const payload of hostile) {
      expect(ScreenshotRequestSchema.safeParse(payload).success).toBe(false);
    }
    expect(({} as Record<string, unknown>)['admin']).toBeUndefined();
  });

  it('keeps a valid request intact but never returns extra keys', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (extra) => {
        const payload = { png: png(), suggestedName: 'a.png', ...extra };
        const result = ScreenshotRequestSchema.safeParse(payload);
        const onlyKnownKeys = Object.keys(extra).every((k) => k === 'png' || k === 'suggestedName');
        if (result.success) expect(Object.keys(result.data).sort()).toEqual(['png', 'suggestedName']);
        if (!onlyKnownKeys) expect(result.success).toBe(false);
      }),
    );
  });

  it('checks model files returned by main', () => {
    expect(ModelFileSchema.safeParse({ name: 'tooth.stl', bytes: new Uint8Array(3) }).success).toBe(true);
    expect(ModelFileSchema.safeParse({ name: 'tooth.stl', bytes: Buffer.from([1, 2]) }).success).toBe(true);
    expect(ModelFileSchema.safeParse({ name: '', bytes: new Uint8Array(3) }).success).toBe(false);
    expect(ModelFileSchema.safeParse({ name: 'tooth.stl', bytes: [1, 2, 3] }).success).toBe(false);
  });

  it('gives the kiosk config safe defaults and bounds every number', () => {
    const defaults = KioskConfigSchema.parse({});
    expect(defaults).toEqual({
      mode: 'desktop',
      idleResetSeconds: 120,
      language: 'en',
      bots: 5000,
      uiScale: 1,
      maxRestarts: 5,
      restartWindowSeconds: 600,
      heapLimitMB: 1024,
      dailyRestartHour: 4,
      heartbeatMinutes: 5,
    });
    expect(KioskConfigSchema.parse({ dailyRestartHour: null }).dailyRestartHour).toBeNull();
    for (const bad of [-1, 24, 3.5, '04:00']) {
      expect(KioskConfigSchema.safeParse({ dailyRestartHour: bad }).success).toBe(false);
    }
    for (const bad of [NaN, Infinity, -1, 1e9, 12.5, '120', null]) {
      expect(KioskConfigSchema.safeParse({ heapLimitMB: bad }).success).toBe(false);
      expect(KioskConfigSchema.safeParse({ heartbeatMinutes: bad }).success).toBe(false);
      expect(KioskConfigSchema.safeParse({ idleResetSeconds: bad }).success).toBe(false);
      expect(KioskConfigSchema.safeParse({ bots: bad }).success).toBe(false);
    }
    expect(KioskConfigSchema.safeParse({ mode: 'admin' }).success).toBe(false);
    expect(KioskConfigSchema.safeParse({ language: 'fr' }).success).toBe(false);
  });
});
