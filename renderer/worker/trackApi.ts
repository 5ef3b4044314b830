// What the cue-track worker offers (through Comlink, see `track.worker.ts`): run a scenario headless from its
// start to its end, sampling the engine's metrics, so the timeline can mark every cue before the viewer
// reaches it. Same engine, sites and configuration as the run on screen, so the cues fall exactly where that
// run crosses its thresholds. Kept apart from the worker's entry so tests can call it directly.
import * as Comlink from 'comlink';
import type { EngineConfig } from '../engine/types';
import { computeTrack, type MetricTrack } from '../timeline/cues';
import { createEngine } from './engineFactory';
import type { SiteFieldData } from './protocol';

export interface TrackRequest {
  scenario: string;
  config: EngineConfig;
  sites: SiteFieldData;
  endTime: number;
  sampleEvery: number;
}

export const trackApi = {
  compute(req: TrackRequest): MetricTrack {
    const engine = createEngine(req.sites, req.config);
    const track = computeTrack(req.scenario, engine, req.endTime, req.sampleEvery);
    return Comlink.transfer(track, [
      track.time.buffer,
      track.deltaE00Max.buffer,
      track.shapeDeviationMmMax.buffer,
      track.restoredFraction.buffer,
      track.deltaE00Mean.buffer,
      track.shapeDeviationMmMean.buffer,
    ] as ArrayBuffer[]);
  },
};

export type TrackApi = typeof trackApi;
