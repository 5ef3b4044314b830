// The parts of the engine the worker relies on, named in one place.
import type { EngineMetrics, EngineSnapshot } from '../engine/types';

export type { EngineSnapshot };

/** What the engine exposes for publication: the arrays a frame is copied from. */
export interface PublishableState {
  readonly botPositions: Float32Array;
  readonly botStates: Uint8Array;
  readonly siteThickness: Float32Array;
  readonly siteLab: Float32Array;
  readonly siteChalk: Float32Array;
  readonly changedSites: Uint32Array;
  readonly changedCount: number;
}

/** The engine as the worker drives it. */
export interface SimEngine extends PublishableState {
  readonly steps: number;
  readonly time: number;
  readonly dt: number;
  step(): void;
  snapshot(): EngineSnapshot;
  restore(snapshot: EngineSnapshot): void;
  metrics(): EngineMetrics;
  hash(): string;
  clearChanged(): void;
}
