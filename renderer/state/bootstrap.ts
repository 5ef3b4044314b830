// Start-up: a flat list of setup steps, one per feature.
import { addEffect } from '@react-three/fiber';
import { actions } from './actions';
import { configureSim, tick } from './controller';
import { installInspector } from './inspect';
import { startIdleWatch } from './kiosk';
import { live } from './live';
import { modelActions } from './model';
import { parseStartOptions } from './options';
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
  let last = 0;
  addEffect((timestamp) => {
    const dt = last === 0 ? 0 : (timestamp - last) / 1000;
    last = timestamp;
    tick(dt);
  });
}

async function setupKiosk(kioskFromAddress: boolean, botsFromAddress: number | null): Promise<void> {
  const host = window.toothRebirthHost;
  let kiosk = kioskFromAddress;
  let idleSeconds = KIOSK_IDLE_SECONDS;
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
  if (kiosk) startIdleWatch(idleSeconds);
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
  void setupKiosk(options.kiosk, options.bots).then(() => modelActions.loadInitial());
  if (options.autoplay) actions.play();
}
