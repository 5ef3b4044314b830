// The model's loading bar and its one-line error banner. A failed load keeps the tooth on show (state/model.ts),
// so the banner says so and can be closed.
import { modelActions } from '../state/model';
import { useApp } from '../state/store';
import { CloseIcon } from './icons';
import { useT } from './i18n';

export function ModelStatus() {
  const model = useApp((s) => s.model);
  const t = useT();
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
      {model.error && (
        <div className="error-banner" role="alert">
          <p className="error-text" title={model.error}>
            <strong>{t('loadError')}</strong> {model.error}{' '}
            {model.status === 'ready' ? t('loadErrorKept') : ''}
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
    </div>
  );
}
