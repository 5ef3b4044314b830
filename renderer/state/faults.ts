// Surviving faults where a visitor cannot see them, and the hooks that let tests and the soak cause them.
// A region of the window that throws is caught by its error boundary (ui/ErrorBoundary.tsx, and the scene's
// own inside the canvas), logged here and remounted after a backoff; the scene registers its renderer here so
// a lost WebGL context can be forced and its GPU counts read; the simulation worker is found among the live
// workers so it can be killed. The hooks exist on `window.toothRebirth.faults` only with `?faults=1` or `?soak=1`.
import { create } from 'zustand';

/** The parts of the window that fail and come back on their own. */
export const REGIONS = ['scene', 'sidebar', 'controls', 'metrics'] as const;
export type Region = (typeof REGIONS)[number];

/** First wait before a failed region remounts; doubles for each failure within a minute, up to the cap. */
export const REMOUNT_BACKOFF_MS = 400;
const REMOUNT_BACKOFF_CAP_MS = 8_000;
const FAILURE_WINDOW_MS = 60_000;

/** The error a test injects; its message names it, so logs and tests can tell it from a real failure. */
export class InjectedFault extends Error {
  constructor(region: Region) {
    super(`injected fault in the ${region} (a test asked for it)`);
    this.name = 'InjectedFault';
  }
}

/** Regions armed to throw on their next render; a boundary that catches the error disarms its region. */
const useArmed = create<{ armed: Partial<Record<Region, boolean>> }>(() => ({ armed: {} }));

/** Throws during render while a test has armed this region (called by each boundary's probe). */
export function useInjectedFault(region: Region): void {
  const armed = useArmed((s) => s.armed[region] === true);
  if (armed) throw new InjectedFault(region);
}

const failures: Record<Region, number[]> = { scene: [], sidebar: [], controls: [], metrics: [] };
const failureCount: Record<Region, number> = { scene: 0, sidebar: 0, controls: 0, metrics: 0 };
const remountCount: Record<Region, number> = { scene: 0, sidebar: 0, controls: 0, metrics: 0 };

/**
 * A region's boundary caught an error: log it and say how long to wait before remounting the region. A region
 * that keeps failing waits longer each time, so a persistent fault cannot spin the page.
 */
export function regionFailed(region: Region, error: unknown): number {
  if (useArmed.getState().armed[region]) {
    useArmed.setState((s) => ({ armed: { ...s.armed, [region]: false } }));
  }
  const now = performance.now();
  const recent = failures[region].filter((t) => now - t < FAILURE_WINDOW_MS);
  recent.push(now);
  failures[region] = recent;
  failureCount[region]++;
  const delay = Math.min(REMOUNT_BACKOFF_CAP_MS, REMOUNT_BACKOFF_MS * 2 ** (recent.length - 1));
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(`Tooth Rebirth: the ${region} failed (${what}); it restarts in ${delay / 1000} s`);
  return delay;
}

/** A failed region is back. */
export function regionRemounted(region: Region): void {
  remountCount[region]++;
}

// ---- the scene's renderer -------------------------------------------------------------------------------

/** What the faults need of three's WebGLRenderer (kept structural: state does not depend on three). */
export interface RendererLike {
  getContext(): WebGLRenderingContext | WebGL2RenderingContext;
  readonly info: {
    readonly memory: { readonly geometries: number; readonly textures: number };
    readonly programs: readonly unknown[] | null;
  };
}

export interface SceneProbe {
  renderer: RendererLike;
  /** Camera position and the point it orbits, world units. */
  camera(): { position: [number, number, number]; target: [number, number, number] };
}

let sceneProbe: SceneProbe | null = null;
let loseExtension: WEBGL_lose_context | null = null;
const contextState = { lost: false, losses: 0, restores: 0 };

/** The scene announces its renderer (again after a remount); returns the function that withdraws it. */
export function registerScene(probe: SceneProbe): () => void {
  sceneProbe = probe;
  // Kept: once the context is lost, the extension can no longer be asked for (the scene registers again while
  // its context is lost, when its camera controls unmount), yet it must restore it.
  loseExtension = probe.renderer.getContext().getExtension('WEBGL_lose_context') ?? loseExtension;
  return () => {
    if (sceneProbe === probe) sceneProbe = null;
  };
}

/** The canvas lost its WebGL context (true) or got it back (false). */
export function contextChanged(lost: boolean): void {
  contextState.lost = lost;
  if (lost) contextState.losses++;
  else contextState.restores++;
}

export interface GlCounts {
  geometries: number;
  textures: number;
  programs: number;
}

function glCounts(): GlCounts | null {
  const r = sceneProbe?.renderer;
  if (!r) return null;
  return {
    geometries: r.info.memory.geometries,
    textures: r.info.memory.textures,
    programs: r.info.programs?.length ?? 0,
  };
}

/** three's compiled programs by name (a material's type, or a shader's own name), each with how many there are. */
function glPrograms(): Record<string, number> | null {
  const programs = sceneProbe?.renderer.info.programs;
  if (!programs) return null;
  const byName: Record<string, number> = {};
  for (const p of programs as readonly { name: string }[]) byName[p.name] = (byName[p.name] ?? 0) + 1;
  return byName;
}

// ---- workers ----------------------------------------------------------------------------------------------

interface TrackedWorker {
  worker: Worker;
  url: string;
}

const liveWorkers: TrackedWorker[] = [];

/**
 * Counts every worker the page starts and ends (the soak checks none is left behind), by replacing the page's
 * Worker constructor with a subclass. Must run before the first worker is made.
 */
function trackWorkers(): void {
  const Base = globalThis.Worker;
  if (typeof Base !== 'function') return;
  class CountedWorker extends Base {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      liveWorkers.push({ worker: this, url: String(url) });
    }
    override terminate(): void {
      const i = liveWorkers.findIndex((w) => w.worker === this);
      if (i >= 0) liveWorkers.splice(i, 1);
      super.terminate();
    }
  }
  globalThis.Worker = CountedWorker as typeof Worker;
}

/**
 * Kills the simulation worker as a crash would: it stops at once and its page side hears an error event. The
 * client's supervisor then starts another and resumes from the nearest snapshot. False when none is running.
 */
function killSimWorker(): boolean {
  let sim: TrackedWorker | undefined;
  for (const w of liveWorkers) if (w.url.includes('sim.worker')) sim = w; // the newest
  if (!sim) return false;
  sim.worker.terminate();
  sim.worker.dispatchEvent(new ErrorEvent('error', { message: 'the worker was killed (fault injection)' }));
  return true;
}

// ---- the hooks ------------------------------------------------------------------------------------------

export interface FaultHooks {
  /** Makes the region throw on its next render. */
  throwIn(region: Region): void;
  /** Loses the scene's WebGL context (WEBGL_lose_context); false when there is no scene or extension. */
  loseContext(): boolean;
  restoreContext(): boolean;
  context(): { lost: boolean; losses: number; restores: number };
  killWorker(): boolean;
  /** three's renderer.info: geometries and textures in GPU memory, compiled programs. */
  gl(): GlCounts | null;
  /** The compiled programs by name, so a count that differs says which. */
  glPrograms(): Record<string, number> | null;
  camera(): ReturnType<SceneProbe['camera']> | null;
  /** Workers the page started and has not ended. */
  workers(): number;
  /** Errors caught per region, and remounts done. */
  regions(): { failures: Record<Region, number>; remounts: Record<Region, number> };
}

export const faultHooks: FaultHooks = Object.freeze({
  throwIn(region: Region): void {
    if (!REGIONS.includes(region)) {
      throw new RangeError(`throwIn: unknown region "${region}" (one of ${REGIONS.join(', ')})`);
    }
    useArmed.setState((s) => ({ armed: { ...s.armed, [region]: true } }));
  },
  loseContext(): boolean {
    if (!sceneProbe || !loseExtension || contextState.lost) return false;
    loseExtension.loseContext();
    return true;
  },
  restoreContext(): boolean {
    if (!loseExtension || !contextState.lost) return false;
    loseExtension.restoreContext();
    return true;
  },
  context: () => ({ ...contextState }),
  killWorker: killSimWorker,
  gl: glCounts,
  glPrograms,
  camera: () => sceneProbe?.camera() ?? null,
  workers: () => liveWorkers.length,
  regions: () => ({ failures: { ...failureCount }, remounts: { ...remountCount } }),
});

/** At start-up, before any worker exists: the hooks, when the address asks for them. */
export function setupFaultHooks(enabled: boolean): Record<string, unknown> {
  if (!enabled) return {};
  trackWorkers();
  return { faults: faultHooks };
}
