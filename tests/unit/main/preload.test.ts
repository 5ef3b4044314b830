import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanIpcErrorMessage, HOST_METHODS } from '../../../main/ipc/channels';
import type { HostApi } from '../../../main/ipc/contract';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, api: unknown) => electron.exposed.set(name, api),
  },
  ipcRenderer: { invoke: electron.invoke },
}));

let host: HostApi;

beforeAll(async () => {
  await import('../../../main/preload');
  host = electron.exposed.get('toothRebirthHost') as HostApi;
});

beforeEach(() => {
  electron.invoke.mockReset();
  electron.invoke.mockResolvedValue('answer');
});

describe('preload', () => {
  it('exposes exactly one global with one method per channel, and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['toothRebirthHost']);
    expect(Object.keys(host).sort()).toEqual(Object.keys(HOST_METHODS).sort());
    expect(Object.isFrozen(host)).toBe(true);
    for (const value of Object.values(host)) expect(typeof value).toBe('function');
  });

  it('sends no payload on the no-payload channels', async () => {
    for (const method of ['openModel', 'initialModel', 'kioskConfig'] as const) {
      electron.invoke.mockClear();
      await expect(host[method]()).resolves.toBe('answer');
      expect(electron.invoke).toHaveBeenCalledWith(HOST_METHODS[method]);
      expect(electron.invoke.mock.calls[0]).toHaveLength(1);
    }
  });

  it('sends the attract-loop report as one object', async () => {
    await host.reportAttractLoop(true);
    expect(electron.invoke).toHaveBeenCalledWith('kiosk:attract', { active: true });
  });

  it('sends the screenshot as one object', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    await host.saveScreenshot(png, 'molar.png');
    expect(electron.invoke).toHaveBeenCalledWith('screenshot:save', { png, suggestedName: 'molar.png' });
  });

  it("hands the page main's sentence without Electron's prefix", async () => {
    electron.invoke.mockRejectedValue(
      new Error(
        'Error invoking remote method \'model:open\': Error: model:open: "big.stl" is 900 MB; the largest model the app opens is 256 MB',
      ),
    );
    await expect(host.openModel()).rejects.toThrow(
      /^model:open: "big\.stl" is 900 MB; the largest model the app opens is 256 MB$/,
    );
  });
});

describe('IPC error messages', () => {
  it('loses only the prefix', () => {
    expect(
      cleanIpcErrorMessage("Error invoking remote method 'kiosk:config': Error: kiosk:config: refused"),
    ).toBe('kiosk:config: refused');
    expect(cleanIpcErrorMessage("Error invoking remote method 'x': TypeError: bad")).toBe('bad');
    expect(cleanIpcErrorMessage('plain message')).toBe('plain message');
  });
});
