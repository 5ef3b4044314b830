// The keyboard shortcuts, one window handler (PhET/NetLogo conventions): Space play/pause, ←/→ step,
// Shift+←/→ previous/next chapter, Home reset, 1–7 switch perspective.
import { useEffect } from 'react';
import { actions } from '../state/actions';

/** Typing in a field, or choosing in a list, keeps its own keys. */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    // The timeline slider and the speed radios take the shortcuts like the rest of the page; text fields do not.
    return !['range', 'radio', 'checkbox', 'button', 'file'].includes(target.type);
  }
  return false;
}

export function useKeyboard(): void {
  useEffect(() => {
    // Space on a focused button would also "click" it on keyup; remember that we handled it and swallow the keyup.
    let spaceHandled = false;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (ownsKeys(e.target)) return;
      let handled = true;
      switch (e.key) {
        case ' ':
        case 'Spacebar':
          if (!e.repeat) actions.togglePlay();
          spaceHandled = true;
          break;
        case 'ArrowRight':
          if (e.shiftKey) {
            if (!e.repeat) actions.nextChapter();
          } else actions.stepForward();
          break;
        case 'ArrowLeft':
          if (e.shiftKey) {
            if (!e.repeat) actions.previousChapter();
          } else actions.stepBack();
          break;
        case 'Home':
          actions.reset();
          break;
        default:
          if (!e.shiftKey && e.key.length === 1 && e.key >= '1' && e.key <= '7') {
            actions.setPerspective(Number(e.key));
          } else handled = false;
      }
      if (handled) {
        e.preventDefault();
        actions.wake();
      }
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if ((e.key === ' ' || e.key === 'Spacebar') && spaceHandled) {
        spaceHandled = false;
        e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, []);
}
