// Kiosk behaviour: after a while with nobody touching the screen, show the attract overlay, go back to the
// start of the story and play it as a loop, so the next visitor finds it moving. A kiosk starts from its own
// settings (short texts, no waiting for a reader who may have left), and each new visitor finds them again.
import { actions } from './actions';
import { live } from './live';
import { pacing, restartReadingWait } from './pacing';
import { defaultSettings } from './settings';
import { useApp } from './store';

/** Seconds of warning ("Still there?") before an unattended kiosk starts the story again. */
const IDLE_WARNING_SECONDS = 10;

/** The kiosk's own settings, for this session only: a kiosk machine's storage keeps the desktop's. */
function kioskSettings(): void {
  useApp.setState({ settings: defaultSettings(true) });
}

/**
 * Starts the kiosk's watch for visitors. `readingScale` multiplies the reading time a chapter's end waits
 * (1: the real pace).
 */
export function startIdleWatch(idleSeconds: number, readingScale = 1): () => void {
  pacing.kiosk = true;
  pacing.readingScale = readingScale;
  kioskSettings();
  let last = performance.now();
  const touch = () => {
    last = performance.now();
    // Someone is reading: a chapter's end waits its full reading time again.
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
    const quiet = (performance.now() - last) / 1000;
    if (!s.idle && quiet > idleSeconds) {
      actions.reset();
      kioskSettings();
      useApp.setState({ idle: true, playing: true, idleCountdown: null });
    } else if (!s.idle && quiet > idleSeconds - IDLE_WARNING_SECONDS) {
      const left = Math.max(1, Math.ceil(idleSeconds - quiet));
      if (left !== s.idleCountdown) useApp.setState({ idleCountdown: left });
    }
    // Loop the story while idle.
    if (s.idle && live.time >= live.duration) {
      actions.seek(0);
      useApp.setState({ playing: true });
    }
  }, 1000);
  return () => {
    window.clearInterval(timer);
    for (const e of events) window.removeEventListener(e, touch, { capture: true });
    pacing.kiosk = false;
  };
}
