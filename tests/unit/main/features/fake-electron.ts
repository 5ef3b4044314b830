// A stand-in for the parts of Electron the main process uses, so its wiring can be exercised in Node.
// Each fake records what the code under test registered, and lets a test fire the events Electron would.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeEvent {
  defaultPrevented = false;
  preventDefault() {
    this.defaultPrevented = true;
  }
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly forcefullyCrashRenderer = vi.fn();
  readonly setVisualZoomLevelLimits = vi.fn(async () => undefined);
  readonly insertCSS = vi.fn(async (_css: string, _options?: unknown) => 'key');
  /** What `capturePage` returns: a solid image unless a test sets another. */
  capture: { width: number; height: number; bitmap: Uint8Array } = {
    width: 4,
    height: 4,
    bitmap: new Uint8Array(64).fill(255),
  };
  readonly capturePage = vi.fn(async () => {
    const { width, height, bitmap } = this.capture;
    return { getSize: () => ({ width, height }), toBitmap: () => bitmap };
  });
  /** What the page answers to `executeJavaScript` (the health probe). */
  probeAnswer: unknown = { heapBytes: 100 * 1024 * 1024, fps: 60 };
  readonly executeJavaScript = vi.fn(async (_code: string, _gesture?: boolean) => this.probeAnswer);
  mainFrame = { url: '', parent: null };
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  destroyed = false;
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly setKiosk = vi.fn();
  readonly close = vi.fn(() => {
    this.destroyed = true;
    this.emit('closed');
  });
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  loadURL(url: string) {
    return this.webContents.loadURL(url);
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  static fromWebContents(contents: FakeWebContents) {
    return FakeBrowserWindow.instances.find((w) => w.webContents === contents) ?? null;
  }
  static getAllWindows() {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }
}

class FakeApp extends EventEmitter {
  isPackaged = true;
  readonly paths: Record<string, string> = {
    userData: '/nonexistent/user-data',
    pictures: '/nonexistent/pictures',
  };
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly relaunch = vi.fn();
  readonly disableDomainBlockingFor3DAPIs = vi.fn();
  readonly setAsDefaultProtocolClient = vi.fn((..._args: unknown[]) => true);
  readonly commandLine = { appendSwitch: vi.fn() };
  getPath(name: string) {
    return this.paths[name] ?? `/nonexistent/${name}`;
  }
  getAppPath() {
    return '/opt/tooth-rebirth/resources/app.asar';
  }
  getVersion() {
    return '0.1.0';
  }
  isReady() {
    return true;
  }
  requestSingleInstanceLock() {
    return true;
  }
  whenReady() {
    return Promise.resolve();
  }
}

export const app = new FakeApp();
export const BrowserWindow = FakeBrowserWindow;

type IpcListener = (event: unknown, ...args: unknown[]) => unknown;
export const ipcMain = {
  handlers: new Map<string, IpcListener>(),
  handle(channel: string, listener: IpcListener) {
    this.handlers.set(channel, listener);
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  },
  removeAllListeners: vi.fn(),
};

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged(schemes: unknown[]) {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response) {
    this.handlers.set(scheme, handler);
  },
};

class FakeSession extends EventEmitter {
  permissionRequestHandler: ((...args: unknown[]) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  beforeRequest: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
  headersReceived:
    | ((details: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void)
    | null = null;
  readonly webRequest = {
    onBeforeRequest: (handler: FakeSession['beforeRequest']) => {
      this.beforeRequest = handler;
    },
    onHeadersReceived: (handler: FakeSession['headersReceived']) => {
      this.headersReceived = handler;
    },
  };
  setPermissionRequestHandler(handler: (...args: unknown[]) => void) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean) {
    this.devicePermissionHandler = handler;
  }
}

export const session = { defaultSession: new FakeSession() };

export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1 })),
};

export const Menu = {
  current: undefined as unknown,
  setApplicationMenu(menu: unknown) {
    this.current = menu;
  },
  buildFromTemplate: (template: unknown) => ({ template }),
};

export const powerSaveBlocker = {
  started: [] as string[],
  start(type: string) {
    this.started.push(type);
    return this.started.length;
  },
  isStarted: () => true,
  stop: vi.fn(),
};

export const powerMonitor = new EventEmitter();

export const screen = {
  displays: [
    {
      id: 1,
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      workArea: { x: 0, y: 0, width: 1920, height: 1040 },
    },
  ] as unknown[],
  getAllDisplays() {
    return this.displays;
  },
  getPrimaryDisplay() {
    return this.displays[0];
  },
};

export const fakeLog = {
  info: vi.fn(),
  warn: vi.fn(),
  error: vi.fn(),
  debug: vi.fn(),
  transports: { file: { level: '', maxSize: 0 }, console: { level: '' } },
  errorHandler: { startCatching: vi.fn() },
};

export default {
  app,
  BrowserWindow,
  ipcMain,
  protocol,
  session,
  dialog,
  Menu,
  powerSaveBlocker,
  powerMonitor,
  screen,
};
