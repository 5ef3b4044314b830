// Start-up: a flat list of setup steps, one per feature.
import { SimClient } from '../worker/client';
import { actions } from './actions';
import { CompareController, installCompare, onOneClock } from './compare';
import { SimController } from './controller';
import { computeCueTracks } from './cueTracks';
import { frameLoop } from './frameLoop';
import { installInspector } from './inspect';
import { setupFaultHooks } from './faults';
import { startKiosk } from './kiosk';
import { live } from './live';
import { modelActions, useTooth } from './model';
import { parseStartOptions, type StartOptions } from './options';
import { SWARM_DEFAULT } from './settings';
import { configureSim } from './runs';
import { noteStartOptions, setupLinks } from './share';
import { useApp } from './store';
import { story } from './storyModel';

const KIOSK_IDLE_SECONDS = 90;

function setupInspector(options: StartOptions): void {
  // The fault hooks count workers from the first one on: before the simulation starts.
  installInspector(setupFaultHooks(options.faults));
}

function setupLanguage(): void {
  document.documentElement.lang = useApp.getState().language;
}

let controller: SimController | null = null;

/** The app's simulation controller, once bootstrap has made it. */
export function simController(): SimController | null {
  return controller;
}

function setupSimulation(): void {
  controller = new SimController(SimClient.create(), story);
  // Compare's second engine, in its own worker, on the same clock.
  const compare = new CompareController(() => SimClient.create(), story.clock, controller);
  controller.companion = compare;
  installCompare(compare);
  frameLoop.drive(onOneClock(controller, compare));
  frameLoop.start();
}

function setupCueTracks(): void {
  // Each tooth has its own runs, so its own cues: the scenario on show first.
  useTooth.subscribe((s, previous) => {
    if (s.tooth && s.tooth !== previous.tooth)
      void computeCueTracks(s.tooth, story.clock.locate(live.time).scenario);
  });
}

/** The swarm size the address or the kiosk file gives (null: none): what the default setting stands for. */
let installedBots: number | null = null;

function setupSwarmSetting(): void {
  // A new swarm size in the settings: the run on show starts again at the same moment, and its cues are computed
  // again for that swarm (the cues come from the same run as the picture). The default size means "as
  // installed", so a kiosk's Reset goes back to the kiosk file's swarm.
  useApp.subscribe((s, previous) => {
    if (s.settings.bots === previous.settings.bots) return;
    const bots =
      s.settings.bots === SWARM_DEFAULT && installedBots !== null ? installedBots : s.settings.bots;
    configureSim({ bots });
    controller?.restartRun();
    const tooth = useTooth.getState().tooth;
    if (tooth) void computeCueTracks(tooth, story.clock.locate(live.time).scenario);
  });
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
      if (botsFromAddress === null) {
        installedBots = cfg.bots;
        configureSim({ bots: cfg.bots });
      }
      if (cfg.language !== useApp.getState().language) actions.setLanguage(cfg.language);
    } catch (err) {
      console.warn('Tooth Rebirth: kiosk configuration unavailable, using defaults:', err);
    }
  }
  if (kiosk) startKiosk(options.idleSeconds ?? idleSeconds, options.readingScale);
}

export function bootstrap(): void {
  const options = parseStartOptions(window.location.search);
  setupInspector(options);
  setupLanguage();
  installedBots = options.bots;
  configureSim({ bots: options.bots ?? useApp.getState().settings.bots });
  live.time = story.clock.clamp(options.time);
  live.seekPending = true;
  story.sync(live.time);
  setupSimulation();
  setupCueTracks();
  setupSwarmSetting();
  // The kiosk configuration (swarm size, language) comes first, then the tooth.
  void setupKiosk(options).then(() => modelActions.loadInitial());
  if (options.autoplay) actions.play();
  setupLinks();
  noteStartOptions(options.notes);
}
