// Kiosk behaviour: after a while with nobody touching the screen, show the attract overlay, go back to the
// start of the story and play it as a loop, so the next visitor finds it moving.
import { actions } from './actions';
import { live } from './live';
import { useApp } from './store';

/** Seconds of warning ("Still there?") before an unattended kiosk starts the story again. */
const IDLE_WARNING_SECONDS = 10;

export function startIdleWatch(idleSeconds: number): () => void {
  let last = performance.now();
  const touch = () => {
    last = performance.now();
    actions.wake();
    if (useApp.getState().idleCountdown !== null) useApp.setState({ idleCountdown: null });
  };
  const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
  for (const e of events) window.addEventListener(e, touch, { passive: true, capture: true });
  // A clinical pause while idle moves on by itself: the controller sees to that (IDLE_CHECKPOINT_SECONDS).
  const timer = window.setInterval(() => {
    const s = useApp.getState();
    const quiet = (performance.now() - last) / 1000;
    if (!s.idle && quiet > idleSeconds) {
      actions.reset();
      // The next visitor finds the exhibit as installed, whatever the last one chose.
      actions.resetSettings(true);
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
  };
}
