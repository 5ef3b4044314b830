// The cue-track worker: `trackApi` behind Comlink. Started by `TrackClient` as a module worker:
//   new Worker(new URL('./track.worker.ts', import.meta.url), { type: 'module' })
import * as Comlink from 'comlink';
import { trackApi } from './trackApi';

// `self`, not Comlink's default `globalThis`: the same object in a browser worker, but only `self` is the
// worker's scope where a test runs the worker in-process.
Comlink.expose(trackApi, self as unknown as Comlink.Endpoint);
