// The window: one per mode, the same locked-down web preferences in all of them.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { AppMode } from '../ipc/contract';

/** The clinic's deep blue-grey, shown before the first frame so the window never flashes white. */
export const BACKGROUND_COLOR = '#0d141c';

export interface WindowOptionsInput {
  mode: AppMode;
  /** Absolute path of the built preload (CommonJS, as a sandboxed preload must be). */
  preloadPath: string;
  /** From the kiosk config; multiplied by the mode's own zoom. */
  uiScale: number;
  /** Development build (electron-vite dev): devtools are available outside kiosk mode. */
  isDev: boolean;
  /** Absolute path of the window icon (Linux and Windows use it; macOS takes the bundle's). */
  iconPath?: string;
}

/** Presenter mode enlarges the whole interface for a room; the config's uiScale applies on top. */
export function zoomFactorFor(mode: AppMode, uiScale: number): number {
  const base = mode === 'presenter' ? 1.25 : 1;
  const zoom = base * (Number.isFinite(uiScale) ? uiScale : 1);
  return Math.min(3, Math.max(0.5, zoom));
}

export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  const { mode } = input;
  const kiosk = mode === 'kiosk';
  const common: BrowserWindowConstructorOptions = {
    title: 'Tooth Rebirth',
    backgroundColor: BACKGROUND_COLOR,
    show: false,
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: input.isDev && !kiosk,
      zoomFactor: zoomFactorFor(mode, input.uiScale),
      // A kiosk keeps simulating while covered by nothing but its own overlay; don't let Chromium slow it.
      backgroundThrottling: !kiosk,
    },
  };
  if (kiosk) {
    return {
      ...common,
      kiosk: true,
      fullscreen: true,
      frame: false,
      autoHideMenuBar: true,
      resizable: false,
      movable: false,
      minimizable: false,
      maximizable: false,
      closable: false,
      skipTaskbar: false,
    };
  }
  if (mode === 'presenter') {
    return { ...common, width: 1600, height: 1000, minWidth: 1024, minHeight: 700, autoHideMenuBar: true };
  }
  return { ...common, width: 1440, height: 900, minWidth: 960, minHeight: 640, autoHideMenuBar: true };
}
