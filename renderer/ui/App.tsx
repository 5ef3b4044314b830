// The window: the 3D stage with its overlays, the story sidebar on the right and the time bar at the bottom.
// The stage is a memoised subtree that subscribes to nothing, so reading, switching tabs or languages and the
// running clock never re-render the scene; every overlay subscribes to its own slice of the store.
import { memo } from 'react';
import { Stage } from '../scene/Stage';
import { TIME_COMPRESSION_DAYS } from '../state/science';
import { useStageProps } from '../state/stage';
import { useApp } from '../state/store';
import { CompareView } from './CompareView';
import { AnomalyTools } from './AnomalyTools';
import { ErrorBoundary } from './ErrorBoundary';
import { MetricsPanel } from './MetricsPanel';
import { ModelStatus } from './ModelStatus';
import { LabelsLayer } from './Labels';
import { AttractOverlay, CheckpointOverlay, DropZone, IdleWarning } from './Overlays';
import { LinkMessage, ShareControl } from './ShareDialog';
import { Sidebar } from './Sidebar';
import { StageToolbar } from './StageToolbar';
import { TimeBar } from './TimeBar';
import { useKeyboard } from './useKeyboard';
import { ChartsPanel } from './ChartsPanel';
import { SceneDescription } from './SceneDescription';
import { ViewTools } from './ViewTools';

const StageView = memo(function StageView() {
  // Subscribes to the tooth only (it changes when a model finishes loading), never to per-frame values.
  const props = useStageProps();
  return <Stage {...props} />;
});

function SimStatus() {
  const status = useApp((s) => s.simStatus);
  const message = useApp((s) => s.simMessage);
  if (status !== 'error' || !message) return null;
  return (
    <div className="error-banner sim-error" role="alert">
      <p className="error-text">{message}</p>
    </div>
  );
}

/** `controls={false}`: the classroom's audience view, driven by the presenter view (scene and sidebar only). */
export function App({ controls = true }: { controls?: boolean }) {
  useKeyboard();
  return (
    <div className={controls ? 'app' : 'app app-audience'}>
      <main className="stage" aria-label="Tooth">
        <ErrorBoundary region="scene" probe={false}>
          <StageView />
          <LabelsLayer />
        </ErrorBoundary>
        <div className="stage-overlays">
          <ErrorBoundary region="metrics">
            <MetricsPanel timeCompressionDays={TIME_COMPRESSION_DAYS} />
          </ErrorBoundary>
          {controls && <StageToolbar />}
          <ModelStatus />
          <SimStatus />
          <CheckpointOverlay />
          <IdleWarning />
          {controls && <ChartsPanel />}
          {controls && (
            <div className="stage-tools">
              <ViewTools />
              <ShareControl />
              <CompareView />
              <AnomalyTools />
            </div>
          )}
          <LinkMessage />
          <SceneDescription />
        </div>
      </main>
      <ErrorBoundary region="sidebar">
        <Sidebar />
      </ErrorBoundary>
      {controls && (
        <ErrorBoundary region="controls">
          <TimeBar />
        </ErrorBoundary>
      )}
      <DropZone />
      <AttractOverlay />
    </div>
  );
}
