// The cue-track worker through Comlink: the real worker (run in-process by @vitest/web-worker), and stand-ins on
// a MessageChannel for a worker that crashes.
import '@vitest/web-worker';
import { afterEach, describe, expect, it } from 'vitest';
import { computeTrack, type MetricTrack } from '../../../renderer/timeline/cues';
import { trackApi } from '../../../renderer/worker/trackApi';
import { TrackClient } from '../../../renderer/worker/trackClient';
import { ChannelWorker } from './channelWorker';
import { config, endTime, makeEngine, sites } from './fixture';

const clients: TrackClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.dispose();
});

function trackClient(createWorker?: () => ChannelWorker): TrackClient {
  const c = new TrackClient(createWorker);
  clients.push(c);
  return c;
}

/** The track computed in this thread, for comparison. */
const expected = computeTrack('young-patient', makeEngine(), endTime, 10);

function expectSameTrack(t: MetricTrack): void {
  expect(t.scenario).toBe('young-patient');
  expect(t.count).toBe(expected.count);
  expect(Array.from(t.time)).toEqual(Array.from(expected.time));
  expect(Array.from(t.deltaE00Max)).toEqual(Array.from(expected.deltaE00Max));
  expect(Array.from(t.restoredFraction)).toEqual(Array.from(expected.restoredFraction));
}

describe('TrackClient', () => {
  it('computes the track of a run in a real worker, and the page keeps its site arrays', async () => {
    const c = trackClient();
    const before = sites.positions.slice();
    expectSameTrack(await c.compute('young-patient', config, sites, endTime));
    expect(Array.from(sites.positions)).toEqual(Array.from(before));
  });

  it('rejects with the engine’s message when it refuses the run, and carries on', async () => {
    const c = trackClient();
    await expect(c.compute('young-patient', { ...config, bots: 0 }, sites, endTime)).rejects.toThrow(
      /bots must be/,
    );
    expectSameTrack(await c.compute('young-patient', config, sites, endTime));
  });

  it('fails the tracks of a crashed worker with a clear error, and starts a fresh one next time', async () => {
    const made: ChannelWorker[] = [];
    const hung = { compute: () => new Promise<never>(() => {}) };
    const c = trackClient(() => {
      const w = new ChannelWorker(made.length === 0 ? hung : trackApi);
      made.push(w);
      return w;
    });
    const a = c.compute('young-patient', config, sites, endTime);
    const b = c.compute('young-patient', config, sites, endTime);
    made[0]!.crash('out of memory');
    await expect(a).rejects.toThrow('the cue-track worker stopped: out of memory');
    await expect(b).rejects.toThrow(/stopped/);
    expect(made[0]!.terminated).toBe(1);
    expectSameTrack(await c.compute('young-patient', config, sites, endTime));
    expect(made).toHaveLength(2);
  });
});
