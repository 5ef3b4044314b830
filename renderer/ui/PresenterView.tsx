// The presenter view (`?presenter=1`): the teacher's screen. The time controls (the same TimeBar as the main
// window), a small live view of the scene, the next cue, the chapter's speaker notes in both languages and two
// clocks (the lesson's and the story's). It opens or finds the audience view and drives it (state/presenter.ts).
import { useEffect, useRef, useState } from 'react';
import { Stage } from '../scene/Stage';
import { actions } from '../state/actions';
import { live } from '../state/live';
import { openAudienceWindow, useClassroom } from '../state/presenter';
import { useApp } from '../state/store';
import { CHAPTERS, characterById, cueLine, LANGUAGES, type ScenarioId, SPEAKER_NOTES } from '../story';
import { formatClock } from './format';
import { useT } from './i18n';
import { LanguageSelect } from './LanguageSelect';
import { PerspectiveTabs } from './Perspectives';
import { LinkMessage, ShareControl } from './ShareDialog';
import { TimeBar } from './TimeBar';
import { useFrameEffect, writeText } from './useFrameEffect';
import { useKeyboard } from './useKeyboard';
import './classroom.css';

/** In the desktop app the audience window is the app's own; a web page opens it itself. */
const desktop = () => window.toothRebirthHost !== undefined;

function Clocks() {
  const t = useT();
  const lessonRef = useRef<HTMLSpanElement>(null);
  const storyRef = useRef<HTMLSpanElement>(null);
  const started = useRef(performance.now());
  useFrameEffect(() => {
    writeText(lessonRef.current, formatClock((performance.now() - started.current) / 1000));
    writeText(storyRef.current, formatClock(live.time));
  });
  return (
    <dl className="presenter-clocks">
      <div>
        <dt>{t('lessonTime')}</dt>
        <dd ref={lessonRef} data-clock="lesson">
          0:00
        </dd>
      </div>
      <div>
        <dt>{t('storyTime')}</dt>
        <dd ref={storyRef} data-clock="story">
          0:00
        </dd>
      </div>
    </dl>
  );
}

function AudienceControl() {
  const t = useT();
  const connected = useClassroom((s) => s.audienceConnected);
  const [blocked, setBlocked] = useState(false);
  const open = () => setBlocked(openAudienceWindow() === null);
  useEffect(() => {
    if (!desktop()) setBlocked(openAudienceWindow() === null);
  }, []);
  return (
    <div className="presenter-audience">
      <p className={connected ? 'audience-state audience-on' : 'audience-state'} role="status">
        {t(connected ? 'audienceConnected' : 'audienceNotConnected')}
      </p>
      {!desktop() && (
        <button type="button" className="btn btn-text" aria-label="Open audience view" onClick={open}>
          {t('openAudience')}
        </button>
      )}
      {blocked && !connected && <p className="audience-blocked">{t('audienceBlocked')}</p>}
    </div>
  );
}

function NextCue() {
  const t = useT();
  const language = useApp((s) => s.language);
  const cue = useApp((s) => s.cues[s.fired]);
  const line = cue ? cueLine(cue.kind, cue.scenario as ScenarioId) : null;
  const who = line ? characterById(line.character) : null;
  return (
    <section className="presenter-card next-cue" aria-labelledby="next-cue-title">
      <h2 id="next-cue-title" className="section-title">
        {t('nextCue')}
      </h2>
      {cue && line && who ? (
        <p className="next-cue-line" style={{ ['--c' as string]: who.colour }} data-cue={cue.id}>
          <span className="avatar avatar-sm" aria-hidden="true">
            {who.initials}
          </span>
          <span className="next-cue-text">
            <strong>{line.label[language]}</strong> · {who.name[language]} · {formatClock(cue.time)}
          </span>
        </p>
      ) : (
        <p className="cue-empty">{t('noNextCue')}</p>
      )}
    </section>
  );
}

function ClinicalPause() {
  const t = useT();
  const pause = useApp((s) => s.pause);
  if (!pause) return null;
  return (
    <div className="presenter-pause" role="status">
      <span>{t('checkpointTitle')}</span>
      <button
        type="button"
        className="btn btn-primary"
        aria-label="Continue"
        onClick={actions.continueFromCheckpoint}
      >
        {t('checkpointContinue')}
      </button>
    </div>
  );
}

function SpeakerNotes() {
  const t = useT();
  const chapterIndex = useApp((s) => s.chapterIndex);
  const chapter = CHAPTERS[chapterIndex];
  const note = chapter ? SPEAKER_NOTES[chapter.id] : undefined;
  if (!chapter) return null;
  return (
    <section className="presenter-notes" aria-labelledby="notes-title">
      <h2 id="notes-title" className="section-title">
        {t('speakerNotes')} · {t('chapterOf', { n: chapterIndex + 1, total: CHAPTERS.length })}
      </h2>
      <div className="notes-columns">
        {LANGUAGES.map((lang) => (
          <article key={lang} lang={lang} className="notes-column" data-language={lang}>
            <h3 className="notes-chapter">{chapter.title[lang]}</h3>
            {note ? (
              <>
                <p className="notes-point">{note.point[lang]}</p>
                <p className="notes-question">{note.question[lang]}</p>
              </>
            ) : null}
          </article>
        ))}
      </div>
    </section>
  );
}

export function PresenterView() {
  useKeyboard();
  const t = useT();
  const chapterIndex = useApp((s) => s.chapterIndex);
  return (
    <div className="presenter">
      <header className="presenter-head">
        <h1 className="presenter-title">
          {t('appTitle')} · {t('presenterView')}
        </h1>
        <Clocks />
        <AudienceControl />
        <ShareControl />
        <LanguageSelect />
      </header>
      <div className="presenter-body">
        <div className="presenter-side">
          <section className="presenter-live" aria-label="Live view">
            <Stage />
            <ClinicalPause />
          </section>
          <NextCue />
        </div>
        <div className="presenter-main">
          <PerspectiveTabs chapterIndex={chapterIndex} />
          <SpeakerNotes />
          <LinkMessage />
        </div>
      </div>
      <TimeBar />
    </div>
  );
}
