// Kiosk behaviour: after a while with nobody touching the screen, show the attract overlay, go back to the
// start of the story and play it as a loop, so the next visitor finds it moving. A kiosk starts from its own
// settings (short texts, no waiting for a reader who may have left), and each new visitor finds them again. A
// kiosk is also a touch surface for strangers: nothing to select, no menu, no file to drop, no page zoom.
import { create } from 'zustand';
import { actions } from './actions';
import { IdleClock } from './idleClock';
import { live } from './live';
import { pacing, restartReadingWait } from './pacing';
import { type Language, useApp } from './store';
import { DEFAULT_VIEW } from './view';

/** Whether the window is a kiosk (the address's `kiosk=1` or the app's kiosk mode). Set once at start-up. */
export const useKiosk = create<{ on: boolean }>(() => ({ on: false }));

/** Seconds of warning ("Still there?") before an unattended kiosk starts the story again. */
const IDLE_WARNING_SECONDS = 10;

/**
 * The warning's length for an idle time: the full warning for any real idle time, a share of it for the short
 * idle times of a soak run, so the countdown still shows before the reset.
 */
export function idleWarningSeconds(idleSeconds: number): number {
  return Math.max(1, Math.min(IDLE_WARNING_SECONDS, Math.round((idleSeconds * 2) / 3)));
}

/**
 * The kiosk's own settings: the next visitor finds the exhibit as installed, whatever the last one chose: its
 * settings, no teaching tool left on (a cut, a map, a comparison), the language it started in, and the chapter's
 * lead voice (a reader's choice of voice otherwise stays within a chapter, and the story starts again in the
 * chapter the last visitor may have been reading).
 */
function kioskSettings(language: Language): void {
  actions.resetSettings(true);
  actions.setView(DEFAULT_VIEW);
  if (useApp.getState().language !== language) actions.setLanguage(language);
  actions.setPerspective(1);
}

/**
 * Starts the kiosk's watch for visitors. `readingScale` multiplies the reading time a chapter's end waits
 * (1: the real pace).
 */
export function startIdleWatch(idleSeconds: number, readingScale = 1): () => void {
  pacing.kiosk = true;
  pacing.readingScale = readingScale;
  const home = useApp.getState().language;
  kioskSettings(home);
  const warning = idleWarningSeconds(idleSeconds);
  // Checked every second, or more often for a soak run's short idle times.
  const interval = Math.min(1000, idleSeconds * 250);
  const clock = new IdleClock(performance.now(), interval);
  const touch = () => {
    clock.touch(performance.now());
    // Someone is reading: the chapter's reading time starts again.
    restartReadingWait();
    actions.wake();
    if (useApp.getState().idleCountdown !== null) useApp.setState({ idleCountdown: null });
  };
  const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
  for (const e of events) window.addEventListener(e, touch, { passive: true, capture: true });
  // A clinical pause while idle moves on by itself: the controller sees to that (IDLE_CHECKPOINT_SECONDS),
  // and so does a chapter's end after its reading time (pacing.ts).
  const timer = window.setInterval(() => {
    const s = useApp.getState();
    const quiet = clock.tick(performance.now());
    if (!s.idle && quiet > idleSeconds) {
      actions.reset();
      kioskSettings(home);
      useApp.setState({ idle: true, playing: true, idleCountdown: null });
    } else if (!s.idle && quiet > idleSeconds - warning) {
      const left = Math.max(1, Math.ceil(idleSeconds - quiet));
      if (left !== s.idleCountdown) useApp.setState({ idleCountdown: left });
    }
    // Loop the story while idle.
    if (s.idle && live.time >= live.duration) {
      actions.seek(0);
      useApp.setState({ playing: true });
    }
  }, interval);
  return () => {
    window.clearInterval(timer);
    for (const e of events) window.removeEventListener(e, touch, { capture: true });
    pacing.kiosk = false;
  };
}

/** The main process waits for the attract loop to reload or restart, so it never cuts into a visit. */
function reportAttractLoop(): () => void {
  const report = (active: boolean) => {
    window.toothRebirthHost?.reportAttractLoop(active).catch((err: unknown) => {
      console.warn('Tooth Rebirth: could not report the attract loop:', err);
    });
  };
  return useApp.subscribe((s, previous) => {
    if (s.idle !== previous.idle) report(s.idle);
  });
}

/** Keeps the page still under strangers' fingers: no context menu, no zoom, no file dropped onto it. */
function lockSurface(): () => void {
  const root = document.documentElement;
  root.classList.add('kiosk');
  const prevent = (e: Event) => e.preventDefault();
  // Ctrl + wheel is how a trackpad pinch reaches the page: it would zoom the page, not the tooth.
  const zoomWheel = (e: WheelEvent) => {
    if (e.ctrlKey) e.preventDefault();
  };
  const blocked = ['contextmenu', 'dragover', 'drop', 'selectstart', 'gesturestart'] as const;
  for (const e of blocked) window.addEventListener(e, prevent, { capture: true });
  window.addEventListener('wheel', zoomWheel, { passive: false, capture: true });
  return () => {
    root.classList.remove('kiosk');
    for (const e of blocked) window.removeEventListener(e, prevent, { capture: true });
    window.removeEventListener('wheel', zoomWheel, { capture: true });
  };
}

/** Turns the window into a kiosk: the surface locked, the idle watch and the attract-loop reports started. */
export function startKiosk(idleSeconds: number, readingScale = 1): () => void {
  useKiosk.setState({ on: true });
  const stops = [lockSurface(), reportAttractLoop(), startIdleWatch(idleSeconds, readingScale)];
  return () => {
    for (const stop of stops) stop();
    useKiosk.setState({ on: false });
  };
}
