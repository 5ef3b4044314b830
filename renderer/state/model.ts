// The tooth on show: the generated molar at start-up, or a scan the user opens (native dialog in the app, a
// file input or drag and drop in web mode). Parsing and sampling run in a worker with progress; a failed load
// keeps the current tooth and shows one line.
import { create } from 'zustand';
import type { HostApi } from '../../main/ipc/contract';
import type { ToothModel } from '../mesh';
import { loadModelInWorker } from '../worker/meshLoaderClient';
import molarUrl from '../../models/molar.glb?url';
import { useKiosk } from './kiosk';
import { useApp } from './store';

declare global {
  interface Window {
    /** The preload's API in the Electron app; absent in web mode. */
    toothRebirthHost?: HostApi;
  }
}

/** The tooth the scene draws and the engine works on. Changes only when a model finishes loading. */
export const useTooth = create<{ tooth: ToothModel | null }>(() => ({ tooth: null }));

let generation = 0;

function setModel(patch: Partial<ReturnType<typeof useApp.getState>['model']>): void {
  useApp.setState((s) => ({ model: { ...s.model, ...patch } }));
}

async function loadBytes(bytes: ArrayBuffer, name: string): Promise<void> {
  const mine = ++generation;
  setModel({ status: 'loading', progress: 0, stage: '', error: null });
  try {
    const tooth = await loadModelInWorker(bytes, name, (progress, stage) => {
      if (mine === generation) setModel({ progress, stage });
    });
    if (mine !== generation) return; // a newer load started meanwhile: it wins
    useTooth.setState({ tooth });
    setModel({ status: 'ready', progress: 1, stage: '', name, error: null, note: tooth.info.message });
  } catch (err) {
    if (mine !== generation) return;
    const reason = err instanceof Error ? err.message : String(err);
    // Name the file, unless the loader's one line already does.
    const message = reason.includes(name) ? reason : `${name}: ${reason}`;
    // The current tooth stays: only the banner changes.
    setModel({
      status: useTooth.getState().tooth ? 'ready' : 'error',
      progress: 0,
      stage: '',
      error: message,
    });
  }
}

export const modelActions = {
  /** A kiosk shows its own tooth: visitors cannot open or drop a file on it. */
  canOpenFiles(): boolean {
    return !useKiosk.getState().on;
  },
  hasNativeDialog(): boolean {
    return typeof window !== 'undefined' && window.toothRebirthHost !== undefined;
  },
  async loadFile(file: File): Promise<void> {
    if (!modelActions.canOpenFiles()) return;
    await loadBytes(await file.arrayBuffer(), file.name);
  },
  async openWithDialog(): Promise<void> {
    const host = window.toothRebirthHost;
    if (!host || !modelActions.canOpenFiles()) return;
    try {
      const picked = await host.openModel();
      if (picked) await loadBytes(picked.bytes.slice().buffer as ArrayBuffer, picked.name);
    } catch (err) {
      setModel({ error: err instanceof Error ? err.message : String(err) });
    }
  },
  /** At start-up: the file given with `--model` in the app, else the generated molar. */
  async loadInitial(): Promise<void> {
    const host = window.toothRebirthHost;
    if (host) {
      try {
        const initial = await host.initialModel();
        if (initial) {
          await loadBytes(initial.bytes.slice().buffer as ArrayBuffer, initial.name);
          if (useTooth.getState().tooth) return;
        }
      } catch (err) {
        // The file given with --model is missing or unreadable: say so, and show the molar instead.
        setModel({ error: err instanceof Error ? err.message : String(err) });
      }
    }
    const earlier = useApp.getState().model.error;
    const res = await fetch(molarUrl);
    await loadBytes(await res.arrayBuffer(), 'molar.glb');
    if (earlier && useApp.getState().model.error === null) setModel({ error: earlier });
  },
  dismissError(): void {
    setModel({ error: null });
  },
};
