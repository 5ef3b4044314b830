// Compare over the stage: the control that turns it on (or says why it cannot), and while it is on, one card
// of measurements per side (original procedure left, redesigned right) over a line between the two views.
// The figures are written per frame by mutation (useFrameEffect); React renders only on chapter, language or
// Compare changes.
import { useRef } from 'react';
import { actions } from '../state/actions';
import { type CompareSide, compareAvailableIn, comparePairOf, sideLive } from '../state/compare';
import { useApp } from '../state/store';
import { story } from '../state/storyModel';
import { SCENARIO_LABELS, type ScenarioId } from '../story';
import './compare.css';
import { formatNumber } from './format';
import { useT } from './i18n';
import { useFrameEffect, writeText } from './useFrameEffect';

const WHY_ID = 'compare-why';

const CompareIcon = () => (
  <svg width={24} height={24} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="icon">
    <rect x="2.5" y="5" width="8" height="14" rx="1.5" fill="none" stroke="currentColor" strokeWidth="2" />
    <rect x="13.5" y="5" width="8" height="14" rx="1.5" fill="currentColor" />
  </svg>
);

function useCompare() {
  const chapterIndex = useApp((s) => s.chapterIndex);
  const chosen = useApp((s) => s.view.compare);
  const scenario = story.clock.segments[chapterIndex]?.scenario ?? '';
  const available = compareAvailableIn(chapterIndex, story.clock);
  return { available, on: chosen && available, pair: comparePairOf(scenario) };
}

export function CompareToggle() {
  const { available, on } = useCompare();
  const t = useT();
  return (
    <div className="compare-control">
      <button
        type="button"
        className="btn btn-text"
        aria-label="Compare"
        aria-pressed={on}
        aria-disabled={!available}
        aria-describedby={available ? undefined : WHY_ID}
        title={available ? t('compare') : t('compareUnavailable')}
        onClick={() => {
          if (available) actions.setView({ compare: !on });
        }}
      >
        <CompareIcon />
        <span>{t('compare')}</span>
      </button>
      {!available && (
        <p id={WHY_ID} className="compare-why">
          {t('compareUnavailable')}
        </p>
      )}
    </div>
  );
}

function SideCard({ side, scenario }: { side: CompareSide; scenario: ScenarioId }) {
  const language = useApp((s) => s.language);
  const t = useT();
  const restored = useRef<HTMLSpanElement>(null);
  const deMax = useRef<HTMLSpanElement>(null);
  const deMean = useRef<HTMLSpanElement>(null);
  const shape = useRef<HTMLSpanElement>(null);
  const last = useRef({ seq: -1, language: '', scenario: '' });

  useFrameEffect(() => {
    const s = sideLive(side);
    const lang = useApp.getState().language;
    const l = last.current;
    if (s.frameSeq === l.seq && lang === l.language && s.scenario === l.scenario) return;
    l.seq = s.frameSeq;
    l.language = lang;
    l.scenario = s.scenario;
    // Until this side's run has its first frame, its figures would be the other run's or none.
    const m = s.scenario === scenario ? s.metrics : null;
    writeText(restored.current, m ? `${formatNumber(m.restoredFraction * 100, 0, lang)} %` : '–');
    writeText(deMax.current, m ? formatNumber(m.deltaE00.max, 2, lang) : '–');
    writeText(deMean.current, m ? formatNumber(m.deltaE00.mean, 2, lang) : '–');
    writeText(shape.current, m ? formatNumber(m.shapeDeviationMm.max, 3, lang) : '–');
  });

  const label = SCENARIO_LABELS[scenario][language];
  return (
    <section
      className={`compare-card compare-${side}`}
      aria-label={`Measurements, ${SCENARIO_LABELS[scenario].en}`}
    >
      <h3 className="compare-title">{label}</h3>
      <dl className="compare-figures">
        <div>
          <dt>{t('metricRestored')}</dt>
          <dd ref={restored}>–</dd>
        </div>
        <div>
          <dt>{t('metricDeltaEMax')}</dt>
          <dd ref={deMax}>–</dd>
        </div>
        <div>
          <dt>{t('metricDeltaEMean')}</dt>
          <dd ref={deMean}>–</dd>
        </div>
        <div>
          <dt>{t('metricShape')}</dt>
          <dd ref={shape}>–</dd>
        </div>
      </dl>
    </section>
  );
}

/** The control, and while Compare is on, the two sides' cards and the line between the views. */
export function CompareView() {
  const { on, pair } = useCompare();
  return (
    <>
      <CompareToggle />
      {on && pair && (
        <div className="compare-view" data-compare="on">
          <div className="compare-divider" aria-hidden="true" />
          <SideCard side="left" scenario={pair.original} />
          <SideCard side="right" scenario={pair.redesigned} />
        </div>
      )}
    </>
  );
}
