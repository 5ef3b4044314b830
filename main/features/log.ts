// Logging for the main process: electron-log writes to the console and to a rotating file in the
// user-data logs folder, which is where an installer looks when a kiosk misbehaved overnight.
import { app, ipcMain } from 'electron';
import log from 'electron-log/main';

export { log };

export function setupLogging(): void {
  log.transports.file.level = 'info';
  log.transports.file.maxSize = 5 * 1024 * 1024;
  log.transports.console.level = app.isPackaged ? 'info' : 'debug';
  log.errorHandler.startCatching({ showDialog: false });
  // electron-log registers its own IPC channel for renderer logs. The renderer has no use for it (the preload
  // does not expose it) and the gateway is meant to be the only way in, so it is removed.
  ipcMain.removeAllListeners('__ELECTRON_LOG__');
  ipcMain.removeHandler('__ELECTRON_LOG__');
  log.info(
    `Tooth Rebirth ${app.getVersion()} starting (Electron ${process.versions.electron}, ${process.platform}-${process.arch})`,
  );
}
