import '@vitest/web-worker';
import { describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES, MeshLoadError } from '../../../renderer/mesh';
import type { MeshLoadReply, MeshLoadRequest } from '../../../renderer/worker/meshLoader.worker';
import { loadModelInWorker, type MeshWorkerLike } from '../../../renderer/worker/meshLoaderClient';
import { closedTooth, toBinaryStl } from './fixtures';

function copyBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer as ArrayBuffer;
}

/** A stand-in worker that records what it was sent and replies as told. */
function fakeWorker(reply: (msg: MeshLoadRequest, w: MeshWorkerLike) => void): MeshWorkerLike & {
  terminated: number;
} {
  const w = {
    terminated: 0,
    onmessage: null as MeshWorkerLike['onmessage'],
    onerror: null as MeshWorkerLike['onerror'],
    postMessage(msg: MeshLoadRequest) {
      queueMicrotask(() => reply(msg, w));
    },
    terminate() {
      w.terminated++;
    },
  };
  return w;
}

function send(w: MeshWorkerLike, data: MeshLoadReply): void {
  w.onmessage?.({ data } as MessageEvent<MeshLoadReply>);
}

describe('loadModelInWorker', () => {
  it('loads a mesh in a real module worker, with progress, and transfers the result', async () => {
    const stl = toBinaryStl(await closedTooth());
    const progress: number[] = [];
    const model = await loadModelInWorker(copyBuffer(stl), 'tooth.stl', (f) => progress.push(f));
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
    const createWorker = vi.fn(() => fakeWorker(() => {}));
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
    const ok = fakeWorker((msg, w) =>
      send(w, { op: 'error', id: msg.id, code: 'degenerate', message: 'flat.' }),
    );
    await expect(
      loadModelInWorker(new ArrayBuffer(8), 'a.stl', undefined, { createWorker: () => ok }),
    ).rejects.toMatchObject({ code: 'degenerate', message: 'flat.' });
    expect(ok.terminated).toBe(1);

    const crash = fakeWorker((_msg, w) => w.onerror?.({ preventDefault() {} } as ErrorEvent));
    await expect(
      loadModelInWorker(new ArrayBuffer(8), 'b.stl', undefined, { createWorker: () => crash }),
    ).rejects.toMatchObject({ code: 'worker-failed' });
    expect(crash.terminated).toBe(1);

    const hang = fakeWorker(() => {});
    await expect(
      loadModelInWorker(new ArrayBuffer(8), 'c.stl', undefined, { createWorker: () => hang, timeoutMs: 30 }),
    ).rejects.toMatchObject({ code: 'worker-failed' });
    expect(hang.terminated).toBe(1);
  });

  it('ignores replies for other loads and can be cancelled', async () => {
    const stray = fakeWorker((msg, w) => {
      send(w, { op: 'error', id: msg.id + 1000, code: 'corrupt', message: 'not mine' });
      send(w, { op: 'progress', id: msg.id, fraction: 0.5, stage: 'welding' });
    });
    const ctrl = new AbortController();
    const seen: string[] = [];
    const p = loadModelInWorker(new ArrayBuffer(8), 'd.stl', (_f, stage) => seen.push(stage), {
      createWorker: () => stray,
      signal: ctrl.signal,
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['welding']);
    ctrl.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(stray.terminated).toBe(1);
  });
});
