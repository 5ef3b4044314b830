// Application lifecycle: one instance at a time (a second launch hands over its link), quitting when the
// windows close (except on macOS), and windows again when the dock icon is clicked.
import { app, BrowserWindow } from 'electron';
import { handleSecondInstance, openWindows } from './classroom';
import type { AppContext } from './context';
import { log } from './log';

/** Returns false when another instance already runs; that instance is brought to the front instead. */
export function setupSingleInstance(ctx: AppContext): boolean {
  if (!app.requestSingleInstanceLock()) {
    log.info('Tooth Rebirth is already running; handing over to it');
    return false;
  }
  app.on('second-instance', (_event, argv) => {
    const win = ctx.mainWindow;
    if (win && !win.isDestroyed()) {
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    }
    handleSecondInstance(ctx, argv);
  });
  return true;
}

export function setupQuit(ctx: AppContext): void {
  app.on('before-quit', () => {
    ctx.quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || ctx.config.mode === 'kiosk') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openWindows(ctx);
  });
}
