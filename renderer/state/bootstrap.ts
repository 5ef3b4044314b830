// Start-up: a flat list of setup steps, one per feature.
import { addEffect } from '@react-three/fiber';
import { actions } from './actions';
import { configureSim, tick } from './controller';
import { installInspector } from './inspect';
import { startIdleWatch } from './kiosk';
import { live } from './live';
import { modelActions } from './model';
import { parseStartOptions, type StartOptions } from './options';
import { useApp } from './store';
import { story } from './storyModel';

const KIOSK_IDLE_SECONDS = 90;

function setupInspector(): void {
  installInspector();
}

function setupLanguage(): void {
  document.documentElement.lang = useApp.getState().language;
}

function setupFrameLoop(): void {
  // The clock and the simulation follow the display's frames (R3F's loop, before the scene renders). Where the
  // GPU is slow (software rendering, an old kiosk PC) frames can be far apart: a timer then keeps the story
  // moving at its real pace, and the picture catches up when it can.
  let last = 0;
  let reported = false;
  const run = (now: number) => {
    const dt = last === 0 ? 0 : (now - last) / 1000;
    last = now;
    try {
      tick(dt);
    } catch (err) {
      // Report once; the loop keeps running so the window never freezes on one bad frame.
      if (!reported) console.error('Tooth Rebirth: frame loop error:', err);
      reported = true;
    }
  };
  addEffect(() => run(performance.now()));
  window.setInterval(() => {
    const now = performance.now();
    if (now - last > 50) run(now);
  }, 25);
}

async function setupKiosk(options: StartOptions): Promise<void> {
  const host = window.toothRebirthHost;
  let kiosk = options.kiosk;
  let idleSeconds = KIOSK_IDLE_SECONDS;
  const botsFromAddress = options.bots;
  if (host) {
    try {
      const cfg = await host.kioskConfig();
      kiosk = kiosk || cfg.mode === 'kiosk';
      idleSeconds = cfg.idleResetSeconds;
      if (botsFromAddress === null) configureSim({ bots: cfg.bots });
      if (cfg.language !== useApp.getState().language) actions.setLanguage(cfg.language);
    } catch (err) {
      console.warn('Tooth Rebirth: kiosk configuration unavailable, using defaults:', err);
    }
  }
  if (kiosk) startIdleWatch(options.idleSeconds ?? idleSeconds);
}

export function bootstrap(): void {
  const options = parseStartOptions(window.location.search);
  setupInspector();
  setupLanguage();
  configureSim({ bots: options.bots });
  live.time = story.clock.clamp(options.time);
  live.seekPending = true;
  story.sync(live.time);
  setupFrameLoop();
  // The kiosk configuration (swarm size, language) comes first, then the tooth.
  void setupKiosk(options).then(() => modelActions.loadInitial());
  if (options.autoplay) actions.play();
}
