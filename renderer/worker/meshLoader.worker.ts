// Module worker that reads a mesh file off the main thread:
//   new Worker(new URL('./meshLoader.worker.ts', import.meta.url), { type: 'module' })
// In:  { op: 'load', id, bytes: ArrayBuffer, name, options }
// Out: { op: 'progress', id, fraction, stage } … then { op: 'done', id, model } (typed arrays transferred)
//      or { op: 'error', id, code, message } with the one-line message of a MeshLoadError.
import { loadModelFile } from '../mesh/load';
import { type LoadOptions, MeshLoadError, type ToothModel } from '../mesh/types';

export interface MeshLoadRequest {
  op: 'load';
  id: number;
  bytes: ArrayBuffer;
  name: string;
  options?: Omit<LoadOptions, 'onProgress'>;
}

export type MeshLoadReply =
  | { op: 'progress'; id: number; fraction: number; stage: string }
  | { op: 'done'; id: number; model: ToothModel }
  | { op: 'error'; id: number; code: string; message: string };

interface WorkerScope {
  postMessage(message: MeshLoadReply, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<MeshLoadRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;

/** Every typed array's buffer in the model, once each, so the result moves without a copy. */
export function modelTransferables(model: ToothModel): ArrayBuffer[] {
  const seen = new Set<ArrayBuffer>();
  const add = (a: ArrayBufferView | undefined): void => {
    if (a && a.buffer instanceof ArrayBuffer) seen.add(a.buffer);
  };
  for (const l of model.layers) {
    add(l.positions);
    add(l.normals);
    add(l.indices);
    add(l.thickness);
  }
  const s = model.sites;
  add(s.positions);
  add(s.normals);
  add(s.targetThickness);
  add(s.initialThickness);
  add(s.area);
  add(model.vertexSite);
  return [...seen];
}

scope.addEventListener('message', (e) => {
  const msg = e.data;
  if (msg?.op !== 'load') return;
  const { id } = msg;
  let lastSent = -1;
  loadModelFile(msg.bytes, msg.name, {
    ...msg.options,
    onProgress: (fraction, stage) => {
      // Stages are few; still, never flood the main thread.
      if (fraction - lastSent < 0.01 && fraction < 1) return;
      lastSent = fraction;
      scope.postMessage({ op: 'progress', id, fraction, stage });
    },
  }).then(
    (model) => scope.postMessage({ op: 'done', id, model }, modelTransferables(model)),
    (err: unknown) => {
      if (err instanceof MeshLoadError) {
        scope.postMessage({ op: 'error', id, code: err.code, message: err.message });
      } else {
        const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
        scope.postMessage({
          op: 'error',
          id,
          code: 'corrupt',
          message: `This file could not be read as a mesh (${detail}).`,
        });
      }
    },
  );
});
