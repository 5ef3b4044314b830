// One failing region of the window (the stage, the story sidebar, the time bar, the measurements) must not take
// the page down: its boundary catches the error, logs it (state/faults.ts), shows nothing in its place for a
// moment and then mounts the region again, while the rest of the window and the simulation keep running.
import { Component, Fragment, type ReactNode } from 'react';
import { type Region, regionFailed, regionRemounted, useInjectedFault } from '../state/faults';

/** Throws while a test has armed this region, inside the boundary, as a real render error would. */
function FaultProbe({ region }: { region: Region }) {
  useInjectedFault(region);
  return null;
}

export interface ErrorBoundaryProps {
  region: Region;
  /**
   * Whether the boundary carries the region's fault probe. The stage's probe sits inside the 3D canvas
   * (scene/ContextRecovery.tsx), where a scene error is thrown; the canvas passes it on to this boundary.
   */
  probe?: boolean;
  children: ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
  /** Bumped on each remount, so the region starts from fresh state. */
  generation: number;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false, generation: 0 };
  private timer: ReturnType<typeof setTimeout> | null = null;

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    const delay = regionFailed(this.props.region, error);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      regionRemounted(this.props.region);
      this.setState((s) => ({ failed: false, generation: s.generation + 1 }));
    }, delay);
  }

  override componentWillUnmount(): void {
    if (this.timer !== null) clearTimeout(this.timer);
  }

  override render(): ReactNode {
    if (this.state.failed) return null;
    return (
      <Fragment key={this.state.generation}>
        {this.props.probe !== false && <FaultProbe region={this.props.region} />}
        {this.props.children}
      </Fragment>
    );
  }
}
