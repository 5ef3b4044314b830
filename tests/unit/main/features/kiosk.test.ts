// The kiosk's supervision wired to the stand-in Electron: watchdogs, faults, restarts, session end, links and
// the presenter's two windows.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  app,
  FakeBrowserWindow,
  FakeEvent,
  type FakeWebContents,
  fakeLog,
  powerMonitor,
  screen,
} from './fake-electron';
import { args, context } from './context';

vi.mock('electron', () => import('./fake-electron'));
vi.mock('electron-log/main', async () => ({ default: (await import('./fake-electron')).fakeLog }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  // The relaunch history goes to the user-data folder; the tests keep it in memory.
  const files = new Map<string, string>();
  const readFileSync = (file: string, enc?: unknown) => {
    if (String(file).startsWith('/nonexistent/')) {
      const text = files.get(String(file));
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return text;
    }
    return fs.readFileSync(file, enc as BufferEncoding);
  };
  const writeFileSync = (file: string, text: string) => {
    if (String(file).startsWith('/nonexistent/')) files.set(String(file), text);
    else fs.writeFileSync(file, text);
  };
  const mkdirSync = (dir: string, options?: unknown) =>
    String(dir).startsWith('/nonexistent/') ? undefined : fs.mkdirSync(dir, options as never);
  const patched = { ...fs, readFileSync, writeFileSync, mkdirSync };
  return { ...patched, default: patched };
});

const { createMainWindow } = await import('../../../../main/features/window');
const { setupGpuRecovery, setupMainProcessRecovery, checkCommandLine } = await import(
  '../../../../main/features/faults'
);
const {
  watchKioskWindow,
  reportAttractLoop,
  setupDailyRestart,
  setupHeartbeat,
  setupSessionEnd,
  LOAD_GRACE_MS,
} = await import('../../../../main/features/kiosk');
const { openWindows, openLink, handleSecondInstance, setupLinks, registerLinkScheme } = await import(
  '../../../../main/features/classroom'
);
const { WATCHDOG_INTERVAL_MS } = await import('../../../../main/policy/watchdog');

const MB = 1024 * 1024;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(2025, 2, 10, 12, 0) });
  vi.clearAllMocks();
  app.removeAllListeners();
  powerMonitor.removeAllListeners();
  FakeBrowserWindow.instances.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

function kiosk(config: Record<string, unknown> = {}) {
  const ctx = context('kiosk', {}, config);
  const win = createMainWindow(ctx) as unknown as FakeBrowserWindow;
  watchKioskWindow(ctx, win as never);
  const contents = win.webContents as FakeWebContents;
  contents.loadURL.mockClear();
  return { ctx, win, contents };
}

/** A capture with the tooth in the middle of the scene area. */
function healthyCapture(contents: FakeWebContents) {
  const width = 100;
  const height = 100;
  const bitmap = new Uint8Array(width * height * 4).fill(20);
  for (let y = 30; y < 70; y++) bitmap.fill(200, (y * width + 20) * 4, (y * width + 60) * 4);
  contents.capture = { width, height, bitmap };
}

describe('the blank-screen watchdog', () => {
  it('reloads a scene that stays one colour for two checks, through the crash-loop guard', async () => {
    const { ctx, contents } = kiosk();
    await vi.advanceTimersByTimeAsync(WATCHDOG_INTERVAL_MS);
    expect(fakeLog.warn).toHaveBeenCalledWith('The scene looks blank; checking again in a minute');
    expect(contents.loadURL).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(WATCHDOG_INTERVAL_MS + 1000);
    expect(contents.loadURL).toHaveBeenCalledWith('app://tooth-rebirth/index.html');
    expect(ctx.health.reloads).toBe(1);
  });

  it('leaves a drawn scene alone, and gives a fresh page time to draw', async () => {
    const { contents } = kiosk();
    healthyCapture(contents);
    await vi.advanceTimersByTimeAsync(5 * WATCHDOG_INTERVAL_MS);
    expect(contents.loadURL).not.toHaveBeenCalled();
    expect(contents.capturePage).toHaveBeenCalledTimes(5);
    contents.capturePage.mockClear();
    await vi.advanceTimersByTimeAsync(WATCHDOG_INTERVAL_MS - LOAD_GRACE_MS / 2);
    contents.emit('did-navigate');
    await vi.advanceTimersByTimeAsync(LOAD_GRACE_MS / 2);
    expect(contents.capturePage).not.toHaveBeenCalled();
  });

  it('counts a capture that never answers as blank', async () => {
    const { contents } = kiosk();
    contents.capturePage.mockImplementation(() => new Promise(() => undefined));
    await vi.advanceTimersByTimeAsync(2 * WATCHDOG_INTERVAL_MS + 10_000);
    expect(contents.loadURL).toHaveBeenCalledTimes(1);
  });
});

describe('the memory watchdog', () => {
  it('waits for the attract loop before reloading a page over the heap limit', async () => {
    const { ctx, contents } = kiosk({ heapLimitMB: 512 });
    healthyCapture(contents);
    contents.probeAnswer = { heapBytes: 700 * MB, fps: 58 };
    await vi.advanceTimersByTimeAsync(3 * WATCHDOG_INTERVAL_MS);
    expect(contents.loadURL).not.toHaveBeenCalled();
    expect(fakeLog.warn).toHaveBeenCalledWith(expect.stringMatching(/heap is 700 MB, over 512 MB/));
    expect(ctx.health).toMatchObject({ heapBytes: 700 * MB, fps: 58 });
    reportAttractLoop(ctx, true);
    expect(contents.loadURL).toHaveBeenCalledTimes(1);
    expect(ctx.health.reloads).toBe(1);
  });

  it('ignores an answer outside the probe’s shape', async () => {
    const { ctx, contents } = kiosk({ heapLimitMB: 512 });
    healthyCapture(contents);
    contents.probeAnswer = { heapBytes: '9999999999', fps: 1 };
    reportAttractLoop(ctx, true);
    await vi.advanceTimersByTimeAsync(2 * WATCHDOG_INTERVAL_MS);
    expect(contents.loadURL).not.toHaveBeenCalled();
    expect(ctx.health.heapBytes).toBeNull();
  });
});

describe('faults', () => {
  it('keeps WebGL unblocked and reloads the views when the GPU process dies', async () => {
    const { ctx, contents } = kiosk();
    setupGpuRecovery(ctx);
    expect(app.disableDomainBlockingFor3DAPIs).toHaveBeenCalled();
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('enable-precise-memory-info');
    app.emit('child-process-gone', new FakeEvent(), { type: 'GPU', reason: 'crashed', exitCode: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(contents.loadURL).toHaveBeenCalledTimes(1);
    expect(ctx.health.gpuCrashes).toBe(1);
    app.emit('child-process-gone', new FakeEvent(), { type: 'Utility', reason: 'crashed', exitCode: 1 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(contents.loadURL).toHaveBeenCalledTimes(1);
  });

  it('relaunches a kiosk after repeated GPU crashes, backing off across launches', async () => {
    const { ctx } = kiosk();
    setupGpuRecovery(ctx);
    for (let i = 0; i < 3; i++) {
      app.emit('child-process-gone', new FakeEvent(), { type: 'GPU', reason: 'crashed', exitCode: 1 });
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(app.relaunch).toHaveBeenCalledTimes(1);
    expect(app.exit).toHaveBeenCalledWith(0);
    // The next launch fails again soon after: it waits before relaunching.
    const next = context('kiosk');
    setupGpuRecovery(next);
    for (let i = 0; i < 3; i++) {
      app.emit('child-process-gone', new FakeEvent(), { type: 'GPU', reason: 'crashed', exitCode: 1 });
    }
    await vi.advanceTimersByTimeAsync(4_999);
    expect(app.relaunch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(app.relaunch).toHaveBeenCalledTimes(2);
  });

  it('relaunches a kiosk on an uncaught main-process error; under a supervisor it only exits', async () => {
    const before = process.listeners('uncaughtException');
    const ctx = context('kiosk', { args: args({ supervised: true }) });
    setupMainProcessRecovery(ctx);
    const added = process.listeners('uncaughtException').filter((l) => !before.includes(l));
    expect(added).toHaveLength(1);
    try {
      added[0]!(new Error('boom'), 'uncaughtException');
      await vi.advanceTimersByTimeAsync(MB); // at most the five-minute ceiling
      expect(fakeLog.error).toHaveBeenCalledWith('Uncaught error in the main process', expect.any(Error));
      expect(app.relaunch).not.toHaveBeenCalled();
      expect(app.exit).toHaveBeenCalledWith(75);
    } finally {
      for (const l of added) process.removeListener('uncaughtException', l);
      for (const l of process.listeners('unhandledRejection').slice(-1))
        process.removeListener('unhandledRejection', l);
    }
    setupMainProcessRecovery(context('desktop'));
    expect(process.listeners('uncaughtException').filter((l) => !before.includes(l))).toHaveLength(0);
  });

  it('refuses a packaged kiosk started with a debugging port', () => {
    const saved = process.argv;
    try {
      process.argv = ['/opt/tr/tooth-rebirth', '--kiosk', '--remote-debugging-port=9222'];
      expect(checkCommandLine(context('kiosk'))).toBe(false);
      expect(fakeLog.error).toHaveBeenCalledWith(expect.stringContaining('--remote-debugging-port'));
      expect(checkCommandLine(context('desktop'))).toBe(true);
    } finally {
      process.argv = saved;
    }
  });
});

describe('the kiosk surface and the day', () => {
  it('hides the cursor on every page load', () => {
    const { contents } = kiosk();
    contents.emit('dom-ready');
    expect(contents.insertCSS).toHaveBeenCalledWith('* { cursor: none !important; }', { cssOrigin: 'user' });
  });

  it('shows a window whose first load never got ready', async () => {
    const { win } = kiosk();
    await vi.advanceTimersByTimeAsync(9_999);
    expect(win.show).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('lets a Windows session end or a shutdown close the kiosk', () => {
    for (const event of ['query-session-end', 'session-end'] as const) {
      const { win } = kiosk();
      win.emit(event, new FakeEvent());
      const close = new FakeEvent();
      win.emit('close', close);
      expect(close.defaultPrevented, event).toBe(false);
    }
    const ctx = context('kiosk');
    setupSessionEnd(ctx);
    powerMonitor.emit('shutdown', new FakeEvent());
    expect(ctx.quitting).toBe(true);
    expect(app.quit).toHaveBeenCalled();
  });

  it('restarts daily at the configured hour, once the attract loop shows', async () => {
    const ctx = context('kiosk', {}, { dailyRestartHour: 13 });
    setupDailyRestart(ctx);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(app.relaunch).not.toHaveBeenCalled();
    expect(fakeLog.info).toHaveBeenCalledWith('Daily restart due; waiting for the attract loop');
    reportAttractLoop(ctx, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(app.relaunch).toHaveBeenCalledTimes(1);
    setupDailyRestart(context('kiosk', {}, { dailyRestartHour: null }));
    setupDailyRestart(context('desktop'));
    expect(fakeLog.info).toHaveBeenCalledTimes(2); // the schedule line and the waiting line, nothing more
  });

  it('writes a heartbeat every few minutes', async () => {
    const ctx = context('kiosk', {}, { heartbeatMinutes: 2 });
    setupHeartbeat(ctx);
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    const beats = fakeLog.info.mock.calls.filter((c) => String(c[0]).startsWith('Heartbeat: up'));
    expect(beats).toHaveLength(2);
    expect(String(beats[0]![0])).toMatch(/heap n\/a, n\/a fps, 0 reloads, 0 GPU crashes, in use$/);
  });
});

describe('the classroom', () => {
  it('opens the audience full screen on the projector and the presenter on the laptop', () => {
    screen.displays = [
      {
        id: 1,
        bounds: { x: 0, y: 0, width: 1920, height: 1080 },
        workArea: { x: 0, y: 0, width: 1920, height: 1040 },
      },
      {
        id: 2,
        bounds: { x: 1920, y: 0, width: 1280, height: 720 },
        workArea: { x: 1920, y: 0, width: 1280, height: 720 },
      },
    ];
    const ctx = context('presenter');
    openWindows(ctx);
    const [audience, presenter] = FakeBrowserWindow.instances;
    expect(audience!.options).toMatchObject({ x: 1920, fullscreen: true });
    expect(audience!.webContents.loadURL).toHaveBeenCalledWith('app://tooth-rebirth/index.html?audience=1');
    expect(presenter!.webContents.loadURL).toHaveBeenCalledWith('app://tooth-rebirth/index.html?presenter=1');
    // Both answer the IPC gateway; the links go to the presenter.
    expect(ctx.ownWebContents).toEqual(new Set([audience!.webContents.id, presenter!.webContents.id]));
    expect(ctx.mainWindow).toBe(presenter);
    presenter!.emit('closed');
    expect(audience!.close).toHaveBeenCalled();
  });

  it('opens a checked link in the main window, and refuses a bad one without changing anything', () => {
    const ctx = context('desktop');
    openWindows(ctx);
    const contents = FakeBrowserWindow.instances[0]!.webContents;
    contents.loadURL.mockClear();
    openLink(ctx, 'tooth-rebirth://open#m=<script>', 'the system');
    expect(contents.loadURL).not.toHaveBeenCalled();
    expect(fakeLog.warn).toHaveBeenCalledWith(expect.stringMatching(/^Refused a link from the system: /));
    handleSecondInstance(ctx, ['/opt/tr/tooth-rebirth', 'tooth-rebirth://open#m=abc']);
    expect(contents.loadURL).toHaveBeenCalledWith('app://tooth-rebirth/index.html#m=abc');
  });

  it('carries a start-up link into the first load, and takes macOS links', () => {
    const ctx = context('desktop', { args: args({ link: '#m=start' }) });
    setupLinks(ctx);
    expect(ctx.pendingLink).toBe('m=start');
    openWindows(ctx);
    const contents = FakeBrowserWindow.instances[0]!.webContents;
    expect(contents.loadURL).toHaveBeenCalledWith('app://tooth-rebirth/index.html#m=start');
    const event = new FakeEvent();
    app.emit('open-url', event, 'tooth-rebirth://open?m=next');
    expect(event.defaultPrevented).toBe(true);
    expect(contents.loadURL).toHaveBeenLastCalledWith('app://tooth-rebirth/index.html#m=next');
  });

  it('registers the link scheme, except on a kiosk', () => {
    registerLinkScheme(context('desktop'));
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('tooth-rebirth');
    app.setAsDefaultProtocolClient.mockClear();
    registerLinkScheme(context('kiosk'));
    expect(app.setAsDefaultProtocolClient).not.toHaveBeenCalled();
  });
});
