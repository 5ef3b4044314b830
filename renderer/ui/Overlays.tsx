// Overlays: the checkpoint pause of the redesigned protocol, the kiosk's attract screen, and the drop target
// for a tooth scan dragged onto the window.
import { useEffect, useRef, useState } from 'react';
import { actions } from '../state/actions';
import { useKiosk } from '../state/kiosk';
import { type CheckpointPause, useApp } from '../state/store';
import { type CheckpointPrompt, characterById, checkpointPrompt, type ScenarioId } from '../story';
import type { StoryCue } from '../state/science';
import { useT } from './i18n';
import '../styles/kiosk.css';
import { openScan } from './ModelStatus';

/** Which checkpoint of its scenario a pause is (0-based), for the story's n-th prompt. */
export function checkpointIndex(cues: readonly StoryCue[], pause: CheckpointPause): number {
  const ids: string[] = [];
  const times: number[] = [];
  for (const c of cues) {
    if (c.kind !== 'checkpoint' || c.scenario !== pause.scenario || !c.checkpointId) continue;
    if (ids.includes(c.checkpointId)) continue; // a scenario shown in two chapters places its cues twice
    ids.push(c.checkpointId);
    times.push(c.localTime);
  }
  const order = ids
    .map((id, i) => ({ id, t: times[i]! }))
    .sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
  return Math.max(
    0,
    order.findIndex((o) => o.id === pause.checkpointId),
  );
}

function Speaker({
  line,
}: {
  line: { character: CheckpointPrompt['character']; text: { en: string; es: string } };
}) {
  const language = useApp((s) => s.language);
  const who = characterById(line.character);
  return (
    <div className="speaker" style={{ ['--c' as string]: who.colour }}>
      <span className="avatar" aria-hidden="true">
        {who.initials}
      </span>
      <p>
        <span className="speaker-name">{who.name[language]}</span>
        <span className="speaker-text">{line.text[language]}</span>
      </p>
    </div>
  );
}

export function CheckpointOverlay() {
  const pause = useApp((s) => s.pause);
  const cues = useApp((s) => s.cues);
  const t = useT();
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pause) buttonRef.current?.focus({ preventScroll: true });
  }, [pause]);
  if (!pause) return null;
  const prompt = checkpointPrompt(
    pause.scenario as ScenarioId,
    pause.checkpointId,
    checkpointIndex(cues, pause),
  );
  return (
    <div className="checkpoint" role="dialog" aria-modal="false" aria-labelledby="checkpoint-title">
      {/* h3: the chapter title stays the page's first h2 while the pause is open */}
      <h3 id="checkpoint-title" className="checkpoint-title">
        {t('checkpointTitle')}
      </h3>
      <Speaker line={prompt} />
      {prompt.reply && <Speaker line={prompt.reply} />}
      <button
        ref={buttonRef}
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

/** Kiosk: a visitor walked away mid-story; warn before starting again for the next one. */
export function IdleWarning() {
  const seconds = useApp((s) => s.idleCountdown);
  const t = useT();
  if (seconds === null) return null;
  return (
    <div className="note-banner idle-warning" role="status" aria-live="polite">
      <p className="note-text">{t('idleWarning', { seconds })}</p>
    </div>
  );
}

export function AttractOverlay() {
  const idle = useApp((s) => s.idle);
  const t = useT();
  if (!idle) return null;
  return (
    <button
      type="button"
      className="attract"
      aria-label="Touch to explore the story"
      onPointerDown={actions.wake}
      onClick={actions.wake}
    >
      {/* Title and subtitle are drawn from data-text (CSS): the button's visible words are its call to action. */}
      <span className="attract-title" aria-hidden="true" data-text={t('appTitle')} />
      <span className="attract-sub" aria-hidden="true" data-text={t('attractSubtitle')} />
      <span className="attract-cta">
        <span className="attract-ring" aria-hidden="true" />
        {t('touchToStart')}
      </span>
    </button>
  );
}

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Drop a scan anywhere on the window. Listens on the window, so no element needs to be a drop target. A kiosk
 * takes no files (state/kiosk.ts refuses the drop).
 */
export function DropZone() {
  const [over, setOver] = useState(false);
  const kiosk = useKiosk((s) => s.on);
  const t = useT();
  useEffect(() => {
    if (kiosk) return;
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const overFn = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // never let the browser navigate to the dropped file
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file) openScan(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overFn);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overFn);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [kiosk]);
  if (!over || kiosk) return null;
  return (
    <div className="dropzone" aria-hidden="true">
      <span>{t('openModel')}</span>
    </div>
  );
}
