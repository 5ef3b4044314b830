// The view tools over the stage's right edge, under the toolbar: labels, the charts panel, a picture of the view,
// Reset view and the settings in one column; the cut's controls and the settings panel open beside it.
import { useState } from 'react';
import { actions } from '../state/actions';
import { modelActions } from '../state/model';
import { useApp } from '../state/store';
import { CutControls } from './CutControls';
import { useT } from './i18n';
import { LabelsToggle } from './Labels';
import { ScreenshotButton } from './ScreenshotButton';
import { SettingsEffects, SettingsPanel } from './SettingsPanel';
import { ChartIcon, ResetViewIcon, SettingsIcon } from './toolIcons';
import '../styles/tools.css';

export function ViewTools() {
  const charts = useApp((s) => s.view.charts);
  const t = useT();
  const [settingsOpen, setSettingsOpen] = useState(false);
  return (
    <div className="view-tools">
      <SettingsEffects />
      <div className="view-tools-row">
        <LabelsToggle />
        <button
          type="button"
          className="btn btn-text"
          aria-label="Charts"
          aria-pressed={charts}
          title={t('charts')}
          onClick={() => actions.setView({ charts: !charts })}
        >
          <ChartIcon />
          <span>{t('charts')}</span>
        </button>
        <ScreenshotButton />
        <button
          type="button"
          className="btn btn-text"
          aria-label="Reset view"
          title={t('resetView')}
          onClick={modelActions.resetView}
        >
          <ResetViewIcon />
          <span>{t('resetView')}</span>
        </button>
        <button
          type="button"
          className="btn btn-text"
          aria-label="Settings"
          aria-expanded={settingsOpen}
          aria-controls={settingsOpen ? 'settings-panel' : undefined}
          title={t('settings')}
          onClick={() => setSettingsOpen((o) => !o)}
        >
          <SettingsIcon />
          <span>{t('settings')}</span>
        </button>
      </div>
      <CutControls />
      {settingsOpen && <SettingsPanel onClose={() => setSettingsOpen(false)} />}
    </div>
  );
}
