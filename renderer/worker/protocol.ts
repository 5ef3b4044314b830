// The message protocol between the app and the simulation worker: one typed map per direction, keyed by `op`.
// Everything here is structured-cloneable (plain objects, numbers, strings, typed arrays, SharedArrayBuffer).
// The worker validates what it receives at its boundary (see `validate.ts`), so a bad message gets one clear
// `error` reply and leaves the simulation as it was.
import type { EngineConfig, EngineMetrics, EngineSnapshot } from '../engine/types';

/** The site arrays the engine needs, as sent to a worker (gathered from a `SiteField` by `siteFieldData`). */
export interface SiteFieldData {
  count: number;
  positions: Float32Array;
  normals: Float32Array;
  targetThickness: Float32Array;
  initialThickness: Float32Array;
  area: Float32Array;
}

/** One published frame's arrays, when frames travel as transferred buffers (no cross-origin isolation). */
export interface FrameBuffers {
  botPositions: Float32Array;
  botStates: Uint8Array;
  siteThickness: Float32Array;
  siteLab: Float32Array;
  siteChalk: Float32Array;
  /** Indices of the sites whose values changed since the previous frame; the first `changedCount` are valid. */
  changedSites: Uint32Array;
}

/** How frames reach the page: a shared triple buffer, or buffers passed back and forth. */
export type Transport =
  | {
      kind: 'shared';
      buffer: SharedArrayBuffer;
      /** The slot the worker writes first; the page holds the others (see `sharedFrames.ts`). */
      backSlot: number;
    }
  | { kind: 'transfer' };

export interface InitRequest {
  id: number;
  /** Label for logs and errors (the scenario's id). */
  label: string;
  config: EngineConfig;
  sites: SiteFieldData;
  /** End of the timeline, simulated seconds; seeks past it land on it. */
  endTime: number;
  transport: Transport;
  /** Steps between snapshots. Derived from the memory budget when absent. */
  snapshotEvery?: number;
  /** Upper bound on the memory the snapshots may take, bytes. */
  snapshotBudgetBytes?: number;
  /** Fill snapshots ahead of the playhead while the worker is idle, so later seeks are short. */
  prefill?: boolean;
  /** Compute the state hash for every frame (it costs a pass over the state). Default true. */
  hashFrames?: boolean;
}

/** Requests that move the simulation; each is answered by exactly one `frame` (or one `error`). */
export interface MoveBase {
  id: number;
  /** Transfer mode: the buffers of a frame the page no longer needs, handed back for reuse. */
  give?: FrameBuffers;
}

export interface ToWorkerMap {
  init: InitRequest;
  /** Run forward to `time` (seconds); moving backwards is a seek. */
  advanceTo: MoveBase & { time: number };
  /** Jump to `time` (seconds): the state equals the one a straight run reaches at that step. */
  seek: MoveBase & { time: number };
  /** Move by `n` steps, forward or backward. */
  step: MoveBase & { n: number };
  /** Replace the state with a snapshot (crash recovery), then answer with a frame. */
  restore: MoveBase & { snapshot: EngineSnapshot };
  /** Ask for a snapshot of the current state (answered by `snapshotTaken`). */
  takeSnapshot: { id: number };
  dispose: { id: number };
}

export type ToWorkerOp = keyof ToWorkerMap;
export type ToWorker = { [K in ToWorkerOp]: { op: K } & ToWorkerMap[K] }[ToWorkerOp];
export type ToWorkerOf<K extends ToWorkerOp> = { op: K } & ToWorkerMap[K];

export interface ReadyInfo {
  label: string;
  bots: number;
  sites: number;
  dt: number;
  endTime: number;
  endStep: number;
  snapshotEvery: number;
  transport: Transport['kind'];
}

export interface FrameMessage {
  /** The request this frame answers. */
  id: number;
  /** Publication counter, increasing by one per frame within one worker. */
  seq: number;
  time: number;
  steps: number;
  /** Engine state hash, or '' when `hashFrames` is off. */
  stateHash: string;
  metrics: EngineMetrics;
  /** True when every site may have changed (first frame, seek, restore): apply all of them. */
  full: boolean;
  changedCount: number;
  /** Transfer mode only: the frame's arrays, transferred. */
  buffers?: FrameBuffers;
}

export interface FromWorkerMap {
  ready: { id: number; info: ReadyInfo };
  frame: FrameMessage;
  /** Sent while a long request runs (seek far ahead, big swarms). */
  progress: { id: number; steps: number; targetSteps: number };
  /**
   * The stored snapshot at or before the current frame, kept by the page so that a restarted worker can
   * resume without replaying from the start.
   */
  snapshot: { steps: number; time: number; snapshot: EngineSnapshot };
  /** The answer to `takeSnapshot`: the state of the current frame. */
  snapshotTaken: { id: number; steps: number; time: number; snapshot: EngineSnapshot };
  /** Fill-ahead progress: snapshots now cover steps [0, coveredSteps]. */
  coverage: { coveredSteps: number; endStep: number };
  disposed: { id: number };
  /** A request that could not be served; the simulation state is unchanged. */
  error: { id: number | null; requestOp: string | null; message: string };
}

export type FromWorkerOp = keyof FromWorkerMap;
export type FromWorker = { [K in FromWorkerOp]: { op: K } & FromWorkerMap[K] }[FromWorkerOp];
export type FromWorkerOf<K extends FromWorkerOp> = { op: K } & FromWorkerMap[K];

/** The typed arrays a transfer list must carry for a set of frame buffers. */
export function frameBufferTransfer(b: FrameBuffers): ArrayBuffer[] {
  return [
    b.botPositions.buffer as ArrayBuffer,
    b.botStates.buffer as ArrayBuffer,
    b.siteThickness.buffer as ArrayBuffer,
    b.siteLab.buffer as ArrayBuffer,
    b.siteChalk.buffer as ArrayBuffer,
    b.changedSites.buffer as ArrayBuffer,
  ];
}
