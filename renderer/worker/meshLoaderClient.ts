// Main-thread side of the mesh loader worker: one worker per load, terminated when the load settles, so a
// pathological file can never pin a thread beyond its load. Rejects with MeshLoadError's one-line messages.
import * as Comlink from 'comlink';
import {
  assertFileSize,
  type LoadOptions,
  MeshLoadError,
  type MeshLoadErrorCode,
  type ToothModel,
} from '../mesh/types';
import { type EndpointWorker, GuardedWorker } from './guardedWorker';
import type { MeshLoaderApi } from './meshLoaderApi';

/** The part of Worker this client uses (lets tests and other hosts pass their own). */
export type MeshWorkerLike = EndpointWorker;

export interface LoadInWorkerOptions extends Omit<LoadOptions, 'onProgress'> {
  /** Give up after this long (default 120 s); the worker is terminated. */
  timeoutMs?: number;
  /** Cancel the load (e.g. the user picked another file); rejects with an AbortError. */
  signal?: AbortSignal;
  /** Override how the worker is made (tests, other bundlers). */
  createWorker?: () => MeshWorkerLike;
}

function defaultWorker(): MeshWorkerLike {
  return new Worker(new URL('./meshLoader.worker.ts', import.meta.url), { type: 'module' });
}

const KNOWN_CODES: readonly MeshLoadErrorCode[] = [
  'empty',
  'too-large',
  'truncated',
  'corrupt',
  'not-a-mesh',
  'unsupported',
  'non-finite',
  'degenerate',
  'worker-failed',
];

const cancelled = (): DOMException => new DOMException('Load cancelled', 'AbortError');

/**
 * Parse and sample a mesh file in a worker. `file` is transferred to the worker (it is detached afterwards).
 * `onProgress` gets the fraction done (0..1) and a stage name.
 */
export function loadModelInWorker(
  file: ArrayBuffer,
  name: string,
  onProgress?: (fraction: number, stage: string) => void,
  options: LoadInWorkerOptions = {},
): Promise<ToothModel> {
  try {
    assertFileSize(file.byteLength, name);
  } catch (e) {
    return Promise.reject(e);
  }
  const { timeoutMs = 120_000, signal, createWorker = defaultWorker, ...loadOptions } = options;
  if (signal?.aborted) return Promise.reject(cancelled());

  let raw: MeshWorkerLike;
  try {
    raw = createWorker();
  } catch {
    return Promise.reject(new MeshLoadError('worker-failed', 'The model loader could not start.'));
  }
  const onAbort = (): void => worker.end(cancelled());
  const timer = setTimeout(
    () => worker.end(new MeshLoadError('worker-failed', `Reading “${name}” took too long and was stopped.`)),
    timeoutMs,
  );
  const worker = new GuardedWorker<MeshLoaderApi>(
    raw,
    () => new MeshLoadError('worker-failed', `The model loader stopped while reading “${name}”.`),
    () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  );
  signal?.addEventListener('abort', onAbort);

  let call: Promise<Awaited<ReturnType<MeshLoaderApi['load']>>>;
  try {
    const progress = onProgress === undefined ? undefined : Comlink.proxy(onProgress);
    call = worker.remote.load(Comlink.transfer(file, [file]), name, loadOptions, progress);
  } catch {
    worker.end();
    return Promise.reject(
      new MeshLoadError('worker-failed', `“${name}” could not be handed to the model loader.`),
    );
  }
  return worker.guard(call).then(
    (result) => {
      worker.end();
      if (result.ok) return result.model;
      const code = (KNOWN_CODES as readonly string[]).includes(result.code)
        ? (result.code as MeshLoadErrorCode)
        : 'corrupt';
      throw new MeshLoadError(code, result.message);
    },
    (err: unknown) => {
      worker.end();
      throw err;
    },
  );
}
