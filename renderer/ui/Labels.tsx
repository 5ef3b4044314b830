// The anatomy labels: a toggle over the stage, and the labels' elements in the viewer's language. The scene
// (scene/Labels.tsx) places and hides them each frame by mutation; here they are only written and measured.
import { useCallback, useEffect } from 'react';
import { LABEL_IDS, type LabelId } from '../scene/labelAnchors';
import { labelOverlay } from '../scene/labelOverlay';
import { actions } from '../state/actions';
import { useApp } from '../state/store';
import type { UiKey } from '../story';
import { useT } from './i18n';
import './cutLabels.css';

const LABEL_KEYS: Record<LabelId, UiKey> = {
  'cusp-mesiobuccal': 'labelCuspMesiobuccal',
  'cusp-distobuccal': 'labelCuspDistobuccal',
  'cusp-distal': 'labelCuspDistal',
  'cusp-mesiolingual': 'labelCuspMesiolingual',
  'cusp-distolingual': 'labelCuspDistolingual',
  enamel: 'labelEnamel',
  dentin: 'labelDentin',
  pulp: 'labelPulp',
  'cervical-line': 'labelCervicalLine',
  'root-mesial': 'labelRootMesial',
  'root-distal': 'labelRootDistal',
  'lesion-0': 'labelLesion',
  'lesion-1': 'labelLesion',
  'lesion-2': 'labelLesion',
};

export function LabelsToggle() {
  const on = useApp((s) => s.view.labels);
  const t = useT();
  return (
    <button
      type="button"
      className="btn btn-text labels-toggle"
      aria-label="Labels"
      aria-pressed={on}
      title={t('labels')}
      onClick={() => actions.setView({ labels: !on })}
    >
      <svg width={24} height={24} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="icon">
        <circle cx="6" cy="12" r="2.6" fill="currentColor" />
        <path d="M9.5 12h3" stroke="currentColor" strokeWidth="1.8" />
        <rect
          x="13"
          y="7.5"
          width="9"
          height="9"
          rx="2"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        />
      </svg>
      <span>{t('labels')}</span>
    </button>
  );
}

/** The labels' elements over the canvas (hidden until the scene places them). */
export function LabelsLayer() {
  const on = useApp((s) => s.view.labels);
  const language = useApp((s) => s.language);
  const t = useT();
  const register = useCallback((el: HTMLDivElement | null) => {
    labelOverlay.container = el;
    labelOverlay.version++;
  }, []);
  useEffect(() => {
    // New words, new widths: the scene measures the labels again.
    if (language) labelOverlay.version++;
  }, [language]);
  if (!on) return null;
  return (
    <div className="stage-labels" ref={register} data-testid="stage-labels">
      {LABEL_IDS.map((id) => (
        <span key={id} className="stage-label" data-label={id} data-shown="false">
          {t(LABEL_KEYS[id])}
        </span>
      ))}
    </div>
  );
}
