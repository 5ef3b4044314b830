// A window of the app, in the configured mode, and its supervision: kiosk lock (keyboard, close, cursor),
// reloading a crashed, hung or blank view behind the crash-loop guard, and keeping the display awake where
// nobody touches the screen.
import { app, BrowserWindow, dialog, Menu, powerSaveBlocker } from 'electron';
import { powerSaveMode } from '../policy/files';
import { KIOSK_QUIT_CHORD, kioskKeyDecision } from '../policy/keys';
import { menuTemplate } from '../policy/menu';
import { APP_ENTRY_URL } from '../policy/origins';
import { hangResponse, RestartPolicy, shouldRecover } from '../policy/restart';
import type { Rect } from '../policy/displays';
import {
  KIOSK_CURSOR_CSS,
  SHOW_FALLBACK_MS,
  type WindowRole,
  windowOptions,
  windowUrl,
} from '../policy/window';
import type { AppContext } from './context';
import { log } from './log';

export function setupMenu(ctx: AppContext): void {
  const template = menuTemplate({ mode: ctx.config.mode, platform: process.platform, isDev: ctx.isDev });
  Menu.setApplicationMenu(template ? Menu.buildFromTemplate(template) : null);
}

export function setupPowerSave(ctx: AppContext): void {
  const type = powerSaveMode(ctx.config.mode);
  if (!type) return;
  const id = powerSaveBlocker.start(type);
  log.info(`Keeping the display awake (${type})`);
  app.on('will-quit', () => {
    if (powerSaveBlocker.isStarted(id)) powerSaveBlocker.stop(id);
  });
}

/** What the rest of main can ask of a supervised window. */
export interface ViewSupervisor {
  /** Something went wrong with the view: reload it behind the crash-loop guard. */
  recover(what: string): void;
  /** A planned reload (memory): at once, not counted as a failure. */
  reloadNow(why: string): void;
}

const roles = new WeakMap<BrowserWindow, WindowRole>();
const supervisors = new WeakMap<BrowserWindow, ViewSupervisor>();

export function supervisorOf(win: BrowserWindow): ViewSupervisor | undefined {
  return supervisors.get(win);
}

/** The page a window shows: the dev server in development, otherwise the built renderer via app://. */
export function pageUrl(ctx: AppContext, role: WindowRole, fragment: string | null = null): string {
  return windowUrl(ctx.devServerUrl ?? APP_ENTRY_URL, role, fragment);
}

function load(win: BrowserWindow, ctx: AppContext, fragment: string | null = null): void {
  if (win.isDestroyed()) return;
  // Failures are reported through 'did-fail-load', which the supervisor handles.
  win.loadURL(pageUrl(ctx, roles.get(win) ?? 'main', fragment)).catch(() => undefined);
}

/** Shows a link's moment in a window: a fragment change of the page it already shows. */
export function loadLink(win: BrowserWindow, ctx: AppContext, fragment: string): void {
  load(win, ctx, fragment);
}

export interface WindowPlacement {
  bounds?: Rect;
  fullscreen?: boolean;
}

export function createMainWindow(ctx: AppContext): BrowserWindow {
  const win = createAppWindow(ctx, 'main');
  ctx.mainWindow = win;
  return win;
}

/** A window of the app: its webContents is one the IPC gateway answers, for as long as the window lives. */
export function createAppWindow(
  ctx: AppContext,
  role: WindowRole,
  placement: WindowPlacement = {},
): BrowserWindow {
  const { mode } = ctx.config;
  const win = new BrowserWindow(
    windowOptions({
      mode,
      role,
      ...placement,
      preloadPath: ctx.preloadPath,
      uiScale: ctx.config.uiScale,
      isDev: ctx.isDev,
      iconPath: process.platform === 'darwin' ? undefined : ctx.iconPath,
    }),
  );
  roles.set(win, role);
  const contentsId = win.webContents.id;
  ctx.ownWebContents.add(contentsId);
  win.on('closed', () => {
    ctx.ownWebContents.delete(contentsId);
    if (ctx.mainWindow === win) ctx.mainWindow = null;
    if (ctx.audienceWindow === win) ctx.audienceWindow = null;
  });

  // Pinch on a touch screen zooms the 3D view (the scene handles it), never the page.
  win.webContents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
  let shown = false;
  const show = () => {
    if (shown || win.isDestroyed()) return;
    shown = true;
    win.show();
    win.focus();
  };
  win.once('ready-to-show', show);
  // 'ready-to-show' never comes when the first load fails; the window must not stay invisible.
  const showTimer = setTimeout(() => {
    if (!shown) log.warn(`The window was not ready after ${SHOW_FALLBACK_MS / 1000} s; showing it anyway`);
    show();
  }, SHOW_FALLBACK_MS);
  win.on('closed', () => clearTimeout(showTimer));

  if (mode === 'kiosk') lockKiosk(win, ctx);
  supervisors.set(win, superviseRenderer(win, ctx));
  const fragment = role === 'audience' ? null : ctx.pendingLink;
  if (role !== 'audience') ctx.pendingLink = null;
  load(win, ctx, fragment);
  return win;
}

function lockKiosk(win: BrowserWindow, ctx: AppContext): void {
  log.info(`Kiosk mode: full screen, keyboard locked (${KIOSK_QUIT_CHORD} quits)`);
  win.webContents.on('before-input-event', (event, input) => {
    const decision = kioskKeyDecision(input);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'quit') {
      log.info('Kiosk quit chord pressed');
      ctx.quitting = true;
      app.quit();
    }
  });
  // Alt+F4 and the like reach the window as a close request: only a real quit may close a kiosk.
  win.on('close', (event) => {
    if (!ctx.quitting) event.preventDefault();
  });
  // Ending the Windows session (log-off, shutdown, restart) must not wait on the close guard above.
  const sessionEnds = () => {
    log.info('The session is ending; letting the kiosk close');
    ctx.quitting = true;
  };
  win.on('query-session-end', sessionEnds);
  win.on('session-end', sessionEnds);
  // No cursor on a touch screen; re-inserted on every page load, since inserted CSS lives with the document.
  win.webContents.on('dom-ready', () => {
    win.webContents.insertCSS(KIOSK_CURSOR_CSS, { cssOrigin: 'user' }).catch(() => undefined);
  });
  // Someone or something took the window out of full screen or kiosk: put it back.
  win.on('leave-full-screen', () => {
    if (!ctx.quitting) setImmediate(() => !win.isDestroyed() && win.setKiosk(true));
  });
}

function superviseRenderer(win: BrowserWindow, ctx: AppContext): ViewSupervisor {
  const { config } = ctx;
  const policy = new RestartPolicy({
    maxRestarts: config.maxRestarts,
    windowMs: config.restartWindowSeconds * 1000,
  });
  const contents = win.webContents;
  let pendingReload: NodeJS.Timeout | null = null;
  let hangTimer: NodeJS.Timeout | null = null;
  let hung = false;
  let asking = false;

  const clearTimers = () => {
    if (pendingReload) clearTimeout(pendingReload);
    if (hangTimer) clearTimeout(hangTimer);
    pendingReload = hangTimer = null;
  };
  win.on('closed', clearTimers);

  const recover = (what: string) => {
    if (pendingReload || asking || win.isDestroyed() || ctx.quitting) return;
    const decision = policy.recordFailure(Date.now());
    if (decision.action === 'reload') {
      log.warn(`${what}; reloading in ${decision.delayMs / 1000} s (failure ${decision.recentFailures})`);
    } else {
      log.error(
        `${what}; ${decision.recentFailures} failures within ${config.restartWindowSeconds} s, ` +
          `waiting ${decision.delayMs / 1000} s before the next reload`,
      );
      if (config.mode !== 'kiosk') {
        // Someone is at the screen: let them choose rather than wait.
        asking = true;
        void dialog
          .showMessageBox(win, {
            type: 'error',
            title: 'Tooth Rebirth',
            message: 'The view keeps stopping.',
            detail: 'The log file has the details. You can try again now or quit.',
            buttons: ['Try again', 'Quit'],
            defaultId: 0,
            cancelId: 1,
          })
          .then(({ response }) => {
            asking = false;
            if (response === 0) {
              ctx.health.reloads++;
              load(win, ctx);
            } else app.quit();
          });
        return;
      }
    }
    pendingReload = setTimeout(() => {
      pendingReload = null;
      ctx.health.reloads++;
      load(win, ctx);
    }, decision.delayMs);
  };

  contents.on('render-process-gone', (_event, details) => {
    hung = false;
    if (hangTimer) clearTimeout(hangTimer);
    hangTimer = null;
    if (!shouldRecover(details.reason)) return;
    recover(`The view stopped (${details.reason}, exit code ${details.exitCode})`);
  });

  contents.on('did-fail-load', (_event, errorCode, errorDescription, url, isMainFrame) => {
    // -3 is ERR_ABORTED: a load replaced by another, not a failure.
    if (!isMainFrame || errorCode === -3) return;
    recover(`The page did not load (${errorDescription} ${errorCode}, ${url.slice(0, 200)})`);
  });

  contents.on('unresponsive', () => {
    hung = true;
    if (hangTimer) return;
    const response = hangResponse(config.mode);
    log.warn(`The view is not responding; acting in ${response.afterMs / 1000} s unless it recovers`);
    hangTimer = setTimeout(async () => {
      hangTimer = null;
      if (win.isDestroyed()) return;
      if (response.kind === 'ask') {
        const { response: choice } = await dialog.showMessageBox(win, {
          type: 'warning',
          title: 'Tooth Rebirth',
          message: 'The view is not responding.',
          buttons: ['Reload', 'Wait'],
          defaultId: 0,
          cancelId: 1,
        });
        if (choice !== 0 || win.isDestroyed()) return;
      }
      if (!hung) return;
      // Crashing the hung renderer turns a hang into 'render-process-gone', so one path handles both.
      log.warn('Ending the hung view');
      contents.forcefullyCrashRenderer();
    }, response.afterMs);
  });

  contents.on('responsive', () => {
    hung = false;
    if (hangTimer) {
      clearTimeout(hangTimer);
      hangTimer = null;
      log.info('The view is responding again');
    }
  });

  return {
    recover,
    reloadNow: (why) => {
      if (win.isDestroyed() || ctx.quitting) return;
      log.info(`${why}; reloading the view`);
      ctx.health.reloads++;
      load(win, ctx);
    },
  };
}
