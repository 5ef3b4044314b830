// The one window, in the configured mode, and its supervision: kiosk keyboard lock, reloading a crashed or
// hung view behind the crash-loop guard, and keeping the display awake where nobody touches the screen.
import { app, BrowserWindow, dialog, Menu, powerSaveBlocker } from 'electron';
import { powerSaveMode } from '../policy/files';
import { KIOSK_QUIT_CHORD, kioskKeyDecision } from '../policy/keys';
import { menuTemplate } from '../policy/menu';
import { APP_ENTRY_URL } from '../policy/origins';
import { hangResponse, RestartPolicy, shouldRecover } from '../policy/restart';
import { windowOptions } from '../policy/window';
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

/** The page the window shows: the dev server in development, otherwise the built renderer via app://. */
function entryUrl(ctx: AppContext): string {
  return ctx.devServerUrl ?? APP_ENTRY_URL;
}

function load(win: BrowserWindow, ctx: AppContext): void {
  if (win.isDestroyed()) return;
  // Failures are reported through 'did-fail-load', which the supervisor handles.
  win.loadURL(entryUrl(ctx)).catch(() => undefined);
}

export function createMainWindow(ctx: AppContext): BrowserWindow {
  const { mode } = ctx.config;
  const win = new BrowserWindow(
    windowOptions({
      mode,
      preloadPath: ctx.preloadPath,
      uiScale: ctx.config.uiScale,
      isDev: ctx.isDev,
      iconPath: process.platform === 'darwin' ? undefined : ctx.iconPath,
    }),
  );
  const contentsId = win.webContents.id;
  ctx.ownWebContents.add(contentsId);
  ctx.mainWindow = win;
  win.on('closed', () => {
    ctx.ownWebContents.delete(contentsId);
    if (ctx.mainWindow === win) ctx.mainWindow = null;
  });

  // Pinch on a touch screen zooms the 3D view (the scene handles it), never the page.
  win.webContents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
  win.once('ready-to-show', () => {
    win.show();
    win.focus();
  });

  if (mode === 'kiosk') lockKiosk(win, ctx);
  superviseRenderer(win, ctx);
  load(win, ctx);
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
  // Someone or something took the window out of full screen or kiosk: put it back.
  win.on('leave-full-screen', () => {
    if (!ctx.quitting) setImmediate(() => !win.isDestroyed() && win.setKiosk(true));
  });
}

function superviseRenderer(win: BrowserWindow, ctx: AppContext): void {
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
            if (response === 0) load(win, ctx);
            else app.quit();
          });
        return;
      }
    }
    pendingReload = setTimeout(() => {
      pendingReload = null;
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
}

/** A GPU or utility process that died is worth a log line; Chromium restarts the GPU process itself. */
export function setupProcessLogging(): void {
  app.on('child-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    log.warn(`${details.type} process gone (${details.reason}, exit code ${details.exitCode})`);
  });
}
