// The model's loading bar, its one-line error banner, and a note when a scan's units had to be inferred.
// A failed load keeps the tooth on show (state/model.ts), so the banner says so and can be closed.
import { useState } from 'react';
import { modelActions, useTooth } from '../state/model';
import { type Language, useApp } from '../state/store';
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

function UnitsNote() {
  const tooth = useTooth((s) => s.tooth);
  const language = useApp((s) => s.language);
  const t = useT();
  const [dismissed, setDismissed] = useState<object | null>(null);
  if (!tooth?.info.unitsInferred || dismissed === tooth) return null;
  const unit = UNIT_WORDS[tooth.info.units]?.[language] ?? tooth.info.units;
  return (
    <div className="note-banner" role="status">
      <p className="note-text">
        <strong>{tooth.source}</strong> · {t('inferredUnits', { unit })}
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
      {model.status !== 'loading' && !error && <UnitsNote />}
    </div>
  );
}
