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
  mainWindow: BrowserWindow | null;
  quitting: boolean;
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
    quitting: false,
  };
}
