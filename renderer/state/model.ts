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

/**
 * The tooth the scene draws and the engine works on (changes only when a model finishes loading), and how many
 * times the viewer asked for the view to be reset (the camera frames the model afresh on each).
 */
export const useTooth = create<{ tooth: ToothModel | null; viewResets: number }>(() => ({
  tooth: null,
  viewResets: 0,
}));

/** A model's box (mm, in its own frame), its centre, and the radius of the sphere round that centre that holds it. */
export interface ModelBounds {
  min: [number, number, number];
  max: [number, number, number];
  centre: [number, number, number];
  radius: number;
  /** The largest extent of the box, mm: what "across" means in the status line. */
  across: number;
}

const boundsCache = new WeakMap<ToothModel, ModelBounds>();

/** The bounds of every layer of a model (computed once per model). */
export function modelBounds(tooth: Pick<ToothModel, 'layers'>): ModelBounds {
  const cached = boundsCache.get(tooth as ToothModel);
  if (cached) return cached;
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const l of tooth.layers) {
    const p = l.positions;
    for (let i = 0; i < p.length; i += 3) {
      for (let k = 0; k < 3; k++) {
        const v = p[i + k]!;
        if (v < min[k]!) min[k] = v;
        if (v > max[k]!) max[k] = v;
      }
    }
  }
  if (!(min[0] <= max[0])) return { min: [0, 0, 0], max: [0, 0, 0], centre: [0, 0, 0], radius: 0, across: 0 };
  const centre: [number, number, number] = [
    (min[0] + max[0]) / 2,
    (min[1] + max[1]) / 2,
    (min[2] + max[2]) / 2,
  ];
  let r2 = 0;
  for (const l of tooth.layers) {
    const p = l.positions;
    for (let i = 0; i < p.length; i += 3) {
      const dx = p[i]! - centre[0];
      const dy = p[i + 1]! - centre[1];
      const dz = p[i + 2]! - centre[2];
      r2 = Math.max(r2, dx * dx + dy * dy + dz * dz);
    }
  }
  const across = Math.max(max[0] - min[0], max[1] - min[1], max[2] - min[2]);
  const bounds = { min, max, centre, radius: Math.sqrt(r2), across };
  boundsCache.set(tooth as ToothModel, bounds);
  return bounds;
}

/** What a model is, by its largest extent: a tooth is at most ~30 mm, a full-arch scan ~55–85 mm across. */
export type ModelKind = 'tooth' | 'partial-arch' | 'full-arch';
export const SINGLE_TOOTH_MAX_MM = 30;
export const PARTIAL_ARCH_MAX_MM = 55;

export function modelKind(acrossMm: number): ModelKind {
  if (acrossMm <= SINGLE_TOOTH_MAX_MM) return 'tooth';
  return acrossMm <= PARTIAL_ARCH_MAX_MM ? 'partial-arch' : 'full-arch';
}

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
  /** Frame the model on show again, as when it was opened. */
  resetView(): void {
    useTooth.setState((s) => ({ viewResets: s.viewResets + 1 }));
  },
};
