// The scrubber over the whole story: a native range input (keyboard, touch and screen readers for free) over
// a drawn track with one band per chapter and a dot per cue in its character's colour. Its value, the played
// fill and the clock are written per frame by mutation, so playback re-renders nothing.
import { memo, useRef } from 'react';
import { actions } from '../state/actions';
import { live } from '../state/live';
import { useApp } from '../state/store';
import { getScenario } from '../state/scenarios';
import { story } from '../state/storyModel';
import { characterById, cueLine, type ScenarioId, t as translate } from '../story';
import { formatClock } from './format';
import { useFrameEffect, writeText } from './useFrameEffect';

const pct = (t: number) => `${((t / story.clock.duration) * 100).toFixed(3)}%`;

/** Chapter bands and numbers; they depend on nothing that changes. */
const ChapterBands = memo(function ChapterBands() {
  return (
    <>
      {story.clock.segments.map((seg) => {
        const protocol = getScenario(seg.scenario)?.protocol ?? 'original';
        return (
          <span
            key={seg.id}
            className={`band band-${protocol}`}
            style={{ left: pct(seg.start), width: pct(seg.end - seg.start) }}
          >
            <span className="band-number">{seg.index + 1}</span>
          </span>
        );
      })}
    </>
  );
});

function CueMarks() {
  const cues = useApp((s) => s.cues);
  const fired = useApp((s) => s.fired);
  const language = useApp((s) => s.language);
  return (
    <>
      {cues.map((cue, i) => {
        const line = cueLine(cue.kind, cue.scenario as ScenarioId);
        return (
          <span
            key={`${cue.id}@${cue.chapterIndex}`}
            className={i < fired ? 'cue-mark cue-mark-fired' : 'cue-mark'}
            style={{ left: pct(cue.time), ['--c' as string]: characterById(line.character).colour }}
            title={`${line.label[language]} · ${formatClock(cue.time)}`}
            data-kind={cue.kind}
          />
        );
      })}
    </>
  );
}

export function Scrubber() {
  const rangeRef = useRef<HTMLInputElement>(null);
  const playedRef = useRef<HTMLSpanElement>(null);
  const clockRef = useRef<HTMLSpanElement>(null);
  const dragging = useRef(false);
  const last = useRef({ time: -1, second: -1, chapter: -1, language: '' });
  const duration = story.clock.duration;
  const total = formatClock(duration);

  useFrameEffect(() => {
    const range = rangeRef.current;
    if (!range) return;
    const time = live.time;
    const l = last.current;
    if (time !== l.time) {
      l.time = time;
      if (!dragging.current) range.value = String(time);
      playedRef.current?.style.setProperty('transform', `scaleX(${Math.min(1, time / duration)})`);
    }
    const second = Math.floor(time);
    const { language, chapterIndex } = useApp.getState();
    if (second !== l.second || chapterIndex !== l.chapter || language !== l.language) {
      l.second = second;
      l.chapter = chapterIndex;
      l.language = language;
      const clock = `${formatClock(time)} / ${total}`;
      writeText(clockRef.current, clock);
      const title = story.chapters[chapterIndex]?.title[language] ?? '';
      const chapterText = translate('chapterOf', language, {
        n: chapterIndex + 1,
        total: story.chapters.length,
      });
      range.setAttribute('aria-valuetext', `${clock}, ${chapterText}: ${title}`);
    }
  });

  return (
    <div className="scrubber-row">
      <span className="clock" ref={clockRef} aria-hidden="true">
        0:00 / {total}
      </span>
      <div className="scrubber">
        <div className="track" aria-hidden="true">
          <ChapterBands />
          <span className="played" ref={playedRef} />
          <CueMarks />
        </div>
        <input
          ref={rangeRef}
          type="range"
          className="range"
          aria-label="Timeline"
          min={0}
          max={duration}
          step="any"
          defaultValue={0}
          onPointerDown={() => {
            dragging.current = true;
          }}
          onPointerUp={() => {
            dragging.current = false;
          }}
          onPointerCancel={() => {
            dragging.current = false;
          }}
          onChange={(e) => actions.seek(e.currentTarget.valueAsNumber)}
        />
      </div>
    </div>
  );
}
