// The model's loading bar, its one-line error banner, and a line saying what was opened (a tooth, part of an
// arch, a full arch, and its size), with a note when the scan's units had to be inferred.
// A failed load keeps the tooth on show (state/model.ts), so the banner says so and can be closed.
import { useState } from 'react';
import { modelActions, modelBounds, modelKind, useTooth } from '../state/model';
import { type Language, useApp } from '../state/store';
import { formatNumber } from './format';
import { CloseIcon } from './icons';
import { useT } from './i18n';

/** The file last handed to the loader from this window, so a failure can name it. */
let lastPickedName = '';

/** Open a scan chosen in the file input or dropped on the window. */
export function openScan(file: File): void {
  lastPickedName = file.name;
  void modelActions.loadFile(file);
}

/** Unit words for the inferred-units note (the mesh loader's LengthUnit values). */
const UNIT_WORDS: Record<string, Record<Language, string>> = {
  mm: { en: 'millimetres', es: 'milímetros' },
  cm: { en: 'centimetres', es: 'centímetros' },
  m: { en: 'metres', es: 'metros' },
  µm: { en: 'micrometres', es: 'micrómetros' },
};

/** The status line's word for each kind of model (state/model.ts `modelKind`). */
const KIND_KEYS = {
  tooth: 'scanSingleTooth',
  'partial-arch': 'scanPartialArch',
  'full-arch': 'scanFullArch',
} as const;

/** What was opened, in one line ("arch.stl: a full arch, 77 mm across"), and how its units were read. */
function ModelNote() {
  const tooth = useTooth((s) => s.tooth);
  const language = useApp((s) => s.language);
  const t = useT();
  const [dismissed, setDismissed] = useState<object | null>(null);
  // The start-up molar needs no introduction; every model the viewer opens gets one.
  const opened = tooth && (tooth.source !== 'molar.glb' || tooth.info.unitsInferred);
  if (!tooth || !opened || dismissed === tooth) return null;
  const across = modelBounds(tooth).across;
  const size = formatNumber(across, across >= 10 ? 0 : 1, language);
  const what = t(KIND_KEYS[modelKind(across)], { name: tooth.source, size });
  const unit = UNIT_WORDS[tooth.info.units]?.[language] ?? tooth.info.units;
  return (
    <div className="note-banner" role="status">
      <p className="note-text">
        <strong>{what}</strong>
        {tooth.info.unitsInferred ? ` · ${t('inferredUnits', { unit })}` : ''}
      </p>
      <button
        type="button"
        className="btn btn-icon"
        aria-label="Close note"
        title={t('close')}
        onClick={() => setDismissed(tooth)}
      >
        <CloseIcon />
      </button>
    </div>
  );
}

export function ModelStatus() {
  const model = useApp((s) => s.model);
  const t = useT();
  const error = model.error;
  // Name the file unless the loader's message already does.
  const named = error && lastPickedName && !error.includes(lastPickedName) ? `${lastPickedName}: ` : '';
  return (
    <div className="model-status">
      {model.status === 'loading' && (
        <div className="loading">
          <span className="loading-text">{t('loading', { percent: Math.round(model.progress * 100) })}</span>
          <div
            className="progress"
            role="progressbar"
            aria-label="Loading the tooth"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(model.progress * 100)}
          >
            <span className="progress-fill" style={{ transform: `scaleX(${model.progress})` }} />
          </div>
        </div>
      )}
      {error && (
        <div className="error-banner" role="alert">
          <p className="error-text" title={error}>
            <strong>{t('loadError')}</strong> {named}
            {error} {model.status === 'ready' ? t('loadErrorKept') : ''}
          </p>
          <button
            type="button"
            className="btn btn-icon"
            aria-label="Close"
            title={t('close')}
            onClick={modelActions.dismissError}
          >
            <CloseIcon />
          </button>
        </div>
      )}
      {model.status !== 'loading' && !error && <ModelNote />}
    </div>
  );
}
