// Kiosk supervision that no Chromium event triggers: the blank-screen and memory watchdogs, the daily soft
// restart, the heartbeat in the log, and letting the OS end the session. The decisions are the pure ones in
// policy/watchdog and policy/schedule; this file feeds them with timers, captures and samples.
import { app, type BrowserWindow, powerMonitor } from 'electron';
import { dailyRestartDecision, DAILY_RESTART_GRACE_MS, msUntilDailyRestart } from '../policy/schedule';
import {
  FlatScreenWatch,
  HEALTH_PROBE,
  HEALTH_PROBE_TIMEOUT_MS,
  type HealthSample,
  HealthSampleSchema,
  heartbeatLine,
  isFlatRegion,
  MemoryWatch,
  WATCHDOG_INTERVAL_MS,
} from '../policy/watchdog';
import type { AppContext } from './context';
import { restartApp } from './faults';
import { log } from './log';
import { supervisorOf } from './window';

/** After a page (re)loads, the scene gets this long to draw before a blank capture counts. */
export const LOAD_GRACE_MS = 20_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms / 1000} s`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The window reported its attract loop starting or ending (through the `kiosk:attract` IPC call). */
export function reportAttractLoop(ctx: AppContext, active: boolean): void {
  if (ctx.health.attractLoop === active) return;
  ctx.health.attractLoop = active;
  log.debug(`Attract loop ${active ? 'started' : 'ended'}`);
  for (const listener of ctx.attractListeners) listener(active);
}

/** Kiosk: watch one window every minute for a blank scene and a heap past the configured limit. */
export function watchKioskWindow(ctx: AppContext, win: BrowserWindow): void {
  if (ctx.config.mode !== 'kiosk') return;
  const contents = win.webContents;
  const flat = new FlatScreenWatch();
  const memory = new MemoryWatch(ctx.config.heapLimitMB * 1024 * 1024);
  let loadedAt = Date.now();
  let busy = false;
  let warnedHeap = false;

  const reloadForMemory = () => {
    warnedHeap = false;
    supervisorOf(win)?.reloadNow(`The page heap passed ${ctx.config.heapLimitMB} MB`);
  };
  const onAttract = (active: boolean) => {
    if (memory.attractLoop(active) === 'reload') reloadForMemory();
  };
  ctx.attractListeners.add(onAttract);

  contents.on('did-navigate', () => {
    loadedAt = Date.now();
    flat.reset();
    memory.reloaded();
    ctx.health.attractLoop = false;
  });

  const check = async () => {
    if (busy || win.isDestroyed() || Date.now() - loadedAt < LOAD_GRACE_MS) return;
    busy = true;
    try {
      let blank: boolean;
      try {
        const image = await withTimeout(contents.capturePage(), HEALTH_PROBE_TIMEOUT_MS);
        const { width, height } = image.getSize();
        blank = isFlatRegion(image.toBitmap(), width, height);
      } catch (error) {
        log.warn(`Could not capture the page (${error instanceof Error ? error.message : String(error)})`);
        blank = true;
      }
      const verdict = flat.observe(blank);
      if (verdict === 'suspect') log.warn('The scene looks blank; checking again in a minute');
      if (verdict === 'reload') {
        supervisorOf(win)?.recover('The scene stayed blank for two checks');
        return;
      }

      const sample = await probe(win);
      ctx.health.heapBytes = sample?.heapBytes ?? null;
      ctx.health.fps = sample?.fps ?? null;
      if (sample?.heapBytes == null) return;
      const decision = memory.sample(sample.heapBytes);
      if (decision === 'reload') reloadForMemory();
      else if (decision === 'wait' && !warnedHeap) {
        warnedHeap = true;
        log.warn(
          `The page heap is ${Math.round(sample.heapBytes / (1024 * 1024))} MB, over ` +
            `${ctx.config.heapLimitMB} MB; reloading at the next attract loop`,
        );
      }
    } finally {
      busy = false;
    }
  };

  const timer = setInterval(() => void check(), WATCHDOG_INTERVAL_MS);
  win.on('closed', () => {
    clearInterval(timer);
    ctx.attractListeners.delete(onAttract);
  });
}

async function probe(win: BrowserWindow): Promise<HealthSample | null> {
  try {
    const raw: unknown = await withTimeout(
      win.webContents.executeJavaScript(HEALTH_PROBE, false),
      HEALTH_PROBE_TIMEOUT_MS,
    );
    const parsed = HealthSampleSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Kiosk: one line in the log every few minutes, so staff can read the exhibit's health from the file. */
export function setupHeartbeat(ctx: AppContext): void {
  if (ctx.config.mode !== 'kiosk') return;
  const timer = setInterval(() => {
    log.info(heartbeatLine({ ...ctx.health, uptimeSeconds: process.uptime() }));
  }, ctx.config.heartbeatMinutes * 60_000);
  app.on('will-quit', () => clearInterval(timer));
}

/** Kiosk: restart the app once a day at the configured hour, while nobody is at the exhibit. */
export function setupDailyRestart(ctx: AppContext): void {
  const hour = ctx.config.dailyRestartHour;
  if (ctx.config.mode !== 'kiosk' || hour === null) return;
  const waitMs = msUntilDailyRestart(new Date(), hour, process.uptime() * 1000);
  log.info(`Daily restart at ${String(hour).padStart(2, '0')}:00 (in ${(waitMs / 3_600_000).toFixed(1)} h)`);
  setTimeout(() => {
    const dueAt = Date.now();
    const attempt = () => {
      if (dailyRestartDecision(Date.now() - dueAt, ctx.health.attractLoop) === 'restart') {
        restartApp(ctx, 'Daily restart', false);
        return true;
      }
      return false;
    };
    if (attempt()) return;
    log.info('Daily restart due; waiting for the attract loop');
    const onAttract = (active: boolean) => {
      if (active) attempt();
    };
    ctx.attractListeners.add(onAttract);
    setTimeout(attempt, DAILY_RESTART_GRACE_MS);
  }, waitMs);
}

/** After ready: a system shutdown is never held up by the kiosk's close guard. */
export function setupSessionEnd(ctx: AppContext): void {
  powerMonitor.on('shutdown', () => {
    log.info('The system is shutting down');
    ctx.quitting = true;
    app.quit();
  });
}
