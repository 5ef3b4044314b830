// Faults beyond one view: the GPU process, the main process itself, and the command line a packaged kiosk
// will not run with. The last resort is restarting the whole app, backed off across launches.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import { refusedSwitches } from '../policy/args';
import { parseRelaunchHistory, RESTART_EXIT_CODE, relaunchPlan, restartMethod } from '../policy/relaunch';
import { RestartPolicy, shouldRecover } from '../policy/restart';
import type { AppContext } from './context';
import { log } from './log';
import { supervisorOf } from './window';

/** GPU crashes within GPU_CRASH_WINDOW_MS the app survives by reloading; one more and it restarts. */
export const GPU_CRASHES_BEFORE_RELAUNCH = 3;
export const GPU_CRASH_WINDOW_MS = 10 * 60_000;

/**
 * Before ready. A packaged kiosk started with a debugging or sandbox-disabling switch stops here. Returns
 * false when the app must not start.
 */
export function checkCommandLine(ctx: AppContext): boolean {
  const refused = refusedSwitches(process.argv.slice(1), app.isPackaged, ctx.config.mode);
  if (refused.length === 0) return true;
  log.error(`Kiosk refused to start with ${refused.join(', ')}: remove it from the shortcut or service`);
  return false;
}

/** Before ready: keep WebGL available after GPU crashes, and let the heap watchdog read exact figures. */
export function setupGpuRecovery(ctx: AppContext): void {
  // After a few GPU crashes Chromium blocks WebGL for the page's origin, which no reload undoes.
  app.disableDomainBlockingFor3DAPIs();
  if (ctx.config.mode === 'kiosk') app.commandLine.appendSwitch('enable-precise-memory-info');

  const gpu = new RestartPolicy({
    maxRestarts: GPU_CRASHES_BEFORE_RELAUNCH - 1,
    windowMs: GPU_CRASH_WINDOW_MS,
  });
  app.on('child-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    const what = `${details.type} process gone (${details.reason}, exit code ${details.exitCode})`;
    if (details.type !== 'GPU' || !shouldRecover(details.reason)) {
      log.warn(what);
      return;
    }
    ctx.health.gpuCrashes++;
    const decision = gpu.recordFailure(Date.now());
    if (decision.action === 'cool-down' && ctx.config.mode === 'kiosk') {
      restartApp(
        ctx,
        `${what}, ${decision.recentFailures} times in ${GPU_CRASH_WINDOW_MS / 60_000} min`,
        true,
      );
      return;
    }
    // Chromium starts a new GPU process; the pages lost their WebGL context with the old one.
    for (const win of BrowserWindow.getAllWindows()) supervisorOf(win)?.recover(what);
  });
}

/** Kiosk only: an uncaught error in the main process is logged and the app restarts. */
export function setupMainProcessRecovery(ctx: AppContext): void {
  if (ctx.config.mode !== 'kiosk') return;
  const fail = (kind: string) => (error: unknown) => {
    log.error(`Uncaught ${kind} in the main process`, error);
    restartApp(ctx, `Uncaught ${kind}`, true);
  };
  process.on('uncaughtException', fail('error'));
  process.on('unhandledRejection', fail('rejection'));
}

/**
 * Restarts the whole app: relaunches it, or under a supervisor exits for the supervisor to start it again.
 * A failure is recorded in the relaunch history, and the restart waits as that history says (a first failure
 * restarts at once; a loop backs off up to five minutes).
 */
export function restartApp(ctx: AppContext, reason: string, failure: boolean): void {
  if (ctx.restartPending) return;
  ctx.restartPending = true;
  let delayMs = 0;
  if (failure) {
    const file = path.join(app.getPath('userData'), 'relaunch-history.json');
    let text: string | null = null;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      text = null;
    }
    const plan = relaunchPlan(parseRelaunchHistory(text), Date.now());
    delayMs = plan.delayMs;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(plan.history));
    } catch (error) {
      log.warn(`Could not record the restart in ${file}`, error);
    }
  }
  const method = restartMethod(ctx.args.supervised);
  log.warn(
    `${reason}; ${method === 'exit' ? 'exiting for the supervisor to restart the app' : 'restarting the app'}` +
      (delayMs > 0 ? ` in ${delayMs / 1000} s` : ''),
  );
  setTimeout(() => {
    ctx.quitting = true;
    if (method === 'relaunch') {
      app.relaunch();
      app.exit(0);
    } else {
      app.exit(RESTART_EXIT_CODE);
    }
  }, delayMs);
}
