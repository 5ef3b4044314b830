// The time bar (PhET/NetLogo conventions): reset, previous chapter, step back, play/pause, step forward, next
// chapter, speed, and a scrubber over the whole story with chapter and cue markers. Accessible names are fixed
// English (tests and screen-reader users rely on them); visible tooltips follow the language.
import { actions } from '../state/actions';
import { type Speed, useApp } from '../state/store';
import {
  NextChapterIcon,
  PauseIcon,
  PlayIcon,
  PreviousChapterIcon,
  ResetIcon,
  StepBackIcon,
  StepForwardIcon,
} from './icons';
import { useT } from './i18n';
import { Scrubber } from './Scrubber';

function PlayButton() {
  const playing = useApp((s) => s.playing);
  const t = useT();
  return (
    <button
      type="button"
      className="btn btn-play"
      aria-label={playing ? 'Pause' : 'Play'}
      aria-keyshortcuts="Space"
      title={`${t(playing ? 'pause' : 'play')} (Space)`}
      onClick={actions.togglePlay}
    >
      {playing ? <PauseIcon /> : <PlayIcon />}
    </button>
  );
}

const SPEEDS: { value: Speed; name: string; key: 'speedSlow' | 'speedNormal' | 'speedFast' }[] = [
  { value: 'slow', name: 'Slow', key: 'speedSlow' },
  { value: 'normal', name: 'Normal', key: 'speedNormal' },
  { value: 'fast', name: 'Fast', key: 'speedFast' },
];

function SpeedControl() {
  const speed = useApp((s) => s.speed);
  const t = useT();
  return (
    <div className="speed" role="radiogroup" aria-label="Speed" title={t('speed')}>
      <span className="speed-label" aria-hidden="true">
        {t('speed')}
      </span>
      {SPEEDS.map((s) => (
        <label key={s.value} className="speed-option">
          <input
            type="radio"
            name="speed"
            value={s.value}
            aria-label={s.name}
            checked={speed === s.value}
            onChange={() => actions.setSpeed(s.value)}
          />
          <span aria-hidden="true">{t(s.key)}</span>
        </label>
      ))}
    </div>
  );
}

export function TimeBar() {
  const t = useT();
  return (
    <section className="timebar" aria-label="Time controls">
      <Scrubber />
      <div className="transport">
        <div className="transport-group">
          <button
            type="button"
            className="btn"
            aria-label="Reset"
            aria-keyshortcuts="Home"
            title={`${t('reset')} (Home)`}
            onClick={actions.reset}
          >
            <ResetIcon />
          </button>
          <button
            type="button"
            className="btn"
            aria-label="Previous chapter"
            aria-keyshortcuts="Shift+ArrowLeft"
            title={`${t('previousChapter')} (Shift+←)`}
            onClick={actions.previousChapter}
          >
            <PreviousChapterIcon />
          </button>
          <button
            type="button"
            className="btn"
            aria-label="Step back"
            aria-keyshortcuts="ArrowLeft"
            title={`${t('stepBack')} (←)`}
            onClick={actions.stepBack}
          >
            <StepBackIcon />
          </button>
          <PlayButton />
          <button
            type="button"
            className="btn"
            aria-label="Step forward"
            aria-keyshortcuts="ArrowRight"
            title={`${t('stepForward')} (→)`}
            onClick={actions.stepForward}
          >
            <StepForwardIcon />
          </button>
          <button
            type="button"
            className="btn"
            aria-label="Next chapter"
            aria-keyshortcuts="Shift+ArrowRight"
            title={`${t('nextChapter')} (Shift+→)`}
            onClick={actions.nextChapter}
          >
            <NextChapterIcon />
          </button>
        </div>
        <SpeedControl />
      </div>
    </section>
  );
}
