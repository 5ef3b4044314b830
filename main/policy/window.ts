// The windows: one per mode (two in presenter mode), the same locked-down web preferences in all of them.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { AppMode } from '../ipc/contract';
import type { Rect } from './displays';

/** The clinic's deep blue-grey, shown before the first frame so the window never flashes white. */
export const BACKGROUND_COLOR = '#0d141c';

/** A window that has not said it is ready by then is shown anyway: a kiosk must never look switched off. */
export const SHOW_FALLBACK_MS = 10_000;

/** Inserted into every page of a kiosk (as a user style, which outranks the page's own): no cursor. */
export const KIOSK_CURSOR_CSS = '* { cursor: none !important; }';

/** `main`: the one window of desktop and kiosk modes. Presenter mode has a presenter and an audience window. */
export type WindowRole = 'main' | 'presenter' | 'audience';

/** The page a window loads: the renderer, told its role by a query parameter, and an optional link fragment. */
export function windowUrl(entry: string, role: WindowRole, fragment: string | null = null): string {
  const url = new URL(entry);
  if (role !== 'main') url.searchParams.set(role, '1');
  if (fragment) url.hash = fragment;
  return url.toString();
}

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
  role?: WindowRole;
  /** Where the window goes (presenter mode places its two windows on their displays). */
  bounds?: Rect;
  fullscreen?: boolean;
}

/** Presenter mode enlarges the whole interface for a room; the config's uiScale applies on top. */
export function zoomFactorFor(mode: AppMode, uiScale: number): number {
  const base = mode === 'presenter' ? 1.25 : 1;
  const zoom = base * (Number.isFinite(uiScale) ? uiScale : 1);
  return Math.min(3, Math.max(0.5, zoom));
}

export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  const { mode } = input;
  const role = input.role ?? 'main';
  const kiosk = mode === 'kiosk';
  // The room reads the audience window; the teacher's own screen keeps the plain scale.
  const zoom =
    role === 'presenter' ? zoomFactorFor('desktop', input.uiScale) : zoomFactorFor(mode, input.uiScale);
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
      zoomFactor: zoom,
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
  if (role !== 'main') {
    return {
      ...common,
      title: role === 'presenter' ? 'Tooth Rebirth: presenter' : 'Tooth Rebirth: audience',
      ...(input.bounds ?? { width: 1280, height: 800 }),
      minWidth: 640,
      minHeight: 480,
      fullscreen: input.fullscreen === true,
      autoHideMenuBar: true,
    };
  }
  if (mode === 'presenter') {
    return { ...common, width: 1600, height: 1000, minWidth: 1024, minHeight: 700, autoHideMenuBar: true };
  }
  return { ...common, width: 1440, height: 900, minWidth: 960, minHeight: 640, autoHideMenuBar: true };
}
