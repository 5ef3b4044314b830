// Kiosk behaviour: after a while with nobody touching the screen, show the attract overlay, go back to the
// start of the story and play it as a loop, so the next visitor finds it moving.
import { actions } from './actions';
import { live } from './live';
import { useApp } from './store';

export function startIdleWatch(idleSeconds: number): () => void {
  let last = performance.now();
  const touch = () => {
    last = performance.now();
    actions.wake();
  };
  const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
  for (const e of events) window.addEventListener(e, touch, { passive: true, capture: true });
  const timer = window.setInterval(() => {
    const s = useApp.getState();
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
