// The cue-track worker: runs a scenario headless from its start to its end, sampling the engine's metrics, so
// the timeline can mark every cue before the viewer reaches it. Same engine, sites and configuration as the
// run on screen, so the cues fall exactly where that run crosses its thresholds.
import type { EngineConfig } from '../engine/types';
import { computeTrack, type MetricTrack } from '../timeline/cues';
import { createEngine } from './engineFactory';
import type { SiteFieldData } from './protocol';

export interface TrackRequest {
  id: number;
  scenario: string;
  config: EngineConfig;
  sites: SiteFieldData;
  endTime: number;
  sampleEvery: number;
}

export type TrackReply =
  | { id: number; ok: true; track: MetricTrack }
  | { id: number; ok: false; message: string };

interface Scope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<TrackRequest>) => void): void;
}

const scope = self as unknown as Scope;

scope.addEventListener('message', (event) => {
  const req = event.data;
  try {
    const engine = createEngine(req.sites, req.config);
    const track = computeTrack(req.scenario, engine, req.endTime, req.sampleEvery);
    const reply: TrackReply = { id: req.id, ok: true, track };
    scope.postMessage(reply, [
      track.time.buffer,
      track.deltaE00Max.buffer,
      track.shapeDeviationMmMax.buffer,
      track.restoredFraction.buffer,
    ] as ArrayBuffer[]);
  } catch (err) {
    const reply: TrackReply = {
      id: req.id,
      ok: false,
      message: err instanceof Error ? err.message : String(err),
    };
    scope.postMessage(reply);
  }
});
