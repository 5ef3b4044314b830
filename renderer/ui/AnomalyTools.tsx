// Teaching tools over the stage for the anomalies: the "Nanobots" switch (hide the swarm to see the enamel) and
// the "Anomaly map" (the enamel in false colour by its colour difference or its shape deviation), with a legend
// whose bands are the very ones the enamel shader paints (renderer/state/anomalyMap.ts).
import { actions } from '../state/actions';
import { COLOUR_BANDS, SHAPE_BANDS, SHAPE_EDGES_MM } from '../state/anomalyMap';
import { useApp } from '../state/store';
import { ANOMALY_MAP_MODES, type AnomalyMapMode } from '../state/view';
import { formatNumber } from './format';
import { useT } from './i18n';
import './anomalyTools.css';

const MODE_NAMES: Record<
  AnomalyMapMode,
  { name: string; key: 'anomalyMapOff' | 'anomalyMapColour' | 'anomalyMapShape' }
> = {
  off: { name: 'Off', key: 'anomalyMapOff' },
  colour: { name: 'Colour', key: 'anomalyMapColour' },
  shape: { name: 'Shape', key: 'anomalyMapShape' },
};

function MapLegend({ mode }: { mode: 'colour' | 'shape' }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const n = (v: number, digits: number) => formatNumber(v, digits, language);
  const rows =
    mode === 'colour'
      ? [
          t('mapColourLow', { value: n(COLOUR_BANDS[0]!.to, 1) }),
          t('mapColourMid', { from: n(COLOUR_BANDS[1]!.from, 1), to: n(COLOUR_BANDS[1]!.to, 1) }),
          t('mapColourHigh', { value: n(COLOUR_BANDS[2]!.from, 1) }),
        ].map((label, i) => ({ label, colour: COLOUR_BANDS[i]!.colour }))
      : [
          t('mapShapeMissingMore', { value: n(SHAPE_EDGES_MM[1], 2) }),
          t('mapShapeMissing', { from: n(SHAPE_EDGES_MM[0], 2), to: n(SHAPE_EDGES_MM[1], 2) }),
          t('mapShapeTrue', { value: n(SHAPE_EDGES_MM[0], 2) }),
          t('mapShapeExtra', { from: n(SHAPE_EDGES_MM[0], 2), to: n(SHAPE_EDGES_MM[1], 2) }),
          t('mapShapeExtraMore', { value: n(SHAPE_EDGES_MM[1], 2) }),
        ].map((label, i) => ({ label, colour: SHAPE_BANDS[i]!.colour }));
  const title = t(mode === 'colour' ? 'mapColourTitle' : 'mapShapeTitle');
  return (
    <figure className="map-legend" aria-label="Anomaly map legend">
      <figcaption className="map-legend-title">{title}</figcaption>
      <ul>
        {rows.map((r) => (
          <li key={r.colour}>
            <span className="map-swatch" style={{ background: r.colour }} aria-hidden="true" />
            <span>{r.label}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function AnomalyTools() {
  const nanobots = useApp((s) => s.view.nanobots);
  const mode = useApp((s) => s.view.anomalyMap);
  const t = useT();
  return (
    <>
      <div className="anomaly-tools">
        <button
          type="button"
          className="btn btn-text"
          aria-label="Nanobots"
          aria-pressed={nanobots}
          title={t('nanobots')}
          onClick={() => actions.setView({ nanobots: !useApp.getState().view.nanobots })}
        >
          <span className="bot-dot" aria-hidden="true" />
          <span>{t('nanobots')}</span>
        </button>
        <div className="map-modes" role="radiogroup" aria-label="Anomaly map" title={t('anomalyMap')}>
          <span className="map-modes-label" aria-hidden="true">
            {t('anomalyMap')}
          </span>
          {ANOMALY_MAP_MODES.map((m) => (
            <label key={m} className="map-option">
              <input
                type="radio"
                name="anomaly-map"
                value={m}
                aria-label={MODE_NAMES[m].name}
                checked={mode === m}
                onChange={() => actions.setView({ anomalyMap: m })}
              />
              <span aria-hidden="true">{t(MODE_NAMES[m].key)}</span>
            </label>
          ))}
        </div>
      </div>
      {mode !== 'off' && <MapLegend mode={mode} />}
    </>
  );
}
