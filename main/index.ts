// Tooth Rebirth, main process. Start-up is a flat list: each line sets up one feature. The policies those
// features apply (window options, CSP, navigation, permissions, IPC validation, crash recovery) are pure
// functions in ./policy, tested without Electron.
import { app } from 'electron';
import { createAppContext } from './features/context';
import { setupIpc } from './features/ipc';
import { setupQuit, setupSingleInstance } from './features/lifecycle';
import { log, setupLogging } from './features/log';
import { registerAppScheme, setupAppProtocol } from './features/protocol';
import { setupSessionPolicy, setupWebContentsGuards } from './features/security';
import { createMainWindow, setupMenu, setupPowerSave, setupProcessLogging } from './features/window';

setupLogging();
const ctx = createAppContext();

if (!setupSingleInstance(ctx)) {
  app.quit();
} else {
  registerAppScheme();
  setupWebContentsGuards(ctx);
  setupProcessLogging();
  setupQuit(ctx);

  app
    .whenReady()
    .then(() => {
      setupAppProtocol(ctx);
      setupSessionPolicy(ctx);
      setupIpc(ctx);
      setupMenu(ctx);
      setupPowerSave(ctx);
      createMainWindow(ctx);
    })
    .catch((error: unknown) => {
      log.error('Start-up failed', error);
      app.exit(1);
    });
}
