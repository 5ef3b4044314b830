// Page side of the cue-track worker: one worker, kept between tracks. A crashed worker fails the tracks it was
// computing (they lose only their cue markers) and a fresh one starts with the next request.
import * as Comlink from 'comlink';
import type { EngineConfig, SiteField } from '../engine/types';
import type { MetricTrack } from '../timeline/cues';
import { type EndpointWorker, GuardedWorker } from './guardedWorker';
import { siteFieldData, siteFieldTransfer } from './siteData';
import type { TrackApi, TrackRequest } from './trackApi';

function defaultWorker(): EndpointWorker {
  return new Worker(new URL('./track.worker.ts', import.meta.url), { type: 'module' });
}

export class TrackClient {
  private worker: GuardedWorker<TrackApi> | null = null;

  constructor(private readonly createWorker: () => EndpointWorker = defaultWorker) {}

  private ensure(): GuardedWorker<TrackApi> {
    if (this.worker !== null) return this.worker;
    const w: GuardedWorker<TrackApi> = new GuardedWorker<TrackApi>(
      this.createWorker(),
      (detail) =>
        new Error(detail ? `the cue-track worker stopped: ${detail}` : 'the cue-track worker stopped'),
      () => {
        if (this.worker === w) this.worker = null;
      },
    );
    this.worker = w;
    return w;
  }

  compute(
    scenario: string,
    config: EngineConfig,
    sites: SiteField,
    endTime: number,
    sampleEvery = 10,
  ): Promise<MetricTrack> {
    // A copy, transferred: the page keeps its own arrays for the simulation worker.
    const data = siteFieldData(sites, { copy: true });
    const req: TrackRequest = { scenario, config, sites: data, endTime, sampleEvery };
    const w = this.ensure();
    return w.guard(w.remote.compute(Comlink.transfer(req, siteFieldTransfer(data))));
  }

  /** Ends the worker; tracks still computing are dropped unanswered (whoever disposed no longer wants them). */
  dispose(): void {
    this.worker?.end();
    this.worker = null;
  }
}
