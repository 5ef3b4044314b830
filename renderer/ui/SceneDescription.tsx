// What the 3D view shows, in words, for people who cannot see it: the canvas's description (the chapter's scene,
// then the latest cue), and a polite live region that reads out each cue as it fires while the story plays.
import { useEffect, useRef, useState } from 'react';
import type { StoryCue } from '../state/science';
import { type Language, useApp } from '../state/store';
import { CHAPTERS, characterById, cueLine, SCENE_DESCRIPTIONS, type ScenarioId } from '../story';

/** One cue in words: who noticed, and what. */
export function cueSentence(cue: StoryCue, lang: Language): string {
  const line = cueLine(cue.kind, cue.scenario as ScenarioId);
  return `${line.label[lang]}. ${characterById(line.character).name[lang]}: ${line.text[lang]}`;
}

export function SceneDescription() {
  const language = useApp((s) => s.language);
  const chapterIndex = useApp((s) => s.chapterIndex);
  const cues = useApp((s) => s.cues);
  const fired = useApp((s) => s.fired);
  const [announcement, setAnnouncement] = useState('');
  const lastFired = useRef(fired);
  const latest = fired > 0 ? cues[fired - 1] : undefined;

  useEffect(() => {
    // Only a cue that fires as the story plays is read out; a jump, a scrub back or cues newly placed on the
    // timeline stay quiet.
    const playing = useApp.getState().playing;
    if (fired > lastFired.current && latest && playing) setAnnouncement(cueSentence(latest, language));
    else if (fired < lastFired.current) setAnnouncement('');
    lastFired.current = fired;
  }, [fired, latest, language]);

  const id = CHAPTERS[chapterIndex]?.id;
  const scene = id ? SCENE_DESCRIPTIONS[id]?.[language] : undefined;
  const nowShowing = latest && latest.chapterIndex === chapterIndex ? cueSentence(latest, language) : '';
  return (
    <>
      <p id="scene-description" className="visually-hidden">
        {[scene, nowShowing].filter(Boolean).join(' ')}
      </p>
      <div className="visually-hidden" role="status" aria-live="polite" data-slot="cue-announcer">
        {announcement}
      </div>
    </>
  );
}
