// Kiosk behaviour: after a while with nobody touching the screen, show the attract overlay, go back to the
// start of the story and play it as a loop, so the next visitor finds it moving.
import { actions } from './actions';
import { live } from './live';
import { useApp } from './store';

/** How long an unattended kiosk lingers on a checkpoint prompt. */
const IDLE_CHECKPOINT_SECONDS = 8;

export function startIdleWatch(idleSeconds: number): () => void {
  let last = performance.now();
  const touch = () => {
    last = performance.now();
    actions.wake();
  };
  const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
  for (const e of events) window.addEventListener(e, touch, { passive: true, capture: true });
  let pausedSince = 0;
  const timer = window.setInterval(() => {
    const s = useApp.getState();
    // While idle nobody can press Continue: a checkpoint pause shows its prompt for a while, then moves on.
    if (s.pause === null) pausedSince = 0;
    else if (pausedSince === 0) pausedSince = performance.now();
    else if (s.idle && performance.now() - pausedSince > IDLE_CHECKPOINT_SECONDS * 1000)
      actions.continueFromCheckpoint();
    if (!s.idle && performance.now() - last > idleSeconds * 1000) {
      actions.reset();
      useApp.setState({ idle: true, playing: true });
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
