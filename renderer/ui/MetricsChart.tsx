// A small uPlot chart of ΔE00 max and shape deviation max over the current chapter, with the 0.8 / 1.8
// thresholds (Paravina et al. 2015) and the story's 0.1 mm shape limit as dashed lines. uPlot draws to one
// canvas and takes typed arrays, so feeding it from the frame loop allocates nothing but the views it keeps.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { live } from '../state/live';
import { useApp } from '../state/store';
import { story } from '../state/storyModel';
import { THRESHOLDS } from '../state/science';
import { lowerBound } from '../state/search';
import { useFrameEffect } from './useFrameEffect';

const CAPACITY = 1024;
/** Redraws per second at most: the chart reads at a glance, the stage keeps the frame budget. */
const REDRAW_MS = 200;
export const CHART_COLOURS = { deltaE: '#f0b35a', shape: '#d9e2ec', grid: '#2b3846', axis: '#a9b7c6' };

/** Samples of one chapter, struct-of-arrays; a scrub back truncates, a full buffer drops every other sample. */
class ChapterSeries {
  readonly x = new Float64Array(CAPACITY);
  readonly de = new Float64Array(CAPACITY);
  readonly mm = new Float64Array(CAPACITY);
  n = 0;
  private readonly xAt = (i: number): number => this.x[i]!;
  reset(): void {
    this.n = 0;
  }
  add(x: number, de: number, mm: number): boolean {
    let n = this.n;
    if (n > 0 && x <= this.x[n - 1]!) {
      if (x === this.x[n - 1]) return false;
      // Went back in time: keep the samples before x.
      n = lowerBound(n, this.xAt, x);
    }
    if (n === CAPACITY) {
      for (let i = 0; i < CAPACITY / 2; i++) {
        this.x[i] = this.x[2 * i]!;
        this.de[i] = this.de[2 * i]!;
        this.mm[i] = this.mm[2 * i]!;
      }
      n = CAPACITY / 2;
    }
    this.x[n] = x;
    this.de[n] = de;
    this.mm[n] = mm;
    this.n = n + 1;
    return true;
  }
}

/** A dashed threshold line across a uPlot chart at `value` on `scale` (both chart panels draw theirs with it). */
export function dashedLine(u: uPlot, scale: string, value: number, colour: string): void {
  const ctx = u.ctx;
  const y = Math.round(u.valToPos(value, scale, true)) + 0.5;
  const { left, width, top, height } = u.bbox;
  if (y < top || y > top + height) return;
  ctx.save();
  ctx.strokeStyle = colour;
  ctx.lineWidth = Math.max(1, devicePixelRatio);
  ctx.setLineDash([5 * devicePixelRatio, 4 * devicePixelRatio]);
  ctx.beginPath();
  ctx.moveTo(left, y);
  ctx.lineTo(left + width, y);
  ctx.stroke();
  ctx.restore();
}

export function MetricsChart({ label }: { label: string }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<uPlot | null>(null);
  const series = useRef(new ChapterSeries());
  const seen = useRef<{
    frameSeq: number;
    chapter: number;
    lastDraw: number;
    dirty: boolean;
    track: object | null;
  }>({ frameSeq: -1, chapter: -1, lastDraw: 0, dirty: false, track: null });

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const axis = {
      stroke: CHART_COLOURS.axis,
      grid: { stroke: CHART_COLOURS.grid, width: 1 },
      ticks: { stroke: CHART_COLOURS.grid, width: 1, size: 4 },
      font: '13px system-ui, sans-serif',
      size: 34,
      gap: 3,
    };
    const opts: uPlot.Options = {
      width: Math.max(160, box.clientWidth),
      height: 120,
      pxAlign: false,
      legend: { show: false },
      cursor: { show: false },
      select: { show: false, left: 0, top: 0, width: 0, height: 0 },
      scales: {
        x: { time: false },
        de: { range: (_u, _min, max) => [0, Math.max(THRESHOLDS.acceptable * 1.3, (max ?? 0) * 1.1)] },
        mm: { range: (_u, _min, max) => [0, Math.max(THRESHOLDS.shapeMm * 2, (max ?? 0) * 1.1)] },
      },
      axes: [
        { ...axis, size: 24, values: (_u, splits) => splits.map((v) => `${Math.round(v)} s`) },
        { ...axis, scale: 'de', values: (_u, splits) => splits.map((v) => v.toFixed(1)) },
        {
          ...axis,
          scale: 'mm',
          side: 1,
          grid: { show: false },
          stroke: CHART_COLOURS.shape,
          values: (_u, splits) => splits.map((v) => v.toFixed(2)),
        },
      ],
      series: [
        {},
        { scale: 'de', stroke: CHART_COLOURS.deltaE, width: 2, points: { show: false } },
        { scale: 'mm', stroke: CHART_COLOURS.shape, width: 2, dash: [6, 3], points: { show: false } },
      ],
      hooks: {
        draw: [
          (u) => {
            dashedLine(u, 'de', THRESHOLDS.perceptible, 'rgba(240,179,90,0.55)');
            dashedLine(u, 'de', THRESHOLDS.acceptable, 'rgba(240,120,90,0.8)');
            dashedLine(u, 'mm', THRESHOLDS.shapeMm, 'rgba(217,226,236,0.35)');
          },
        ],
      },
    };
    const s = series.current;
    const plot = new uPlot(opts, [s.x.subarray(0, s.n), s.de.subarray(0, s.n), s.mm.subarray(0, s.n)], box);
    plotRef.current = plot;
    const ro = new ResizeObserver(() => {
      const w = Math.max(160, box.clientWidth);
      if (w !== plot.width) plot.setSize({ width: w, height: 120 });
    });
    ro.observe(box);
    return () => {
      ro.disconnect();
      plot.destroy();
      plotRef.current = null;
    };
  }, []);

  useFrameEffect(() => {
    const plot = plotRef.current;
    if (!plot) return;
    const st = seen.current;
    const s = series.current;
    const chapterIndex = useApp.getState().chapterIndex;
    const seg = story.clock.segments[chapterIndex];
    if (!seg) return;
    if (chapterIndex !== st.chapter) {
      st.chapter = chapterIndex;
      st.track = null;
      s.reset();
      plot.setScale('x', { min: seg.from, max: seg.to });
      st.dirty = true;
    }
    if (live.frameSeq !== st.frameSeq) {
      st.frameSeq = live.frameSeq;
      const m = live.metrics;
      const inChapter =
        live.scenario === seg.scenario && live.localTime >= seg.from && live.localTime <= seg.to;
      if (m && inChapter) {
        // With the scenario's track known, the chart shows the chapter's history up to now, also after a
        // scrub; the latest frame's figures end the line.
        const track = story.trackOf(seg.scenario);
        const last = s.n > 0 ? s.x[s.n - 1]! : Number.NaN;
        // Rebuild from the track only when it newly arrived or the moment jumped (a scrub, a seek); while
        // playing, each new frame just appends its point.
        const jumped = !(live.localTime >= last && live.localTime - last < 1);
        const rebuild = track !== undefined && (track !== st.track || jumped);
        if (rebuild) {
          st.track = track;
          s.reset();
          for (let i = 0; i < track.count; i++) {
            const tx = track.time[i]!;
            if (tx < seg.from) continue;
            if (tx >= live.localTime) break;
            s.add(tx, track.deltaE00Max[i]!, track.shapeDeviationMmMax[i]!);
          }
        }
        if (s.add(live.localTime, m.deltaE00.max, m.shapeDeviationMm.max) || rebuild) st.dirty = true;
      }
    }
    const now = performance.now();
    if (st.dirty && now - st.lastDraw >= REDRAW_MS) {
      st.dirty = false;
      st.lastDraw = now;
      plot.setData([s.x.subarray(0, s.n), s.de.subarray(0, s.n), s.mm.subarray(0, s.n)], false);
      plot.setScale('x', { min: seg.from, max: seg.to });
    }
  });

  return <div ref={boxRef} className="chart" role="img" aria-label={label} />;
}
