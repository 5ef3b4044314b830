// At a chapter's end the story waits for the reader: this bar says so and goes on (also Space, and the Next
// chapter control). It lives at the foot of the sidebar, where the reader's eyes finish the text, and takes
// no focus, so a reader moving between voices is not pulled away.
import { useEffect } from 'react';
import { actions } from '../state/actions';
import { useApp } from '../state/store';
import { useT } from './i18n';

/** Space goes on from a chapter's end (elsewhere it is Play/Pause); text fields keep their own keys. */
function useSpaceGoesOn(): void {
  useEffect(() => {
    let swallowKeyUp = false;
    const isSpace = (e: KeyboardEvent) => e.key === ' ' || e.key === 'Spacebar';
    const onKeyDown = (e: KeyboardEvent) => {
      if (useApp.getState().chapterHold === null) return;
      if (!isSpace(e) || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      const el = e.target;
      if (
        el instanceof HTMLElement &&
        (el.isContentEditable || el.closest('input[type=text],textarea,select'))
      )
        return;
      // Before the window's shortcuts (which would pause), and without "clicking" a focused button on keyup.
      e.preventDefault();
      swallowKeyUp = true;
      actions.continueStory();
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (isSpace(e) && swallowKeyUp) {
        swallowKeyUp = false;
        e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    window.addEventListener('keyup', onKeyUp, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      window.removeEventListener('keyup', onKeyUp, { capture: true });
    };
  }, []);
}

export function ContinueBar() {
  const hold = useApp((s) => s.chapterHold);
  const t = useT();
  useSpaceGoesOn();
  if (!hold) return null;
  return (
    <div className="continue-bar" role="status">
      <p className="continue-text">{t('chapterEnd', { n: hold.chapterIndex + 1 })}</p>
      <button
        type="button"
        className="btn btn-primary"
        aria-label="Continue"
        aria-keyshortcuts="Space"
        title={`${t('continueStory')} (Space)`}
        onClick={actions.continueStory}
      >
        {t('continueStory')}
      </button>
    </div>
  );
}
