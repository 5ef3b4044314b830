// What the features share: the parsed command line, the effective config, the paths of the build, and the
// set of webContents the app created (the only ones the IPC gateway answers).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow } from 'electron';
import type { KioskConfig } from '../ipc/contract';
import { type LaunchArgs, parseArgs } from '../policy/args';
import { configMessage, effectiveConfig, loadKioskConfig } from '../policy/kiosk-config';
import { appOrigins, devServerOrigin } from '../policy/origins';
import { log } from './log';

/** What the heartbeat reports and the watchdogs read: counters and the latest sample from the page. */
export interface AppHealth {
  reloads: number;
  gpuCrashes: number;
  heapBytes: number | null;
  fps: number | null;
  /** The window said its attract loop shows: nobody is using the exhibit. */
  attractLoop: boolean;
}

export interface AppContext {
  readonly args: LaunchArgs;
  readonly config: KioskConfig;
  /** Not packaged: devtools and the dev-server URL are allowed. */
  readonly isDev: boolean;
  /** electron-vite's dev server, only ever in an unpackaged app and only on loopback. */
  readonly devServerUrl: string | undefined;
  readonly origins: readonly string[];
  readonly rendererDir: string;
  readonly preloadPath: string;
  readonly iconPath: string;
  /** Directory the app was started from, for relative paths on the command line. */
  readonly cwd: string;
  readonly ownWebContents: Set<number>;
  /** The window that takes links and the single-instance focus: the only one, or the presenter window. */
  mainWindow: BrowserWindow | null;
  /** In presenter mode, the window the room sees. */
  audienceWindow: BrowserWindow | null;
  /** A checked link fragment (`m=...`) waiting for the main window to open. */
  pendingLink: string | null;
  health: AppHealth;
  /** Called when the window reports its attract loop starting (true) or ending (false). */
  readonly attractListeners: Set<(active: boolean) => void>;
  quitting: boolean;
  /** The app is about to restart itself (see features/faults): nothing else should start one. */
  restartPending: boolean;
}

export function initialHealth(): AppHealth {
  return { reloads: 0, gpuCrashes: 0, heapBytes: null, fps: null, attractLoop: false };
}

export function createAppContext(): AppContext {
  // `electron . --model x.stl` in development, `tooth-rebirth --model x.stl` when packaged.
  const args = parseArgs(process.argv.slice(process.defaultApp ? 2 : 1));
  for (const problem of args.problems) log.warn(`Command line: ${problem}`);

  const explicit = args.config !== null;
  const configPath = args.config
    ? path.resolve(args.config)
    : path.join(app.getPath('userData'), 'kiosk.json');
  const loaded = loadKioskConfig(configPath, explicit);
  const message = configMessage(configPath, loaded.problems);
  if (message) log.warn(message);
  const config = effectiveConfig(loaded.config, args.mode);
  log.info(
    `Mode: ${config.mode}${loaded.problems.length === 0 && loaded.found ? ` (config ${configPath})` : ''}`,
  );
  if (config.mode === 'kiosk' && !app.isPackaged) {
    log.warn('Kiosk mode in an unpackaged app: use the installed app on an exhibit (see docs/kiosk.md)');
  }

  const isDev = !app.isPackaged;
  const devOrigin = isDev ? devServerOrigin(process.env['ELECTRON_RENDERER_URL']) : null;
  const devServerUrl = devOrigin ? process.env['ELECTRON_RENDERER_URL'] : undefined;
  if (isDev && process.env['ELECTRON_RENDERER_URL'] && !devOrigin) {
    log.warn('ELECTRON_RENDERER_URL is not a loopback http(s) URL; loading the built renderer instead');
  }

  // The bundle sits at out/main/index.js, next to out/preload and out/renderer.
  const mainDir = path.dirname(fileURLToPath(import.meta.url));
  return {
    args,
    config,
    isDev,
    devServerUrl,
    origins: appOrigins(devServerUrl),
    rendererDir: path.join(mainDir, '..', 'renderer'),
    preloadPath: path.join(mainDir, '..', 'preload', 'index.cjs'),
    // Packaged, electron-builder copies build/icon.png into the resources folder (see electron-builder.yml).
    iconPath: app.isPackaged
      ? path.join(process.resourcesPath, 'icon.png')
      : path.join(app.getAppPath(), 'build', 'icon.png'),
    cwd: process.cwd(),
    ownWebContents: new Set(),
    mainWindow: null,
    audienceWindow: null,
    pendingLink: null,
    health: initialHealth(),
    attractListeners: new Set(),
    quitting: false,
    restartPending: false,
  };
}
