// Tools over the stage: open a tooth scan (native dialog in the app, a file input in web mode, or drop a file
// anywhere on the window) and the cross-section toggle.
import { useRef } from 'react';
import { actions } from '../state/actions';
import { useKiosk } from '../state/kiosk';
import { modelActions } from '../state/model';
import { useApp } from '../state/store';
import { CrossSectionIcon, OpenIcon } from './icons';
import { useT } from './i18n';
import { openScan } from './ModelStatus';

/** The formats the mesh loader reads (renderer/mesh/formats.ts). */
export const SCAN_ACCEPT = '.stl,.obj,.ply,.glb,.gltf';

export function StageToolbar() {
  const crossSection = useApp((s) => s.view.crossSection.on);
  const loading = useApp((s) => s.model.status === 'loading');
  const kiosk = useKiosk((s) => s.on);
  const t = useT();
  const inputRef = useRef<HTMLInputElement>(null);

  const open = () => {
    if (modelActions.hasNativeDialog()) void modelActions.openWithDialog();
    else inputRef.current?.click();
  };

  return (
    <div className="stage-toolbar">
      {!kiosk && (
        <button
          type="button"
          className="btn btn-text"
          aria-label="Open a tooth scan"
          title={t('openModel')}
          disabled={loading}
          onClick={open}
        >
          <OpenIcon />
          <span>{t('openModel')}</span>
        </button>
      )}
      {!kiosk && (
        <input
          ref={inputRef}
          type="file"
          accept={SCAN_ACCEPT}
          hidden
          tabIndex={-1}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = ''; // the same file can be chosen again after a fix
            if (file) openScan(file);
          }}
        />
      )}
      <button
        type="button"
        className="btn btn-text"
        aria-label="Cross-section"
        aria-pressed={crossSection}
        title={t('crossSection')}
        onClick={actions.toggleCrossSection}
      >
        <CrossSectionIcon />
        <span>{t('crossSection')}</span>
      </button>
    </div>
  );
}
