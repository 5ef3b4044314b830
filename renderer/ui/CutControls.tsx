// The cross-section's own controls, shown while the cut is on: its direction, its depth, and the enamel
// thickness at the cut in millimetres (written by mutation from the frame loop as the simulation runs).
import { useRef } from 'react';
import { type CutPlane, cutPlane, cutThickness, type CutThickness, toothBox } from '../scene/cutPlane';
import { readFrame } from '../scene/frameSource';
import { actions } from '../state/actions';
import { useStageProps } from '../state/stage';
import { useApp } from '../state/store';
import { CUT_AXES, type CutAxis } from '../state/view';
import type { UiKey } from '../story';
import { useT } from './i18n';
import { useFrameEffect, writeText } from './useFrameEffect';
import './cutLabels.css';

const AXIS_KEYS: Record<CutAxis, UiKey> = {
  mesiodistal: 'cutMesiodistal',
  buccolingual: 'cutBuccolingual',
  horizontal: 'cutHorizontal',
};

const plane: CutPlane = { nx: 0, ny: 0, nz: 1, d: 0 };
const stats: CutThickness = { count: 0, median: 0, max: 0 };
let scratch = new Float32Array(0);

const round2 = (v: number): number => Math.round(v * 100) / 100;

export function CutControls() {
  const cut = useApp((s) => s.view.crossSection);
  const t = useT();
  const { tooth, frame } = useStageProps();
  const readout = useRef<HTMLOutputElement>(null);
  const last = useRef({ seq: -1, axis: '', depth: -1, tooth: null as unknown, lang: '' });

  useFrameEffect(() => {
    const el = readout.current;
    const f = readFrame(frame);
    const c = useApp.getState().view.crossSection;
    const lang = useApp.getState().language;
    const l = last.current;
    if (!el || !tooth || !f || !c.on) return;
    if (f.seq === l.seq && c.axis === l.axis && c.depth === l.depth && tooth === l.tooth && lang === l.lang)
      return;
    Object.assign(l, { seq: f.seq, axis: c.axis, depth: c.depth, tooth, lang });
    if (scratch.length < tooth.sites.count) scratch = new Float32Array(tooth.sites.count);
    cutPlane(c.axis, c.depth, toothBox(tooth), plane);
    cutThickness(tooth.sites, f.siteThickness, plane, scratch, stats);
    el.dataset.median = stats.count > 0 ? stats.median.toFixed(3) : '';
    el.dataset.max = stats.count > 0 ? stats.max.toFixed(3) : '';
    writeText(
      el,
      stats.count > 0
        ? t('cutThickness', { median: round2(stats.median), max: round2(stats.max) })
        : t('cutThicknessNone'),
    );
  });

  if (!cut.on) return null;
  return (
    <div className="cut-controls">
      <label className="cut-field">
        <span>{t('cutDirection')}</span>
        <select
          aria-label="Cut direction"
          value={cut.axis}
          onChange={(e) =>
            actions.setView({ crossSection: { ...cut, axis: e.currentTarget.value as CutAxis } })
          }
        >
          {CUT_AXES.map((a) => (
            <option key={a} value={a}>
              {t(AXIS_KEYS[a])}
            </option>
          ))}
        </select>
      </label>
      <label className="cut-field">
        <span>{t('cutDepth')}</span>
        <input
          type="range"
          aria-label="Cut depth"
          min={0}
          max={1}
          step={0.01}
          value={cut.depth}
          onChange={(e) =>
            actions.setView({ crossSection: { ...cut, depth: Number(e.currentTarget.value) } })
          }
        />
      </label>
      <output ref={readout} className="cut-thickness" aria-live="off" />
    </div>
  );
}
