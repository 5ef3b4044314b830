// The mesh loader through Comlink: the real worker (run in-process by @vitest/web-worker), and stand-ins on a
// MessageChannel for workers that fail, crash, hang or get cancelled.
import '@vitest/web-worker';
import { describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES, MeshLoadError } from '../../../renderer/mesh';
import type { MeshLoaderApi, MeshLoadProgress, MeshLoadResult } from '../../../renderer/worker/meshLoaderApi';
import { loadModelInWorker } from '../../../renderer/worker/meshLoaderClient';
import { ChannelWorker } from '../worker/channelWorker';
import { closedTooth, toBinaryStl } from './fixtures';

function copyBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer as ArrayBuffer;
}

/** A stand-in loader whose `load` does what `answer` does. */
function fakeLoader(
  answer: (onProgress: MeshLoadProgress | undefined) => Promise<MeshLoadResult>,
): ChannelWorker {
  const api: Pick<MeshLoaderApi, 'load'> = {
    load: (_bytes, _name, _options, onProgress) => answer(onProgress),
  };
  return new ChannelWorker(api);
}

const never = (): Promise<never> => new Promise<never>(() => {});

describe('loadModelInWorker', () => {
  it('loads a mesh in a real module worker, with progress, and transfers the result', async () => {
    const stl = toBinaryStl(await closedTooth());
    const progress: number[] = [];
    const file = copyBuffer(stl);
    const model = await loadModelInWorker(file, 'tooth.stl', (f) => progress.push(f));
    // The file went to the worker without a copy.
    expect(file.byteLength).toBe(0);
    expect(model.layers[0]!.name).toBe('surface');
    expect(model.sites.count).toBeGreaterThan(1000);
    expect(model.sites.positions).toBeInstanceOf(Float32Array);
    expect(model.vertexSite).toBeInstanceOf(Uint32Array);
    expect(model.info.welded).toBeGreaterThan(0);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress[progress.length - 1]).toBe(1);
  });

  it('rejects with the loader’s one-line message for a bad file', async () => {
    const stl = toBinaryStl(await closedTooth());
    const cut = stl.slice(0, stl.length - 123);
    await expect(loadModelInWorker(copyBuffer(cut), 'cut.stl')).rejects.toMatchObject({
      name: 'MeshLoadError',
      code: 'truncated',
    });
  });

  it('refuses empty and absurdly large files before starting a worker', async () => {
    const createWorker = vi.fn(() => fakeLoader(never));
    await expect(
      loadModelInWorker(new ArrayBuffer(0), 'e.stl', undefined, { createWorker }),
    ).rejects.toMatchObject({
      code: 'empty',
    });
    const huge = new ArrayBuffer(MAX_FILE_BYTES + 1);
    const err = await loadModelInWorker(huge, 'huge.stl', undefined, { createWorker }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(MeshLoadError);
    expect((err as MeshLoadError).code).toBe('too-large');
    expect((err as MeshLoadError).message).toMatch(/limit/);
    expect(createWorker).not.toHaveBeenCalled();
  });

  it('terminates the worker when it succeeds, fails, crashes or hangs', async () => {
    const fails = fakeLoader(async () => ({ ok: false, code: 'degenerate', message: 'flat.' }));
    await expect(
      loadModelInWorker(new ArrayBuffer(8), 'a.stl', undefined, { createWorker: () => fails }),
    ).rejects.toMatchObject({ name: 'MeshLoadError', code: 'degenerate', message: 'flat.' });
    expect(fails.terminated).toBe(1);

    const odd = fakeLoader(async () => ({ ok: false, code: 'gremlins', message: 'odd.' }));
    await expect(
      loadModelInWorker(new ArrayBuffer(8), 'o.stl', undefined, { createWorker: () => odd }),
    ).rejects.toMatchObject({ code: 'corrupt', message: 'odd.' });

    const crash: ChannelWorker = fakeLoader(() => {
      queueMicrotask(() => crash.crash());
      return never();
    });
    await expect(
      loadModelInWorker(new ArrayBuffer(8), 'b.stl', undefined, { createWorker: () => crash }),
    ).rejects.toMatchObject({
      code: 'worker-failed',
      message: 'The model loader stopped while reading “b.stl”.',
    });
    expect(crash.terminated).toBe(1);

    // A test about time passing: the load outlives its time limit.
    const hang = fakeLoader(never);
    await expect(
      loadModelInWorker(new ArrayBuffer(8), 'c.stl', undefined, { createWorker: () => hang, timeoutMs: 30 }),
    ).rejects.toMatchObject({ code: 'worker-failed', message: expect.stringMatching(/took too long/) });
    expect(hang.terminated).toBe(1);
  });

  it('reports progress from the worker and can be cancelled', async () => {
    let progressed: () => void = () => {};
    const reached = new Promise<void>((resolve) => {
      progressed = resolve;
    });
    const slow = fakeLoader(async (onProgress) => {
      await onProgress?.(0.5, 'welding');
      return never();
    });
    const ctrl = new AbortController();
    const seen: string[] = [];
    const p = loadModelInWorker(
      new ArrayBuffer(8),
      'd.stl',
      (_f, stage) => {
        seen.push(stage);
        progressed();
      },
      { createWorker: () => slow, signal: ctrl.signal },
    );
    await reached;
    expect(seen).toEqual(['welding']);
    ctrl.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(slow.terminated).toBe(1);
  });
});
