// Tooth Rebirth, main process. Start-up is a flat list: each line sets up one feature. The policies those
// features apply (window options, CSP, navigation, permissions, IPC validation, crash recovery, watchdogs,
// links, displays) are pure functions in ./policy, tested without Electron.
import { app } from 'electron';
import { openWindows, registerLinkScheme, setupLinks } from './features/classroom';
import { createAppContext } from './features/context';
import { checkCommandLine, setupGpuRecovery, setupMainProcessRecovery } from './features/faults';
import { setupIpc } from './features/ipc';
import { setupDailyRestart, setupHeartbeat, setupSessionEnd } from './features/kiosk';
import { setupQuit, setupSingleInstance } from './features/lifecycle';
import { log, setupLogging } from './features/log';
import { registerAppScheme, setupAppProtocol } from './features/protocol';
import { setupSessionPolicy, setupWebContentsGuards } from './features/security';
import { setupMenu, setupPowerSave } from './features/window';

setupLogging();
const ctx = createAppContext();

if (!checkCommandLine(ctx)) {
  app.exit(1);
} else if (!setupSingleInstance(ctx)) {
  app.quit();
} else {
  setupMainProcessRecovery(ctx);
  registerAppScheme();
  setupWebContentsGuards(ctx);
  setupGpuRecovery(ctx);
  setupQuit(ctx);
  setupLinks(ctx);

  app
    .whenReady()
    .then(() => {
      setupAppProtocol(ctx);
      setupSessionPolicy(ctx);
      setupIpc(ctx);
      setupMenu(ctx);
      setupPowerSave(ctx);
      setupSessionEnd(ctx);
      registerLinkScheme(ctx);
      openWindows(ctx);
      setupHeartbeat(ctx);
      setupDailyRestart(ctx);
    })
    .catch((error: unknown) => {
      log.error('Start-up failed', error);
      app.exit(1);
    });
}
