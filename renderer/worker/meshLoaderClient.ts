// Main-thread side of the mesh loader worker: one worker per load, terminated when the load settles, so a
// pathological file can never pin a thread beyond its load. Rejects with MeshLoadError's one-line messages.
import {
  assertFileSize,
  type LoadOptions,
  MeshLoadError,
  type MeshLoadErrorCode,
  type ToothModel,
} from '../mesh/types';
import type { MeshLoadReply, MeshLoadRequest } from './meshLoader.worker';

/** The part of Worker this client uses (lets tests and other hosts pass their own). */
export interface MeshWorkerLike {
  postMessage(message: MeshLoadRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<MeshLoadReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export interface LoadInWorkerOptions extends Omit<LoadOptions, 'onProgress'> {
  /** Give up after this long (default 120 s); the worker is terminated. */
  timeoutMs?: number;
  /** Cancel the load (e.g. the user picked another file); rejects with an AbortError. */
  signal?: AbortSignal;
  /** Override how the worker is made (tests, other bundlers). */
  createWorker?: () => MeshWorkerLike;
}

function defaultWorker(): MeshWorkerLike {
  return new Worker(new URL('./meshLoader.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as MeshWorkerLike;
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

let nextId = 1;

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
  if (signal?.aborted) return Promise.reject(new DOMException('Load cancelled', 'AbortError'));

  return new Promise<ToothModel>((resolve, reject) => {
    let worker: MeshWorkerLike;
    try {
      worker = createWorker();
    } catch {
      reject(new MeshLoadError('worker-failed', 'The model loader could not start.'));
      return;
    }
    const id = nextId++;
    let settled = false;
    const finish = (): void => {
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
    };
    const onAbort = (): void => {
      if (settled) return;
      finish();
      reject(new DOMException('Load cancelled', 'AbortError'));
    };
    const timer = setTimeout(() => {
      if (settled) return;
      finish();
      reject(new MeshLoadError('worker-failed', `Reading “${name}” took too long and was stopped.`));
    }, timeoutMs);
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (e) => {
      const msg = e.data;
      if (settled || !msg || msg.id !== id) return;
      if (msg.op === 'progress') {
        onProgress?.(msg.fraction, msg.stage);
      } else if (msg.op === 'done') {
        finish();
        resolve(msg.model);
      } else if (msg.op === 'error') {
        finish();
        const code = (KNOWN_CODES as readonly string[]).includes(msg.code)
          ? (msg.code as MeshLoadErrorCode)
          : 'corrupt';
        reject(new MeshLoadError(code, msg.message));
      }
    };
    worker.onerror = (e) => {
      if (settled) return;
      e.preventDefault?.();
      finish();
      reject(new MeshLoadError('worker-failed', `The model loader stopped while reading “${name}”.`));
    };
    try {
      worker.postMessage({ op: 'load', id, bytes: file, name, options: loadOptions }, [file]);
    } catch {
      finish();
      reject(new MeshLoadError('worker-failed', `“${name}” could not be handed to the model loader.`));
    }
  });
}
