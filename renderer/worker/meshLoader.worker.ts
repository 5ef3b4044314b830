// The mesh-loader worker: `meshLoaderApi` behind Comlink. Started by `loadModelInWorker`, one per load:
//   new Worker(new URL('./meshLoader.worker.ts', import.meta.url), { type: 'module' })
import * as Comlink from 'comlink';
import { meshLoaderApi } from './meshLoaderApi';

// `self`, not Comlink's default `globalThis`: the same object in a browser worker, but only `self` is the
// worker's scope where a test runs the worker in-process.
Comlink.expose(meshLoaderApi, self as unknown as Comlink.Endpoint);
