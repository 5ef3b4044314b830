import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../../../../main/features/context';
import { type AppMode, PNG_SIGNATURE } from '../../../../main/ipc/contract';
import { args, context } from './context';
import {
  app,
  dialog,
  FakeBrowserWindow,
  FakeEvent,
  type FakeWebContents,
  fakeLog,
  ipcMain,
  Menu,
  powerSaveBlocker,
  protocol,
  session,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));
vi.mock('electron-log/main', async () => ({ default: (await import('./fake-electron')).fakeLog }));

const { registerAppScheme, setupAppProtocol } = await import('../../../../main/features/protocol');
const { setupSessionPolicy, setupWebContentsGuards } = await import('../../../../main/features/security');
const { createMainWindow, setupMenu, setupPowerSave } = await import('../../../../main/features/window');
const { setupIpc } = await import('../../../../main/features/ipc');
const { createAppContext } = await import('../../../../main/features/context');

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tooth-main-'));
  temps.push(dir);
  return dir;
}

beforeEach(() => {
  vi.clearAllMocks();
  app.removeAllListeners();
  session.defaultSession.removeAllListeners();
  FakeBrowserWindow.instances.length = 0;
});

describe('app:// protocol', () => {
  const root = tempDir();
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Tooth Rebirth</title>');
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(root), `${path.basename(root)}-secret.txt`), 'secret');
  temps.push(path.join(path.dirname(root), `${path.basename(root)}-secret.txt`));

  const request = (url: string, method = 'GET') =>
    protocol.handlers.get('app')!({ url, method } as Request) as Promise<Response>;

  it('registers a standard, secure, fetch-capable scheme', () => {
    registerAppScheme();
    expect(protocol.privileged).toContainEqual({
      scheme: 'app',
      privileges: expect.objectContaining({
        standard: true,
        secure: true,
        supportFetchAPI: true,
        stream: true,
      }),
    });
  });

  it('serves the renderer with cross-origin isolation and the CSP', async () => {
    setupAppProtocol(context('desktop', { rendererDir: root }));
    const page = await request('app://tooth-rebirth/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Tooth Rebirth</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(page.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const script = await request('app://tooth-rebirth/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    const head = await request('app://tooth-rebirth/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });

  it('answers 404 for missing files and refuses escapes without reading them', async () => {
    setupAppProtocol(context('desktop', { rendererDir: root }));
    expect((await request('app://tooth-rebirth/nope.js')).status).toBe(404);
    expect((await request('app://tooth-rebirth/assets')).status).toBe(404); // a directory
    const traversal = await request(`app://tooth-rebirth/..%2f${path.basename(root)}-secret.txt`);
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).toBe('');
    expect((await request('app://tooth-rebirth/', 'POST')).status).toBe(405);
    expect(fakeLog.warn).toHaveBeenCalledWith(
      expect.stringMatching(/^app:\/\/ refused GET .*: forbidden character$/),
    );
  });
});

describe('web contents guards', () => {
  function guarded(ctx = context()) {
    setupWebContentsGuards(ctx);
    const win = new FakeBrowserWindow({});
    return win.webContents;
  }

  it('sandboxes every renderer', () => {
    guarded();
    expect(app.enableSandbox).toHaveBeenCalled();
  });

  it('denies new windows', () => {
    const contents = guarded();
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'app://tooth-rebirth/index.html' })).toEqual({
      action: 'deny',
    });
  });

  it('stops navigation and redirects away from the app', () => {
    const contents = guarded();
    for (const [event, url, blocked] of [
      ['will-frame-navigate', 'https://example.com/', true],
      ['will-frame-navigate', 'file:///home/u/tooth.stl', true],
      ['will-frame-navigate', 'app://tooth-rebirth/index.html', false],
      ['will-redirect', 'https://example.com/', true],
    ] as const) {
      const details = Object.assign(new FakeEvent(), { url });
      contents.emit(event, details);
      expect(details.defaultPrevented, `${event} ${url}`).toBe(blocked);
    }
  });

  it('refuses webviews', () => {
    const contents = guarded();
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('session policy', () => {
  const ses = session.defaultSession;

  it('denies permission requests and checks, and device access', () => {
    setupSessionPolicy(context());
    const answers: boolean[] = [];
    ses.permissionRequestHandler!(null, 'media', (ok: boolean) => answers.push(ok), {
      requestingUrl: 'app://tooth-rebirth/index.html',
    });
    ses.permissionRequestHandler!(null, 'fullscreen', (ok: boolean) => answers.push(ok), {
      requestingUrl: 'app://tooth-rebirth/index.html',
    });
    expect(answers).toEqual([false, true]);
    expect(ses.permissionCheckHandler!(null, 'geolocation', 'app://tooth-rebirth', {})).toBe(false);
    expect(ses.devicePermissionHandler!({})).toBe(false);
  });

  it('cancels requests to the network', () => {
    setupSessionPolicy(context());
    const results: boolean[] = [];
    for (const url of ['https://cdn.example.com/font.woff2', 'app://tooth-rebirth/assets/a.js']) {
      ses.beforeRequest!({ url }, ({ cancel }) => results.push(cancel));
    }
    expect(results).toEqual([true, false]);
  });

  it('puts the CSP on the dev server responses only in development', () => {
    setupSessionPolicy(context());
    expect(ses.headersReceived).toBeNull();
    setupSessionPolicy(
      context('desktop', {
        devServerUrl: 'http://localhost:5173/',
        origins: ['app://tooth-rebirth', 'http://localhost:5173'],
      }),
    );
    let headers: Record<string, string[]> = {};
    ses.headersReceived!({ responseHeaders: { 'X-Test': ['1'] } }, (r) => {
      headers = (r as { responseHeaders: Record<string, string[]> }).responseHeaders;
    });
    expect(headers['X-Test']).toEqual(['1']);
    expect(headers['Content-Security-Policy']?.[0]).toContain('ws://localhost:5173');
  });

  it('blocks downloads in a kiosk only', () => {
    setupSessionPolicy(context('kiosk'));
    const kioskEvent = new FakeEvent();
    ses.emit('will-download', kioskEvent, {}, {});
    expect(kioskEvent.defaultPrevented).toBe(true);
    ses.removeAllListeners();
    setupSessionPolicy(context('desktop'));
    const desktopEvent = new FakeEvent();
    ses.emit('will-download', desktopEvent, {}, {});
    expect(desktopEvent.defaultPrevented).toBe(false);
  });
});

describe('the window', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function open(mode: AppMode) {
    const ctx = context(mode);
    const win = createMainWindow(ctx) as unknown as FakeBrowserWindow;
    return { ctx, win, contents: win.webContents as FakeWebContents };
  }

  it('loads the built renderer through app://, never a remote URL', () => {
    const { ctx, win, contents } = open('desktop');
    expect(contents.loadURL).toHaveBeenCalledWith('app://tooth-rebirth/index.html');
    expect(ctx.ownWebContents.has(contents.id)).toBe(true);
    expect(win.options['webPreferences']).toMatchObject({ sandbox: true, contextIsolation: true });
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
    win.emit('closed');
    expect(ctx.ownWebContents.has(contents.id)).toBe(false);
    expect(ctx.mainWindow).toBeNull();
  });

  it('reloads a crashed view after the back-off delay', async () => {
    const { contents } = open('kiosk');
    contents.loadURL.mockClear();
    contents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed', exitCode: 11 });
    await vi.advanceTimersByTimeAsync(999);
    expect(contents.loadURL).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(contents.loadURL).toHaveBeenCalledWith('app://tooth-rebirth/index.html');
    contents.emit('render-process-gone', new FakeEvent(), { reason: 'clean-exit', exitCode: 0 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(contents.loadURL).toHaveBeenCalledTimes(1);
  });

  it('waits out the window in a kiosk crash loop', async () => {
    const { contents } = open('kiosk');
    contents.loadURL.mockClear();
    const crash = () => contents.emit('render-process-gone', new FakeEvent(), { reason: 'oom', exitCode: 1 });
    crash();
    await vi.advanceTimersByTimeAsync(1000);
    crash();
    await vi.advanceTimersByTimeAsync(2000);
    expect(contents.loadURL).toHaveBeenCalledTimes(2);
    crash(); // third failure within 60 s with maxRestarts 2: cool down for the window
    await vi.advanceTimersByTimeAsync(59_000);
    expect(contents.loadURL).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(contents.loadURL).toHaveBeenCalledTimes(3);
    expect(fakeLog.error).toHaveBeenCalledWith(expect.stringContaining('3 failures within 60 s'));
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('asks the person at a desktop instead of waiting out a crash loop', async () => {
    const { contents } = open('desktop');
    for (let i = 0; i < 3; i++) {
      contents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed', exitCode: 1 });
      await vi.advanceTimersByTimeAsync(5_000);
    }
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    // The stand-in dialog answers "Quit".
    await vi.advanceTimersByTimeAsync(0);
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('reloads at once when the person at a desktop chooses to try again', async () => {
    const { contents } = open('desktop');
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    for (let i = 0; i < 3; i++) {
      contents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed', exitCode: 1 });
      await vi.advanceTimersByTimeAsync(5_000);
    }
    expect(contents.loadURL).toHaveBeenCalledTimes(4); // the first load, two automatic reloads, one chosen
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('ends a kiosk view that stays hung, and leaves one that recovers', async () => {
    const { contents } = open('kiosk');
    contents.emit('unresponsive');
    await vi.advanceTimersByTimeAsync(5_000);
    contents.emit('responsive');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    contents.emit('unresponsive');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
  });

  it('locks the kiosk keyboard and window', () => {
    const { ctx, win, contents } = open('kiosk');
    const devtools = new FakeEvent();
    contents.emit('before-input-event', devtools, {
      type: 'keyDown',
      key: 'I',
      control: true,
      shift: true,
      alt: false,
      meta: false,
    });
    expect(devtools.defaultPrevented).toBe(true);
    const letter = new FakeEvent();
    contents.emit('before-input-event', letter, {
      type: 'keyDown',
      key: 'a',
      control: false,
      shift: false,
      alt: false,
      meta: false,
    });
    expect(letter.defaultPrevented).toBe(false);
    const close = new FakeEvent();
    win.emit('close', close);
    expect(close.defaultPrevented).toBe(true);
    contents.emit('before-input-event', new FakeEvent(), {
      type: 'keyDown',
      key: 'q',
      control: true,
      shift: true,
      alt: true,
      meta: false,
    });
    expect(app.quit).toHaveBeenCalled();
    expect(ctx.quitting).toBe(true);
    const closeAfterQuit = new FakeEvent();
    win.emit('close', closeAfterQuit);
    expect(closeAfterQuit.defaultPrevented).toBe(false);
  });

  it('has no menu and keeps the display awake in a kiosk', () => {
    const ctx = context('kiosk');
    setupMenu(ctx);
    expect(Menu.current).toBeNull();
    powerSaveBlocker.started.length = 0;
    setupPowerSave(ctx);
    expect(powerSaveBlocker.started).toEqual(['prevent-display-sleep']);
    setupPowerSave(context('desktop'));
    expect(powerSaveBlocker.started).toHaveLength(1);
  });
});

describe('IPC handlers', () => {
  type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

  function connect(ctx: AppContext) {
    ipcMain.handlers.clear();
    setupIpc(ctx);
    const win = createMainWindow(ctx) as unknown as FakeBrowserWindow;
    const contents = win.webContents;
    contents.mainFrame = { url: 'app://tooth-rebirth/index.html', parent: null };
    const event = { sender: contents, senderFrame: contents.mainFrame };
    return (channel: string, ...args: unknown[]) =>
      (ipcMain.handlers.get(channel) as Listener)(event, ...args);
  }

  it('reads the model given on the command line', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'molar.stl'), 'solid molar\nendsolid molar\n');
    const invoke = connect(context('desktop', { cwd: dir, args: args({ model: 'molar.stl' }) }));
    const model = (await invoke('model:initial')) as { name: string; bytes: Uint8Array };
    expect(model.name).toBe('molar.stl');
    expect(Buffer.from(model.bytes).toString()).toBe('solid molar\nendsolid molar\n');
  });

  it('explains a missing or unsupported start-up model in one sentence', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    const missing = connect(context('desktop', { cwd: dir, args: args({ model: 'gone.stl' }) }));
    await expect(missing('model:initial')).rejects.toThrow(
      'model:initial: could not open "gone.stl": the file does not exist',
    );
    const empty = path.join(dir, 'empty.ply');
    fs.writeFileSync(empty, '');
    const emptyModel = connect(context('desktop', { args: args({ model: empty }) }));
    await expect(emptyModel('model:initial')).rejects.toThrow('model:initial: "empty.ply" is empty');
  });

  it('answers null without a start-up model, the config, and takes the attract-loop report', async () => {
    const ctx = context('presenter');
    const invoke = connect(ctx);
    await expect(invoke('model:initial')).resolves.toBeNull();
    await expect(invoke('kiosk:config')).resolves.toMatchObject({ mode: 'presenter', dailyRestartHour: 4 });
    await expect(invoke('kiosk:attract', { active: true })).resolves.toBeNull();
    expect(ctx.health.attractLoop).toBe(true);
    await expect(invoke('kiosk:attract', { active: 'yes' })).rejects.toThrow('invalid request');
    expect(ctx.health.attractLoop).toBe(true);
  });

  it('opens a model through the dialog, filtered to model files', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'scan.glb');
    fs.writeFileSync(file, Buffer.from('glTF'));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    const invoke = connect(context('desktop'));
    const model = (await invoke('model:open')) as { name: string; bytes: Uint8Array };
    expect(model.name).toBe('scan.glb');
    const options = dialog.showOpenDialog.mock.calls[0]?.[1] as { filters: Array<{ extensions: string[] }> };
    expect(options.filters[0]?.extensions).toEqual(['stl', 'obj', 'ply', 'gltf', 'glb']);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(invoke('model:open')).resolves.toBeNull();
  });

  it('saves a screenshot under a sanitised name, adding .png', async () => {
    const dir = tempDir();
    const invoke = connect(context('desktop'));
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'chosen') });
    const png = new Uint8Array(20);
    png.set(PNG_SIGNATURE);
    await expect(invoke('screenshot:save', { png, suggestedName: '../../etc/passwd' })).resolves.toEqual({
      path: path.join(dir, 'chosen.png'),
    });
    expect(fs.readFileSync(path.join(dir, 'chosen.png'))).toEqual(Buffer.from(png));
    const options = dialog.showSaveDialog.mock.calls[0]?.[1] as { defaultPath: string };
    expect(options.defaultPath).toBe(path.join('/nonexistent/pictures', 'passwd.png'));
  });

  it('keeps file dialogs away from kiosk visitors', async () => {
    const invoke = connect(context('kiosk'));
    await expect(invoke('model:open')).rejects.toThrow(
      'model:open: files cannot be opened or saved in kiosk mode',
    );
    const png = new Uint8Array(20);
    png.set(PNG_SIGNATURE);
    await expect(invoke('screenshot:save', { png, suggestedName: 'a.png' })).rejects.toThrow('kiosk mode');
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('drops calls from a frame that is not the app page', async () => {
    ipcMain.handlers.clear();
    const ctx = context('desktop');
    setupIpc(ctx);
    const win = createMainWindow(ctx) as unknown as FakeBrowserWindow;
    const handler = ipcMain.handlers.get('kiosk:config') as Listener;
    const subframe = { url: 'app://tooth-rebirth/index.html', parent: win.webContents.mainFrame };
    await expect(handler({ sender: win.webContents, senderFrame: subframe })).rejects.toThrow('refused');
    const foreign = { url: 'https://evil.example/', parent: null };
    await expect(handler({ sender: win.webContents, senderFrame: foreign })).rejects.toThrow('refused');
    const stranger = new FakeBrowserWindow({});
    await expect(
      handler({
        sender: stranger.webContents,
        senderFrame: { url: 'app://tooth-rebirth/index.html', parent: null },
      }),
    ).rejects.toThrow('refused');
  });
});

describe('start-up context', () => {
  const saved = { argv: process.argv, env: process.env['ELECTRON_RENDERER_URL'] };
  // Electron sets this on `process`; plain Node has no such property.
  Object.defineProperty(process, 'resourcesPath', {
    value: '/opt/tooth-rebirth/resources',
    configurable: true,
  });
  afterAll(() => {
    Reflect.deleteProperty(process, 'resourcesPath');
  });
  afterEach(() => {
    process.argv = saved.argv;
    if (saved.env === undefined) delete process.env['ELECTRON_RENDERER_URL'];
    else process.env['ELECTRON_RENDERER_URL'] = saved.env;
    app.isPackaged = true;
  });

  it('never loads a dev-server URL in a packaged app', () => {
    process.argv = ['/opt/tooth-rebirth/tooth-rebirth'];
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173/';
    app.isPackaged = true;
    const ctx = createAppContext();
    expect(ctx.devServerUrl).toBeUndefined();
    expect(ctx.origins).toEqual(['app://tooth-rebirth']);
    expect(ctx.isDev).toBe(false);
    expect(ctx.iconPath).toBe(path.join('/opt/tooth-rebirth/resources', 'icon.png'));
  });

  it('uses a loopback dev server in development, and refuses any other', () => {
    app.isPackaged = false;
    process.argv = ['/opt/tooth-rebirth/tooth-rebirth'];
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173/';
    expect(createAppContext().origins).toEqual(['app://tooth-rebirth', 'http://localhost:5173']);
    process.env['ELECTRON_RENDERER_URL'] = 'https://evil.example/';
    const ctx = createAppContext();
    expect(ctx.devServerUrl).toBeUndefined();
    expect(fakeLog.warn).toHaveBeenCalledWith(expect.stringContaining('not a loopback'));
  });

  it('reads the command line and the config file, and lets --kiosk win', () => {
    const dir = tempDir();
    const config = path.join(dir, 'kiosk.json');
    fs.writeFileSync(config, '{"mode":"presenter","language":"es","bots":"many"}');
    process.argv = ['/opt/tooth-rebirth/tooth-rebirth', '--config', config, '--kiosk', '--model'];
    const ctx = createAppContext();
    expect(ctx.config).toMatchObject({ mode: 'kiosk', language: 'es', bots: 5000 });
    // Beside the main bundle: out/main/index.js -> out/preload/index.cjs.
    expect(ctx.preloadPath.split(path.sep).slice(-2)).toEqual(['preload', 'index.cjs']);
    expect(ctx.rendererDir.split(path.sep).slice(-1)).toEqual(['renderer']);
    const warnings = fakeLog.warn.mock.calls.map((c) => String(c[0]));
    expect(warnings).toContain('Command line: --model needs a file path');
    expect(warnings.filter((w) => w.startsWith('Kiosk config'))).toHaveLength(1);
    expect(warnings.find((w) => w.startsWith('Kiosk config'))).toMatch(/bots: .*using 5000/);
  });
});
