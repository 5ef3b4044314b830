// What the mesh-loader worker offers (through Comlink, see `meshLoader.worker.ts`): read a mesh file off the
// main thread. Kept apart from the worker's entry so tests can call it directly. A failed load is a result,
// not a throw, because Comlink carries only an error's message across, and the page needs the code too.
import * as Comlink from 'comlink';
import { loadModelFile } from '../mesh/load';
import { type LoadOptions, MeshLoadError, type ToothModel } from '../mesh/types';

export type MeshLoadResult = { ok: true; model: ToothModel } | { ok: false; code: string; message: string };

/** Told the fraction done (0..1) and a stage name; from the page, a Comlink proxy of its callback. */
export type MeshLoadProgress = (fraction: number, stage: string) => unknown;

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

function failure(err: unknown): MeshLoadResult {
  if (err instanceof MeshLoadError) return { ok: false, code: err.code, message: err.message };
  const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return { ok: false, code: 'corrupt', message: `This file could not be read as a mesh (${detail}).` };
}

export const meshLoaderApi = {
  async load(
    bytes: ArrayBuffer,
    name: string,
    options: Omit<LoadOptions, 'onProgress'> = {},
    onProgress?: MeshLoadProgress,
  ): Promise<MeshLoadResult> {
    const told: Promise<unknown>[] = [];
    let lastSent = -1;
    try {
      const model = await loadModelFile(bytes, name, {
        ...options,
        onProgress: (fraction, stage) => {
          // Stages are few; still, never flood the main thread.
          if (onProgress === undefined || (fraction - lastSent < 0.01 && fraction < 1)) return;
          lastSent = fraction;
          told.push(Promise.resolve(onProgress(fraction, stage)));
        },
      });
      // Progress travels on a channel of its own: the page has all of it before the result.
      await Promise.allSettled(told);
      const result: MeshLoadResult = { ok: true, model };
      return Comlink.transfer(result, modelTransferables(model));
    } catch (err) {
      await Promise.allSettled(told);
      return failure(err);
    } finally {
      // Closes the progress channel (a plain function, in tests, has nothing to release).
      (onProgress as { [Comlink.releaseProxy]?: () => void } | undefined)?.[Comlink.releaseProxy]?.();
    }
  },
};

export type MeshLoaderApi = typeof meshLoaderApi;
