// Page side of the cue-track worker: one track at a time, in the order asked, each answered once.
import type { EngineConfig, SiteField } from '../engine/types';
import type { MetricTrack } from '../timeline/cues';
import type { TrackReply, TrackRequest } from './track.worker';

export class TrackClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (t: MetricTrack) => void; reject: (e: Error) => void }
  >();

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./track.worker.ts', import.meta.url), { type: 'module' });
    w.addEventListener('message', (e: MessageEvent<TrackReply>) => {
      const reply = e.data;
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.track);
      else waiter.reject(new Error(reply.message));
    });
    w.addEventListener('error', (e) => {
      // A crashed track worker loses only the cue markers it was computing: fail them and start afresh next time.
      for (const waiter of this.waiting.values())
        waiter.reject(new Error(e.message || 'the cue-track worker stopped'));
      this.waiting.clear();
      this.worker?.terminate();
      this.worker = null;
    });
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
    const id = this.nextId++;
    const req: TrackRequest = {
      id,
      scenario,
      config,
      // A copy: the page keeps its own arrays for the simulation worker.
      sites: {
        count: sites.count,
        positions: sites.positions.slice(),
        normals: sites.normals.slice(),
        targetThickness: sites.targetThickness.slice(),
        initialThickness: sites.initialThickness.slice(),
        area: sites.area.slice(),
      },
      endTime,
      sampleEvery,
    };
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.ensure().postMessage(req, [
        req.sites.positions.buffer,
        req.sites.normals.buffer,
        req.sites.targetThickness.buffer,
        req.sites.initialThickness.buffer,
        req.sites.area.buffer,
      ] as ArrayBuffer[]);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.waiting.clear();
  }
}
