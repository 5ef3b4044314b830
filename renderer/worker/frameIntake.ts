// Frames arriving from the simulation worker, turned into the one `FrameView` the scene reads. Frames come as
// transferred buffers (kept until the next frame, then handed back to the worker for reuse) or as a slot of the
// shared triple buffer. Sites changed over frames the scene has not drawn yet accumulate; a gap in the
// worker's frame sequence (a frame the page never saw) marks every site changed.
import { accumulateChanges, createFrameView, type FrameView } from './frame';
import type { FrameBuffers, FromWorkerOf } from './protocol';
import type { SharedFrameReader } from './sharedFrames';

/** What became of a frame message: not ours, nothing new to show, or now in `frame`. */
export type Intake = 'ignored' | 'unchanged' | 'shown';

export class FrameIntake {
  /** The latest frame; its fields are replaced in place as frames arrive. */
  readonly frame: FrameView = createFrameView();
  private reader: SharedFrameReader | null = null;
  /** Frames answering requests older than this belong to an earlier worker or run and are dropped. */
  private floorId = 0;
  /** Frames the page does not show (the restore step of a restart). */
  private readonly hidden = new Set<number>();
  /** Transfer mode: the buffers on screen, and the previous ones, free to hand back. */
  private held: FrameBuffers | null = null;
  private spare: FrameBuffers | null = null;
  private lastSeq = 0;

  /** A run started with the request `id`: its frames have this shape and come through `reader` when shared. */
  startRun(id: number, sites: number, reader: SharedFrameReader | null): void {
    this.reader = reader;
    this.floorId = id;
    this.lastSeq = 0;
    this.held = null;
    this.spare = null;
    const f = this.frame;
    if (f.changedSites.length !== sites) f.changedSites = new Uint32Array(sites);
    f.changedCount = 0;
    f.allSitesChanged = true;
  }

  /**
   * A new worker takes over the same run from the request `id` on. The frame on screen stays; buffers the dead
   * worker held are lost.
   */
  resumeRun(id: number, reader: SharedFrameReader | null): void {
    this.reader = reader;
    this.floorId = id;
    this.lastSeq = 0;
  }

  /** Buffers the worker held are gone with it. */
  loseSpare(): void {
    this.spare = null;
  }

  /** Buffers the page no longer needs, to hand back with the next request (transfer mode). */
  takeSpare(): FrameBuffers | null {
    const give = this.spare;
    this.spare = null;
    return give;
  }

  /** The frame answering request `id` is applied but not shown. */
  hide(id: number): void {
    this.hidden.add(id);
  }

  accept(msg: FromWorkerOf<'frame'>): Intake {
    if (msg.id < this.floorId || this.hidden.delete(msg.id)) return 'ignored';
    const f = this.frame;
    let changed: Uint32Array;
    let full = msg.full;
    if (msg.buffers !== undefined) {
      const b = msg.buffers;
      f.botPositions = b.botPositions;
      f.botStates = b.botStates;
      f.siteThickness = b.siteThickness;
      f.siteLab = b.siteLab;
      f.siteChalk = b.siteChalk;
      changed = b.changedSites;
      this.spare = this.held;
      this.held = b;
    } else {
      const taken = this.reader?.take() ?? null;
      // Nothing new in the shared buffer: the page cannot show this frame.
      if (taken === null) return 'unchanged';
      const v = taken.views;
      f.botPositions = v.botPositions;
      f.botStates = v.botStates;
      f.siteThickness = v.siteThickness;
      f.siteLab = v.siteLab;
      f.siteChalk = v.siteChalk;
      changed = v.changedSites;
      // A newer frame than the message's: its change list is not the one the message describes.
      if (taken.seq !== msg.seq) full = true;
    }
    accumulateChanges(f, changed, msg.changedCount, full || msg.seq !== this.lastSeq + 1);
    this.lastSeq = msg.seq;
    f.seq++;
    f.time = msg.time;
    f.steps = msg.steps;
    f.stateHash = msg.stateHash;
    f.metrics = msg.metrics;
    return 'shown';
  }
}
