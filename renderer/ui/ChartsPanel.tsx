// The charts panel (view.charts): the scenario so far on three uPlot charts (restored fraction; ΔE00 max and mean
// against the 0.8 / 1.8 thresholds; shape deviation max and mean against the 0.1 mm limit), with a mark where each
// chapter begins, each clinical pause, and now. A click or a drag on a chart seeks the story clock there. Data are
// written from the frame loop into typed arrays and redrawn a few times a second; React renders the panel only
// when it opens, or the language changes.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { actions } from '../state/actions';
import { live } from '../state/live';
import { THRESHOLDS } from '../state/science';
import { useApp } from '../state/store';
import { story } from '../state/storyModel';
import { type ChartSegment, ChartSeries, chapterMarks, scenarioSpan, storyTimeAt } from './chartData';
import { CloseIcon } from './icons';
import { dashedLine } from './MetricsChart';
import { useT } from './i18n';
import { CHART_COLOURS } from './MetricsChart';
import { useFrameEffect } from './useFrameEffect';
import '../styles/tools.css';

const REDRAW_MS = 200;
const HEIGHT = 112;
export const CHARTS_COLOURS = {
  restored: '#8fd6a0',
  deMax: CHART_COLOURS.deltaE,
  deMean: '#c98a3a',
  mmMax: CHART_COLOURS.shape,
  mmMean: '#8a9bb0',
  chapter: 'rgba(169,183,198,0.55)',
  pause: '#5fd4e0',
  now: '#ffffff',
} as const;

type Column = 'restored' | 'deMax' | 'deMean' | 'mmMax' | 'mmMean';

/** What the draw hooks read: the marks of the scenario on show, in scenario time. */
interface Marks {
  chapters: { local: number; chapterIndex: number }[];
  pauses: number[];
  now: number;
}

function vline(u: uPlot, x: number, colour: string, dash: number[], label?: string): void {
  const px = Math.round(u.valToPos(x, 'x', true)) + 0.5;
  const { left, width, top, height } = u.bbox;
  if (px < left - 1 || px > left + width + 1) return;
  const ctx = u.ctx;
  const dpr = devicePixelRatio;
  ctx.save();
  ctx.strokeStyle = colour;
  ctx.lineWidth = Math.max(1, dpr * 1.5);
  ctx.setLineDash(dash.map((d) => d * dpr));
  ctx.beginPath();
  ctx.moveTo(px, top);
  ctx.lineTo(px, top + height);
  ctx.stroke();
  if (label) {
    ctx.fillStyle = colour;
    ctx.font = `${13 * dpr}px system-ui, sans-serif`;
    ctx.fillText(label, px + 4 * dpr, top + 14 * dpr);
  }
  ctx.restore();
}

interface ChartSpec {
  id: string;
  columns: Column[];
  range: (max: number) => [number, number];
  format: (v: number) => string;
  thresholds: { value: number; colour: string }[];
  /** Chapter numbers are written on the top chart only. */
  labelChapters: boolean;
  /**
   * Linear below this value and logarithmic above it (uPlot's asinh scale), so the thresholds near zero stay
   * apart while a lesion's first, large difference still fits; absent: linear.
   */
  asinh?: number;
}

const SPECS: ChartSpec[] = [
  {
    id: 'restored',
    columns: ['restored'],
    range: () => [0, 1],
    format: (v) => `${Math.round(v * 100)} %`,
    thresholds: [{ value: THRESHOLDS.restored, colour: 'rgba(143,214,160,0.5)' }],
    labelChapters: true,
  },
  {
    id: 'colour',
    columns: ['deMax', 'deMean'],
    range: (max) => [0, Math.max(THRESHOLDS.acceptable * 1.3, max * 1.1)],
    format: (v) => v.toFixed(1),
    thresholds: [
      { value: THRESHOLDS.perceptible, colour: 'rgba(240,179,90,0.7)' },
      { value: THRESHOLDS.acceptable, colour: 'rgba(255,143,112,0.9)' },
    ],
    labelChapters: false,
    asinh: 0.5,
  },
  {
    id: 'shape',
    columns: ['mmMax', 'mmMean'],
    range: (max) => [0, Math.max(THRESHOLDS.shapeMm * 2, max * 1.1)],
    format: (v) => v.toFixed(2),
    thresholds: [{ value: THRESHOLDS.shapeMm, colour: 'rgba(217,226,236,0.5)' }],
    labelChapters: false,
    asinh: 0.05,
  },
];

function makeChart(
  box: HTMLElement,
  spec: ChartSpec,
  series: ChartSeries,
  marks: Marks,
  seekTo: (local: number) => void,
): uPlot {
  const axis = {
    stroke: CHART_COLOURS.axis,
    grid: { stroke: CHART_COLOURS.grid, width: 1 },
    ticks: { stroke: CHART_COLOURS.grid, width: 1, size: 4 },
    font: '14px system-ui, sans-serif',
    gap: 3,
  };
  const opts: uPlot.Options = {
    width: Math.max(240, box.clientWidth),
    height: HEIGHT,
    pxAlign: false,
    legend: { show: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    scales: {
      x: { time: false },
      y: {
        range: (_u, _min, max) => spec.range(max ?? 0),
        ...(spec.asinh ? { distr: 4, asinh: spec.asinh } : {}),
      },
    },
    axes: [
      { ...axis, size: 26, values: (_u, splits) => splits.map((v) => `${Math.round(v)} s`) },
      {
        ...axis,
        size: 52,
        // A log-like (asinh) scale leaves null where it places no tick label.
        values: (_u, splits) => splits.map((v) => (v == null ? '' : spec.format(v))),
      },
    ],
    series: [
      {},
      ...spec.columns.map((c, i) => ({
        stroke: CHARTS_COLOURS[c],
        width: 2,
        dash: i === 1 ? [6, 4] : undefined,
        points: { show: false },
      })),
    ],
    hooks: {
      draw: [
        (u) => {
          for (const t of spec.thresholds) dashedLine(u, 'y', t.value, t.colour);
          for (const m of marks.chapters)
            vline(
              u,
              m.local,
              CHARTS_COLOURS.chapter,
              [3, 3],
              spec.labelChapters ? `${m.chapterIndex + 1}` : undefined,
            );
          for (const p of marks.pauses) vline(u, p, CHARTS_COLOURS.pause, []);
          vline(u, marks.now, CHARTS_COLOURS.now, []);
        },
      ],
    },
  };
  const plot = new uPlot(opts, series.view(spec.columns) as uPlot.AlignedData, box);
  // A press or a drag on the plot seeks there (uPlot's own cursor and selection are off).
  const over = plot.over;
  const pick = (e: PointerEvent) => seekTo(plot.posToVal(e.clientX - over.getBoundingClientRect().left, 'x'));
  over.addEventListener('pointerdown', (e) => {
    over.setPointerCapture(e.pointerId);
    pick(e);
  });
  over.addEventListener('pointermove', (e) => {
    if (over.hasPointerCapture(e.pointerId)) pick(e);
  });
  return plot;
}

export function ChartsPanel() {
  const open = useApp((s) => s.view.charts);
  const t = useT();
  const boxes = useRef<(HTMLDivElement | null)[]>([]);
  const plots = useRef<uPlot[]>([]);
  const series = useRef(new ChartSeries());
  const marks = useRef<Marks>({ chapters: [], pauses: [], now: 0 });
  const seen = useRef({ scenario: '', frameSeq: -1, track: null as object | null, lastDraw: 0, dirty: true });

  useEffect(() => {
    if (!open) return;
    const seekTo = (local: number) => {
      const segments = story.clock.segments as readonly ChartSegment[];
      actions.seek(storyTimeAt(segments, useApp.getState().chapterIndex, local));
    };
    const made: uPlot[] = [];
    SPECS.forEach((spec, i) => {
      const box = boxes.current[i];
      if (box) made.push(makeChart(box, spec, series.current, marks.current, seekTo));
    });
    plots.current = made;
    seen.current.scenario = ''; // lay out the scenario afresh
    const ro = new ResizeObserver(() => {
      for (const p of made) {
        const w = Math.max(240, p.root.parentElement?.clientWidth ?? 240);
        if (w !== p.width) p.setSize({ width: w, height: HEIGHT });
      }
    });
    for (const b of boxes.current) if (b) ro.observe(b);
    return () => {
      ro.disconnect();
      for (const p of made) p.destroy();
      plots.current = [];
    };
  }, [open]);

  useFrameEffect(() => {
    const made = plots.current;
    if (made.length === 0) return;
    const st = seen.current;
    const s = series.current;
    const scenario = live.scenario;
    if (!scenario) return;
    const segments = story.clock.segments as readonly ChartSegment[];
    const span = scenarioSpan(segments, scenario);
    if (scenario !== st.scenario) {
      st.scenario = scenario;
      st.track = null;
      s.reset();
      marks.current.chapters = chapterMarks(segments, scenario);
      for (const b of boxes.current) {
        b?.setAttribute('data-x-min', String(span.from));
        b?.setAttribute('data-x-max', String(span.to));
      }
      st.dirty = true;
    }
    const pauses = useApp.getState().cues;
    if (marks.current.pauses.length === 0 || st.dirty) {
      const locals = pauses
        .filter((c) => c.kind === 'checkpoint' && c.scenario === scenario)
        .map((c) => c.localTime);
      marks.current.pauses = [...new Set(locals)];
    }
    if (live.frameSeq !== st.frameSeq) {
      st.frameSeq = live.frameSeq;
      const m = live.metrics;
      const track = story.trackOf(scenario);
      const x = live.localTime;
      const jumped = !(x >= s.last && x - s.last < 1);
      if (track && (track !== st.track || jumped)) {
        st.track = track;
        s.fillFromTrack(track, span.from, x);
        st.dirty = true;
      }
      if (m) {
        const added = s.add(
          x,
          m.restoredFraction,
          m.deltaE00.max,
          m.deltaE00.mean,
          m.shapeDeviationMm.max,
          m.shapeDeviationMm.mean,
        );
        st.dirty ||= added;
      }
      if (marks.current.now !== x) {
        marks.current.now = x;
        st.dirty = true;
      }
    }
    const now = performance.now();
    if (st.dirty && now - st.lastDraw >= REDRAW_MS) {
      st.dirty = false;
      st.lastDraw = now;
      made.forEach((p, i) => {
        p.setData(s.view(SPECS[i]!.columns) as uPlot.AlignedData, false);
        p.setScale('x', { min: span.from, max: span.to });
      });
    }
  });

  if (!open) return null;
  const legend: Record<Column, string> = {
    restored: t('metricRestored'),
    deMax: t('metricDeltaEMax'),
    deMean: t('metricDeltaEMean'),
    mmMax: t('chartShapeMax'),
    mmMean: t('chartShapeMean'),
  };
  const titles: Record<string, string> = {
    restored: t('metricRestored'),
    colour: t('metricDeltaE'),
    shape: t('metricShape'),
  };
  const names: Record<string, string> = {
    restored: 'Restored fraction',
    colour: 'Colour difference ΔE00, max and mean, with the 0.8 and 1.8 thresholds',
    shape: 'Shape deviation in mm, max and mean, with the 0.1 mm limit',
  };
  return (
    <section className="charts-panel" aria-label="Charts">
      <header className="tool-head">
        <h2 className="tool-title">{t('charts')}</h2>
        <button
          type="button"
          className="btn btn-icon"
          aria-label="Close charts"
          title={t('close')}
          onClick={() => actions.setView({ charts: false })}
        >
          <CloseIcon />
        </button>
      </header>
      <p className="tool-hint">{t('chartsHint')}</p>
      {SPECS.map((spec, i) => (
        <figure key={spec.id} className="chart-figure">
          <figcaption className="chart-caption">
            <span className="chart-title">{titles[spec.id]}</span>
            {spec.columns.length > 1 &&
              spec.columns.map((c, k) => (
                <span key={c} className="chart-key">
                  <span
                    className={k === 1 ? 'swatch swatch-dashed' : 'swatch'}
                    style={k === 1 ? { borderColor: CHARTS_COLOURS[c] } : { background: CHARTS_COLOURS[c] }}
                    aria-hidden="true"
                  />
                  {legend[c]}
                </span>
              ))}
          </figcaption>
          <div
            ref={(el) => {
              boxes.current[i] = el;
            }}
            className="chart-plot"
            data-chart={spec.id}
            role="img"
            aria-label={names[spec.id]}
          />
        </figure>
      ))}
      <p className="chart-marks">
        <span className="chart-key">
          <span
            className="swatch swatch-dashed"
            style={{ borderColor: CHARTS_COLOURS.chapter }}
            aria-hidden="true"
          />
          {t('chartChapters')}
        </span>
        <span className="chart-key">
          <span className="swatch" style={{ background: CHARTS_COLOURS.pause }} aria-hidden="true" />
          {t('chartPauses')}
        </span>
        <span className="chart-key">
          <span className="swatch" style={{ background: CHARTS_COLOURS.now }} aria-hidden="true" />
          {t('chartNow')}
        </span>
      </p>
    </section>
  );
}
