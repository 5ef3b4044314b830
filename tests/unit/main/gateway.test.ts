import type { IpcMainInvokeEvent } from 'electron';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contract, KioskConfigSchema, PNG_SIGNATURE } from '../../../main/ipc/contract';
import {
  type ChannelHandlers,
  describeIssues,
  HostError,
  type IpcMainLike,
  oneLine,
  registerGateway,
} from '../../../main/ipc/gateway';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** Stands in for ipcMain: keeps the listeners so the test can invoke them as a window would. */
class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener) {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`);
    this.listeners.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.listeners.delete(channel);
  }
  invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return Promise.resolve().then(() => listener(event, ...args));
  }
}

const ownEvent = {
  sender: { id: 1 },
  senderFrame: { url: 'app://tooth-rebirth/index.html' },
} as IpcMainInvokeEvent;
const strangerEvent = {
  sender: { id: 99 },
  senderFrame: { url: 'https://evil.example/' },
} as IpcMainInvokeEvent;

function png(size = 32) {
  const bytes = new Uint8Array(size);
  bytes.set(PNG_SIGNATURE);
  return bytes;
}

function setup(overrides: Partial<ChannelHandlers> = {}) {
  const ipc = new FakeIpcMain();
  const log = { warn: vi.fn<(m: string) => void>(), error: vi.fn<(m: string, e?: unknown) => void>() };
  const handlers: ChannelHandlers = {
    'model:open': vi.fn(async () => ({ name: 'tooth.stl', bytes: new Uint8Array([1, 2, 3]) })),
    'model:initial': vi.fn(() => null),
    'screenshot:save': vi.fn(async () => ({ path: '/home/user/Pictures/a.png' })),
    'kiosk:config': vi.fn(() => KioskConfigSchema.parse({ mode: 'kiosk' })),
    'kiosk:attract': vi.fn(() => null),
    ...overrides,
  };
  const dispose = registerGateway(ipc, handlers, {
    isTrustedSender: (event) => event.sender.id === 1,
    log,
  });
  return { ipc, log, handlers, dispose };
}

describe('IPC gateway', () => {
  let env: ReturnType<typeof setup>;
  beforeEach(() => {
    env = setup();
  });

  it('registers every channel of the contract and removes them on dispose', () => {
    expect([...env.ipc.listeners.keys()].sort()).toEqual(Object.keys(contract).sort());
    env.dispose();
    expect(env.ipc.listeners.size).toBe(0);
  });

  it('answers a valid call from the app window with the handler result', async () => {
    await expect(env.ipc.invoke('kiosk:config', ownEvent)).resolves.toMatchObject({ mode: 'kiosk' });
    await expect(env.ipc.invoke('kiosk:attract', ownEvent, { active: true })).resolves.toBeNull();
    expect(env.handlers['kiosk:attract']).toHaveBeenCalledWith({ active: true }, ownEvent);
    const request = { png: png(), suggestedName: 'molar.png' };
    await expect(env.ipc.invoke('screenshot:save', ownEvent, request)).resolves.toEqual({
      path: '/home/user/Pictures/a.png',
    });
    expect(env.handlers['screenshot:save']).toHaveBeenCalledWith(request, ownEvent);
  });

  it('drops calls from frames the app did not create, without running the handler', async () => {
    for (const channel of Object.keys(contract)) {
      await expect(env.ipc.invoke(channel, strangerEvent)).rejects.toThrow(`${channel}: refused`);
    }
    for (const handler of Object.values(env.handlers)) expect(handler).not.toHaveBeenCalled();
    expect(env.log.warn).toHaveBeenCalledTimes(Object.keys(contract).length);
    expect(env.log.warn.mock.calls[0]?.[0]).toMatch(
      /did not create.*webContents 99, https:\/\/evil\.example/,
    );
  });

  it('treats a sender check that throws as untrusted', async () => {
    const ipc = new FakeIpcMain();
    const log = { warn: vi.fn(), error: vi.fn() };
    const handlers = setup().handlers;
    registerGateway(ipc, handlers, {
      isTrustedSender: () => {
        throw new Error('frame disposed');
      },
      log,
    });
    await expect(ipc.invoke('kiosk:config', ownEvent)).rejects.toThrow('refused');
    expect(handlers['kiosk:config']).not.toHaveBeenCalled();
  });

  it('refuses hostile payloads with one short line, and never calls the handler', async () => {
    const hostile: Array<[string, unknown[]]> = [
      ['kiosk:config', [{}]], // payload on a no-payload channel
      ['kiosk:attract', []], // missing payload
      ['kiosk:attract', [{ active: 'yes' }]],
      ['kiosk:attract', [{ active: true, heapBytes: 1 }]], // extra key
      ['model:open', ['../../etc/passwd']],
      ['kiosk:config', [{ __proto__: { isAdmin: true } }]],
      ['screenshot:save', []], // missing payload
      ['screenshot:save', [null]],
      ['screenshot:save', ['a.png']], // wrong type
      ['screenshot:save', [{ png: png(), suggestedName: 'a.png', path: '/etc/cron.d/x' }]], // extra key
      ['screenshot:save', [JSON.parse('{"png":1,"suggestedName":"a.png","__proto__":{"x":1}}')]],
      ['screenshot:save', [{ png: png(), suggestedName: NaN }]],
      ['screenshot:save', [{ png: png(), suggestedName: 'x'.repeat(5_000_000) }]], // huge string
      ['screenshot:save', [{ png: new TextEncoder().encode('GIF89a not a png'), suggestedName: 'a.png' }]],
      ['screenshot:save', [{ png: { length: 8, 0: 0x89 }, suggestedName: 'a.png' }]],
      ['screenshot:save', [{ png: png(), suggestedName: { nested: { deeper: ['a.png'] } } }]],
      ['screenshot:save', [{ png: png(), suggestedName: 'a.png' }, 'second argument']],
    ];
    for (const [channel, args] of hostile) {
      const error = await env.ipc.invoke(channel, ownEvent, ...args).then(
        () => null,
        (e: Error) => e,
      );
      expect(error, `${channel} ${String(args[0]).slice(0, 40)}`).toBeInstanceOf(Error);
      expect(error!.message.startsWith(`${channel}:`)).toBe(true);
      expect(error!.message).not.toContain('\n');
      expect(error!.message.length).toBeLessThan(400);
      expect(error!.message).not.toContain('xxxxxxxxxx'); // the huge string is not echoed
    }
    for (const handler of Object.values(env.handlers)) expect(handler).not.toHaveBeenCalled();
    expect(env.log.warn).toHaveBeenCalledTimes(hostile.length);
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('names the field at fault', async () => {
    await expect(
      env.ipc.invoke('screenshot:save', ownEvent, { png: png(), suggestedName: 7 }),
    ).rejects.toThrow(/screenshot:save: invalid request \(suggestedName: .*expected string/);
    await expect(
      env.ipc.invoke('screenshot:save', ownEvent, { png: new Uint8Array(9), suggestedName: 'a.png' }),
    ).rejects.toThrow(/png: the image is not a PNG/);
  });

  it('passes a HostError message through and hides other failures behind a short notice', async () => {
    const failing = setup({
      'model:open': async () => {
        throw new HostError('"big.stl" is 900 MB; the largest model the app opens is 256 MB');
      },
      'model:initial': () => {
        throw new TypeError('Cannot read properties of undefined (secret internals)');
      },
    });
    await expect(failing.ipc.invoke('model:open', ownEvent)).rejects.toThrow(
      'model:open: "big.stl" is 900 MB; the largest model the app opens is 256 MB',
    );
    const hidden = await failing.ipc.invoke('model:initial', ownEvent).catch((e: Error) => e.message);
    expect(hidden).toBe('model:initial: the request failed (details are in the log)');
    expect(failing.log.error).toHaveBeenCalledWith(
      'IPC model:initial: handler failed',
      expect.any(TypeError),
    );
  });

  it('refuses to return a response outside the contract', async () => {
    const leaky = setup({
      'kiosk:config': () => ({ ...KioskConfigSchema.parse({}), secret: 'token' }) as never,
      'model:open': async () => ({ name: 'a.stl', bytes: 'not bytes' }) as never,
    });
    await expect(leaky.ipc.invoke('kiosk:config', ownEvent)).rejects.toThrow('the request failed');
    await expect(leaky.ipc.invoke('model:open', ownEvent)).rejects.toThrow('the request failed');
    expect(leaky.log.error).toHaveBeenCalledTimes(2);
    expect(leaky.log.error.mock.calls[0]?.[0]).toMatch(/outside the contract/);
  });

  it('never lets an arbitrary payload reach the screenshot handler unless it is a valid request', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ withTypedArray: true, withNullPrototype: true }), async (payload) => {
        const run = setup();
        const ok = await run.ipc.invoke('screenshot:save', ownEvent, payload).then(
          () => true,
          () => false,
        );
        expect(ok).toBe(false);
        expect(run.handlers['screenshot:save']).not.toHaveBeenCalled();
      }),
      { numRuns: 300 },
    );
  });
});

describe('issue text', () => {
  it('flattens control characters and bounds the length', () => {
    expect(oneLine('a\nb\r\n\tc\u0000d')).toBe('a b c d');
    expect(oneLine('y'.repeat(1000), 50)).toHaveLength(50);
  });

  it('describes at most three issues', () => {
    const issues = Array.from({ length: 5 }, (_, i) => ({
      code: 'custom' as const,
      path: [`f${i}`],
      message: `bad ${i}`,
      input: undefined,
    }));
    expect(describeIssues(issues)).toBe('f0: bad 0; f1: bad 1; f2: bad 2; and 2 more');
  });
});
