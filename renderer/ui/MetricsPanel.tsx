// The compact read-out over the stage: what the procedure is, restored %, ΔE00 max and mean side by side against
// the 0.8 / 1.8 thresholds, shape deviation max, the swarm, a chart over the chapter, and the time scale of the
// phase on show. Numbers are written per frame by mutation (useFrameEffect); React renders this panel only when
// the chapter or the language changes.
import { useRef } from 'react';
import { live } from '../state/live';
import { useApp } from '../state/store';
import { getScenario, phaseAt } from '../state/scenarios';
import { THRESHOLDS } from '../state/science';
import { story } from '../state/storyModel';
import { SCENARIO_LABELS, type ScenarioId, t as translate } from '../story';
import { AFTERMATH_STORY_WEEKS } from '../story/timeScale';
import { formatNumber, formatSimulated } from './format';
import { useT } from './i18n';
import { CHART_COLOURS, MetricsChart } from './MetricsChart';
import { useFrameEffect, writeText } from './useFrameEffect';
import './metricsPanel.css';

type Band = 'ok' | 'perceptible' | 'unacceptable';

function colourBand(de: number): Band {
  if (de >= THRESHOLDS.acceptable) return 'unacceptable';
  if (de >= THRESHOLDS.perceptible) return 'perceptible';
  return 'ok';
}

/** The one word the story's interface strings lack: the shape read-out shows the maximum over the surface. */
const MAX_WORD = { en: 'max', es: 'máx.' } as const;

const BOT_STATES = ['travelling', 'depositing', 'returning', 'reservoir', 'dormant'] as const;

export function MetricsPanel({ timeCompressionDays }: { timeCompressionDays?: number }) {
  const language = useApp((s) => s.language);
  const chapterIndex = useApp((s) => s.chapterIndex);
  const t = useT();
  const scenario = story.clock.segments[chapterIndex]?.scenario as ScenarioId | undefined;
  const label = scenario ? SCENARIO_LABELS[scenario] : undefined;

  const phaseRef = useRef<HTMLSpanElement>(null);
  const simRef = useRef<HTMLSpanElement>(null);
  const restoredRef = useRef<HTMLSpanElement>(null);
  const restoredBarRef = useRef<HTMLSpanElement>(null);
  const deRef = useRef<HTMLSpanElement>(null);
  const deRowRef = useRef<HTMLDivElement>(null);
  const deNoteRef = useRef<HTMLSpanElement>(null);
  const deMeanRef = useRef<HTMLSpanElement>(null);
  const deMeanBoxRef = useRef<HTMLSpanElement>(null);
  const scaleRef = useRef<HTMLParagraphElement>(null);
  const mmRef = useRef<HTMLSpanElement>(null);
  const mmRowRef = useRef<HTMLDivElement>(null);
  const botsRef = useRef<HTMLSpanElement>(null);
  const botBarRefs = useRef<(HTMLSpanElement | null)[]>([]);
  const last = useRef({ frameSeq: -1, language: '', band: '' as Band | '', meanBand: '', phase: -1 });

  useFrameEffect(() => {
    const l = last.current;
    const lang = useApp.getState().language;
    if (live.frameSeq === l.frameSeq && lang === l.language) return;
    const langChanged = lang !== l.language;
    l.frameSeq = live.frameSeq;
    l.language = lang;
    const m = live.metrics;
    // The scenario on screen now (the chapter may have changed since this component last rendered).
    const now = getScenario(live.scenario);
    const phase = now && phaseAt(now, live.localTime) === 'aftermath' ? 1 : 0;
    if (phase !== l.phase || langChanged) {
      l.phase = phase;
      writeText(phaseRef.current, translate(phase === 0 ? 'phaseTreatment' : 'phaseAftermath', lang));
      // The treatment runs on the growth compression; the weeks after on the story's calendar.
      writeText(
        scaleRef.current,
        phase === 0
          ? timeCompressionDays !== undefined
            ? translate('timeCompression', lang, { days: timeCompressionDays })
            : ''
          : translate('timeCompressionAftermath', lang, {
              seconds: now?.aftermathSeconds ?? 0,
              weeks: AFTERMATH_STORY_WEEKS,
            }),
      );
      if (scaleRef.current) scaleRef.current.dataset['phase'] = phase === 0 ? 'treatment' : 'aftermath';
    }
    writeText(simRef.current, formatSimulated(live.localTime, lang));
    if (!m) return;
    writeText(restoredRef.current, `${formatNumber(m.restoredFraction * 100, 0, lang)} %`);
    restoredBarRef.current?.style.setProperty(
      'transform',
      `scaleX(${Math.min(1, Math.max(0, m.restoredFraction))})`,
    );
    const de = m.deltaE00.max;
    writeText(deRef.current, formatNumber(de, 2, lang));
    const band = colourBand(de);
    if (band !== l.band || langChanged) {
      l.band = band;
      if (deRowRef.current) deRowRef.current.dataset['band'] = band;
      const note =
        band === 'unacceptable'
          ? translate('thresholdAcceptable', lang)
          : band === 'perceptible'
            ? translate('thresholdPerceptible', lang)
            : '';
      writeText(deNoteRef.current, note);
    }
    const mean = m.deltaE00.mean;
    writeText(deMeanRef.current, formatNumber(mean, 2, lang));
    const meanBand = colourBand(mean);
    if (meanBand !== l.meanBand && deMeanBoxRef.current) {
      l.meanBand = meanBand;
      deMeanBoxRef.current.dataset['band'] = meanBand;
    }
    const mm = m.shapeDeviationMm.max;
    writeText(mmRef.current, formatNumber(mm, 3, lang));
    if (mmRowRef.current) mmRowRef.current.dataset['band'] = mm >= THRESHOLDS.shapeMm ? 'unacceptable' : 'ok';
    writeText(botsRef.current, formatNumber(m.bots || live.bots, 0, lang));
    const total = Math.max(1, m.bots);
    BOT_STATES.forEach((k, i) => {
      botBarRefs.current[i]?.style.setProperty('flex-grow', String(m.botsByState[k] / total));
    });
  });

  return (
    <section className="metrics" aria-label="Measurements">
      <header className="metrics-head">
        <span className="metrics-scenario">{label?.[language]}</span>
        <span className="metrics-phase">
          <span ref={phaseRef} /> · <span ref={simRef} />
        </span>
      </header>
      <div className="metric">
        <span className="metric-label">{t('metricRestored')}</span>
        <span className="metric-value" ref={restoredRef}>
          –
        </span>
        <span className="meter" aria-hidden="true">
          <span className="meter-fill" ref={restoredBarRef} />
        </span>
      </div>
      <div className="metric metric-pair" ref={deRowRef} data-band="ok">
        <span className="metric-label">
          <span className="swatch" style={{ background: CHART_COLOURS.deltaE }} aria-hidden="true" />
          {t('metricDeltaE')}
        </span>
        <span className="metric-pair-values">
          <span className="metric-part" data-part="max" title={t('metricDeltaEMaxHint')}>
            <span className="metric-part-label">{t('metricDeltaEMax')}</span>{' '}
            <span className="metric-value" ref={deRef} data-metric="deltaE00-max">
              –
            </span>
          </span>
          <span
            className="metric-part"
            data-part="mean"
            data-band="ok"
            ref={deMeanBoxRef}
            title={t('metricDeltaEMeanHint')}
          >
            <span className="metric-part-label">{t('metricDeltaEMean')}</span>{' '}
            <span className="metric-value" ref={deMeanRef} data-metric="deltaE00-mean">
              –
            </span>
          </span>
        </span>
        <span className="metric-note" ref={deNoteRef} />
      </div>
      <div className="metric" ref={mmRowRef} data-band="ok">
        <span className="metric-label">
          <span
            className="swatch swatch-dashed"
            style={{ borderColor: CHART_COLOURS.shape }}
            aria-hidden="true"
          />
          {t('metricShape')} {MAX_WORD[language]}
        </span>
        <span className="metric-value" ref={mmRef}>
          –
        </span>
      </div>
      <div className="metric">
        <span className="metric-label" title={t('legendBots')}>
          {t('metricBots')}
        </span>
        <span className="metric-value" ref={botsRef}>
          –
        </span>
        <span className="bot-bar" aria-hidden="true" title={t('legendBots')}>
          {BOT_STATES.map((k, i) => (
            <span
              key={k}
              className={`bot-seg bot-${k}`}
              ref={(el) => {
                botBarRefs.current[i] = el;
              }}
            />
          ))}
        </span>
      </div>
      <MetricsChart label={`${t('metricDeltaE')}, ${t('metricShape')}`} />
      <p className="metrics-source">
        {t('thresholdSource')} · {t('thresholdShape')}
      </p>
      <p className="time-compression" data-slot="time-compression" ref={scaleRef} />
    </section>
  );
}
