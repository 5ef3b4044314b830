// The feed of cues so far: what the engine's metrics have crossed, newest first, each in one character's voice
// and colour. Cues come from the same deterministic run as the picture, so scrubbing back removes them again.
import { useApp } from '../state/store';
import { characterById, cueLine, type ScenarioId } from '../story';
import { formatClock } from './format';
import { useT } from './i18n';

/** Enough to follow the story; older cues stay on the timeline markers. */
const SHOWN = 6;

export function CueFeed() {
  const language = useApp((s) => s.language);
  const cues = useApp((s) => s.cues);
  const fired = useApp((s) => s.fired);
  const chapterIndex = useApp((s) => s.chapterIndex);
  const t = useT();
  const shown = cues.slice(Math.max(0, fired - SHOWN), fired).reverse();
  return (
    <section className="cue-feed" aria-labelledby="cue-feed-title">
      <h3 id="cue-feed-title" className="section-title">
        {t('cueFeed')}
      </h3>
      {shown.length === 0 ? (
        <p className="cue-empty">{t('cueFeedEmpty')}</p>
      ) : (
        <ol className="cues">
          {shown.map((cue) => {
            const line = cueLine(cue.kind, cue.scenario as ScenarioId);
            const who = characterById(line.character);
            return (
              <li
                key={`${cue.id}@${cue.chapterIndex}`}
                className={cue.chapterIndex === chapterIndex ? 'cue' : 'cue cue-past'}
                style={{ ['--c' as string]: who.colour }}
                data-cue={cue.id}
              >
                <span className="avatar avatar-sm" aria-hidden="true">
                  {who.initials}
                </span>
                <div className="cue-body">
                  <p className="cue-head">
                    <span className="cue-label">{line.label[language]}</span>
                    <span className="cue-time">{formatClock(cue.time)}</span>
                  </p>
                  <p className="cue-text">
                    <span className="visually-hidden">{who.name[language]}: </span>
                    {line.text[language]}
                  </p>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
