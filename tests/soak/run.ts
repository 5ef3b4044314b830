// The soak: a kiosk's day in fast motion. The page is opened as a kiosk with a short idle time, and each
// cycle is a visit: attract screen → a touch → a visitor's session (random controls, chapters, tabs, language,
// teaching tools, gestures; a seeded PRNG, so a run is reproducible) → nobody there → the "Still there?"
// countdown → the reset and the attract screen again. Every few cycles a fault is injected (a lost WebGL
// context, the simulation worker killed, an error in a region) and must be recovered at the same state hash.
// Heap, DOM and GPU counts are measured at the same moment (paused at the start of the story) before the first
// cycle and after the last.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launch, watchConsole } from '../e2e/browser';
import { arrayBufferBytes, compiledCodeBytes, type HeapSnapshot } from './heapDiff';
import { hook, inspectPage, isInjectedFaultLine, REGIONS, type Region, waitForHook } from './hooks';
import type { HeapSample } from './trend';

export interface SoakOptions {
  baseURL: string;
  cycles: number;
  seed?: number;
  /** Kiosk idle time, seconds (the soak's accelerated idle; the countdown scales with it). */
  idleSeconds?: number;
  /** A fault every this many cycles. */
  faultEvery?: number;
  bots?: number;
  /** Visits made before the start is measured, each with a fault (the kinds in turn), so one-time allocations
   * (fonts, shaders, the second language's text, lazily built panels, a scene built again) are not counted as
   * growth. Their faults are counted with the rest. */
  warmupCycles?: number;
  /** A folder to write heap snapshots into (start.heapsnapshot, end.heapsnapshot), taken at the moments the heap
   * is measured, to compare in DevTools' Memory tab or with `tsx tests/soak/heapDiff.ts`. */
  heapSnapshotDir?: string;
  /** Called after each cycle (progress on the command line). */
  onCycle?: (done: number, elapsedMs: number, heapMB?: number) => void;
}

export interface GlCounts {
  geometries: number;
  textures: number;
  programs: number;
}

export interface SoakReport {
  cycles: number;
  seed: number;
  idleSeconds: number;
  secondsPerCycle: number;
  warmupCycles: number;
  /** Heap before any visit, after a forced garbage collection (the cold page). */
  heapColdMB: number;
  /** Heap after the warm-up visits: the start that growth is measured from. */
  heapStartMB: number;
  heapEndMB: number;
  /** Heap at the attract screen after a forced collection, about twenty times over the run: a leak is a slope. */
  heapSamples: HeapSample[];
  heapGrowthPct: number;
  /** Of the heap, the code V8 compiled (bytecode, baseline and optimised code), at start and end: it grows as
   * more of the app is optimised and is V8's to keep or drop, so growth here is not a leak of the app's. */
  compiledCodeMB: { start: number; end: number };
  /** The contents of array buffers (geometries, frames, snapshots), outside the JS heap, at start and end. */
  arrayBuffersMB: { start: number; end: number };
  domNodesStart: number;
  domNodesEnd: number;
  /** Elements by tag and class whose number differs between start and end, e.g. "+2 li.cue" (empty when none). */
  domChanges: string[];
  gl: { start: GlCounts; end: GlCounts };
  /** Compiled programs by name whose number differs between start and end, e.g. "+1 MeshBasicMaterial". */
  glProgramChanges: string[];
  workers: { start: number; end: number };
  faultsInjected: number;
  faultsRecovered: number;
  /** Faults that were not recovered, each with what was seen. */
  faultFailures: string[];
  /** Countdowns shown before a reset, one per cycle expected. */
  countdowns: number;
  /** Page errors and console errors, except the lines the injected faults log on purpose. */
  errors: string[];
}

/** mulberry32: a small seeded PRNG, so the same seed replays the same visits. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Point = { x: number; y: number };
const ATTRACT = 'Touch to explore the story';
const VIEWPORT = { width: 1024, height: 640 };
const CENTRE = { x: 330, y: 330 };
const FAULT_KINDS = ['context', 'worker', 'region'] as const;

class Visitor {
  constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly random: () => number,
  ) {}

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  async touch(type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]): Promise<void> {
    await this.cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
    });
  }

  async tap(p: Point): Promise<void> {
    await this.touch('touchStart', [p]);
    await this.touch('touchEnd', []);
  }

  /**
   * Presses one of the shown elements matching `selector` as a finger would (a pointer-down, then a click),
   * in the page itself: under load a touch through the DevTools protocol waits for the compositor, seconds
   * at a time, and the kiosk would think the visitor gone. False when none is shown.
   */
  async tapOn(selector: string): Promise<boolean> {
    return this.page.evaluate(
      ({ sel, pick }) => {
        const shown = Array.from(document.querySelectorAll<HTMLElement>(sel)).filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0;
        });
        const el = shown[Math.floor(pick * shown.length)];
        if (!el) return false;
        el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
        el.click();
        return true;
      },
      { sel: selector, pick: this.random() },
    );
  }

  async gesture(from: Point[], to: Point[], steps = 4): Promise<void> {
    await this.touch('touchStart', from);
    for (let i = 1; i <= steps; i++) {
      const k = i / steps;
      await this.touch(
        'touchMove',
        from.map((p, j) => ({ x: p.x + (to[j]!.x - p.x) * k, y: p.y + (to[j]!.y - p.y) * k })),
      );
    }
    await this.touch('touchEnd', []);
  }

  /** One thing a visitor does. */
  async act(): Promise<void> {
    const r = this.random;
    const c = { x: CENTRE.x - 80 + r() * 160, y: CENTRE.y - 60 + r() * 120 };
    switch (Math.floor(r() * 10)) {
      case 0:
        await this.tapOn('button[aria-label="Play"], button[aria-label="Pause"]');
        break;
      case 1:
        await this.tapOn(
          this.pick(['button[aria-label="Next chapter"]', 'button[aria-label="Previous chapter"]']),
        );
        break;
      case 2:
        await this.tapOn(this.pick(['button[aria-label="Step forward"]', 'button[aria-label="Step back"]']));
        break;
      case 3:
        await this.tapOn('.speed input[type="radio"]');
        break;
      case 4:
        await this.tapOn('[role="tab"]');
        break;
      case 5:
        await this.page.getByRole('combobox', { name: 'Language' }).selectOption(this.pick(['en', 'es']));
        break;
      case 8:
        // A teaching tool on or off: the cut, labels, the swarm, charts, the comparison (a second worker).
        await this.tapOn('button[aria-pressed]');
        break;
      case 6: {
        const duration = (await inspectPage(this.page)).duration;
        await this.page.getByRole('slider', { name: 'Timeline' }).fill(String(Math.round(r() * duration)));
        break;
      }
      case 7:
        await this.gesture([c], [{ x: c.x + (r() - 0.5) * 400, y: c.y + (r() - 0.5) * 100 }]);
        break;
      default: {
        const spread = 30 + r() * 60;
        const to = 30 + r() * 150;
        await this.gesture(
          [
            { x: c.x - spread, y: c.y },
            { x: c.x + spread, y: c.y },
          ],
          [
            { x: c.x - to, y: c.y },
            { x: c.x + to, y: c.y },
          ],
        );
      }
    }
  }
}

/** How often a waiting visitor touches the screen: well inside the shortest idle time a soak uses (1 s). */
const HOLD_MS = 300;

type Held = {
  soakHold?: number;
  soakHolds?: number;
  /** When the hold last touched, and the longest gap between its touches since the outermost hold began (ms). */
  soakTouchAt?: number;
  soakTouchGap?: number;
  /** Attract screens shown, and page loads, counted by the soak's init script. */
  soakAttracts?: number;
  soakLoads?: number;
};

/**
 * The visitor stays at the screen until the matching `letGo`: touches made by a timer in the page itself. A
 * visitor's finger does not wait for the DevTools protocol, and under load a round trip from Node (an inspect,
 * an animation frame in software WebGL) can outlast the soak's short idle time, so touches made from here would
 * let the kiosk think the visitor gone and reset the story under the fault being checked. Holds nest.
 */
async function hold(page: Page): Promise<void> {
  await page.evaluate((ms) => {
    const w = window as unknown as Held;
    w.soakHolds = (w.soakHolds ?? 0) + 1;
    if (w.soakHolds > 1) return;
    w.soakTouchAt = performance.now();
    w.soakTouchGap = 0;
    // No named function in here: the test runner's transpiler would wrap it in a helper the page lacks.
    w.soakHold = window.setInterval(() => {
      const now = performance.now();
      w.soakTouchGap = Math.max(w.soakTouchGap ?? 0, now - (w.soakTouchAt ?? now));
      w.soakTouchAt = now;
      (document.querySelector('.brand-name') ?? document.body).dispatchEvent(
        new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }),
      );
    }, ms);
  }, HOLD_MS);
}

async function letGo(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Held;
    w.soakHolds = Math.max(0, (w.soakHolds ?? 0) - 1);
    if (w.soakHolds === 0) window.clearInterval(w.soakHold);
  });
}

/** Waits for `ok` while the visitor stays at the screen. */
async function whileThere(page: Page, ok: () => Promise<boolean>, timeoutMs = 90_000) {
  await hold(page);
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await ok()) return true;
      if (Date.now() > deadline) return false;
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    }
  } finally {
    await letGo(page);
  }
}

/** "Still there?" countdowns the page has shown so far (counted by an observer the soak installs). */
function countdownsSeen(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { soakCountdowns: number }).soakCountdowns);
}

/** The scene has the engine's frame for the clock's moment and has drawn it. */
async function drawnAt(page: Page): Promise<{ hash: string; frames: number } | null> {
  const i = await inspectPage(page);
  if (i.model === '' || !i.settled || i.stateHash === '' || i.framesApplied === 0) return null;
  return { hash: i.stateHash, frames: i.framesApplied };
}

/** Groups whose count differs, as "+N key" or "-N key", sorted by key. */
/** The keys whose count differs between two tallies, as "+2 key" / "-1 key", sorted by key. */
function countChanges(start: Record<string, number>, end: Record<string, number>): string[] {
  return [...new Set([...Object.keys(start), ...Object.keys(end)])]
    .sort()
    .map((key) => ({ key, d: (end[key] ?? 0) - (start[key] ?? 0) }))
    .filter(({ d }) => d !== 0)
    .map(({ key, d }) => `${d > 0 ? '+' : ''}${d} ${key}`);
}

/** A heap snapshot of the page through the DevTools protocol (the V8 format, as DevTools' Memory tab saves it). */
async function heapSnapshot(cdp: CDPSession): Promise<string> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return chunks.join('');
}

async function heapMB(cdp: CDPSession): Promise<number> {
  // The console messages V8 keeps, with their arguments, while DevTools (here, the test's protocol session)
  // listens: a kiosk runs with none attached, so they are not the app's.
  await cdp.send('Runtime.discardConsoleEntries');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / (1024 * 1024);
}

export async function runSoak(opts: SoakOptions): Promise<SoakReport> {
  const seed = opts.seed ?? 1;
  const idleSeconds = opts.idleSeconds ?? 8;
  const faultEvery = opts.faultEvery ?? 3;
  const random = prng(seed);
  const browser: Browser = await launch();
  try {
    // A small window: software WebGL draws every pixel on the CPU, and a visit must fit in the idle time.
    const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true });
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    const problems = watchConsole(page);
    const cdp = await context.newCDPSession(page);
    // Counts every "Still there?" countdown shown, however briefly.
    await page.addInitScript(() => {
      const w = window as unknown as { soakCountdowns: number; soakAttracts: number; soakLoads: number };
      w.soakCountdowns = 0;
      w.soakAttracts = 0;
      // A reload would start the story again: counted across loads of this tab.
      w.soakLoads = Number(sessionStorage.getItem('soakLoads') ?? 0) + 1;
      sessionStorage.setItem('soakLoads', String(w.soakLoads));
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of Array.from(r.addedNodes)) {
            if (n instanceof Element && n.matches('.idle-warning')) w.soakCountdowns++;
            if (n instanceof Element && n.matches('button.attract')) w.soakAttracts++;
          }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${opts.baseURL}?bots=${opts.bots ?? 100}&kiosk=1&soak=1&idle=${idleSeconds}`);
    await page.waitForFunction(() => 'toothRebirth' in window);
    const visitor = new Visitor(page, cdp, random);
    const attract = page.getByRole('button', { name: ATTRACT });

    /** Paused at the start of the story in the first language, drawn: the same moment for every measure. */
    const measure = async (name: string) => {
      await attract.waitFor();
      await visitor.tap(CENTRE);
      await attract.waitFor({ state: 'detached' });
      // Measured while the visitor stays: a heap snapshot takes seconds, longer than the soak's idle time, and
      // the "Still there?" banner would otherwise be counted in the DOM.
      await hold(page);
      try {
        return await measureHeld(name);
      } finally {
        await letGo(page);
      }
    };
    const measureHeld = async (name: string) => {
      await page.getByRole('combobox', { name: 'Language' }).selectOption('en');
      const ready = await whileThere(page, async () => {
        const i = await inspectPage(page);
        if (i.playing) await visitor.tapOn('button[aria-label="Pause"]');
        if (i.time !== 0) await page.getByRole('slider', { name: 'Timeline' }).fill('0');
        return !i.playing && i.time === 0 && (await drawnAt(page)) !== null;
      });
      if (!ready) {
        const i = await inspectPage(page);
        throw new Error(`soak: the kiosk did not settle at the start of the story: ${JSON.stringify(i)}`);
      }
      const heap = await heapMB(cdp);
      const snapshot = await heapSnapshot(cdp);
      if (opts.heapSnapshotDir) writeFileSync(join(opts.heapSnapshotDir, `${name}.heapsnapshot`), snapshot);
      const parsed = JSON.parse(snapshot) as HeapSnapshot;
      const codeMB = compiledCodeBytes(parsed) / (1024 * 1024);
      const buffersMB = arrayBufferBytes(parsed) / (1024 * 1024);
      // Elements counted by tag and class, so a difference between start and end says where it is.
      const domGroups = await page.evaluate(() => {
        const counts: Record<string, number> = {};
        for (const el of Array.from(document.querySelectorAll('*'))) {
          const key = [el.tagName.toLowerCase(), ...Array.from(el.classList).sort()].join('.');
          counts[key] = (counts[key] ?? 0) + 1;
        }
        return counts;
      });
      const dom = Object.values(domGroups).reduce((a, b) => a + b, 0);
      const gl = (await hook(page, 'gl')) ?? { geometries: -1, textures: -1, programs: -1 };
      const programs = (await hook(page, 'glPrograms')) ?? {};
      const workers = await hook(page, 'workers');
      return { heap, codeMB, buffersMB, dom, domGroups, gl, programs, workers };
    };

    let faultsInjected = 0;
    let faultsRecovered = 0;
    const faultFailures: string[] = [];
    let regionTurn = 0;

    const injectFaultHeld = async (kind: (typeof FAULT_KINDS)[number]) => {
      // The visitor pauses, so the moment (and its hash) stays put while the fault is recovered.
      await whileThere(page, async () => {
        const i = await inspectPage(page);
        if (i.playing) await visitor.tapOn('button[aria-label="Pause"]');
        return !i.playing && (await drawnAt(page)) !== null;
      });
      const before = (await drawnAt(page))!;
      const countdownsBefore = await countdownsSeen(page);
      const attractsBefore = await page.evaluate(() => (window as unknown as Held).soakAttracts ?? 0);
      const region: Region = REGIONS[regionTurn % REGIONS.length]!;
      const label = kind === 'region' ? `an error in the ${region}` : kind;
      faultsInjected++;
      const startRestores = (await hook(page, 'context')).restores;
      const startRemounts = (await hook(page, 'regions')).remounts[region];
      if (kind === 'context') {
        await hook(page, 'loseContext');
        await waitForHook(page, 'context', (c) => c.lost);
        await hook(page, 'restoreContext');
      } else if (kind === 'worker') {
        await hook(page, 'killWorker');
      } else {
        regionTurn++;
        await hook(page, 'throwIn', region);
      }
      const recovered = await whileThere(page, async () => {
        if (kind === 'context' && (await hook(page, 'context')).restores <= startRestores) return false;
        if (kind === 'region' && (await hook(page, 'regions')).remounts[region] <= startRemounts)
          return false;
        const now = await drawnAt(page);
        // A resumed worker or a remounted scene draws again; a region beside the scene leaves it as it was.
        const drewAgain = kind === 'region' && region !== 'scene' ? true : (now?.frames ?? 0) > before.frames;
        return now !== null && drewAgain && now.hash === before.hash;
      });
      if (recovered) faultsRecovered++;
      else {
        const w = await page.evaluate(() => {
          const { soakHolds, soakTouchGap, soakAttracts, soakLoads } = window as unknown as Held;
          return { soakHolds, soakTouchGap, soakAttracts, soakLoads };
        });
        const i = await inspectPage(page);
        const attractShown = (await page.locator('button.attract').count()) > 0;
        faultFailures.push(
          `${label}: not back at ${before.hash} (${JSON.stringify(await drawnAt(page))}, time ${i.time}, ` +
            `attract screen ${attractShown ? 'shown' : 'not shown'}; ${(await countdownsSeen(page)) - countdownsBefore} "Still there?" countdown(s) ` +
            `and ${(w.soakAttracts ?? 0) - attractsBefore} attract screen(s) while held, ${w.soakHolds ?? 0} ` +
            `hold(s), longest gap between touches ${Math.round(w.soakTouchGap ?? 0)} ms, page loads ${w.soakLoads})`,
        );
      }
    };

    // The visitor stays at the screen from the pause to the recovery: between the checks too (the fault's own
    // calls can take seconds under load, longer than the soak's idle time).
    const injectFault = async (kind: (typeof FAULT_KINDS)[number]) => {
      await hold(page);
      try {
        await injectFaultHeld(kind);
      } finally {
        await letGo(page);
      }
    };

    /** The next visitor touches the attract screen. Pressed in the page, as `tapOn` does: a touch through the
     * DevTools protocol waits for software WebGL's next composited frame, about 2 s a cycle. */
    const nextVisitor = async () => {
      await visitor.tapOn('button.attract');
      await attract.waitFor({ state: 'detached' });
    };

    /** One visit: a few things done, quicker than the idle time, a fault if `fault`; then the visitor leaves
     * (the countdown, the reset, the attract screen) and, unless `last`, the next visitor touches the screen. */
    const visit = async (fault: (typeof FAULT_KINDS)[number] | null, last: boolean) => {
      const actions = 1 + Math.floor(random() * 4);
      for (let a = 0; a < actions; a++) await visitor.act();
      if (fault) await injectFault(fault);
      await attract.waitFor();
      if (!last) await nextVisitor();
    };

    const warmupCycles = opts.warmupCycles ?? FAULT_KINDS.length;
    const cold = warmupCycles > 0 ? await heapMB(cdp) : 0;
    if (warmupCycles > 0) {
      await attract.waitFor();
      await nextVisitor();
      for (let w = 1; w <= warmupCycles; w++)
        await visit(FAULT_KINDS[(w - 1) % FAULT_KINDS.length]!, w === warmupCycles);
    }
    const start = await measure('start');
    const heapSamples: HeapSample[] = [];
    const sampleEvery = Math.max(1, Math.round(opts.cycles / 20));
    const startedAt = Date.now();
    for (let cycle = 1; cycle <= opts.cycles; cycle++) {
      const fault =
        cycle % faultEvery === 0 ? FAULT_KINDS[(cycle / faultEvery - 1) % FAULT_KINDS.length]! : null;
      await visit(fault, true);
      const sample =
        cycle % sampleEvery === 0 ? { cycle, mb: Math.round((await heapMB(cdp)) * 100) / 100 } : null;
      if (sample) heapSamples.push(sample);
      if (cycle < opts.cycles) await nextVisitor();
      opts.onCycle?.(cycle, Date.now() - startedAt, sample?.mb);
    }
    const elapsed = Date.now() - startedAt;
    const end = await measure('end');
    const countdowns = await countdownsSeen(page);
    const round = (v: number) => Math.round(v * 100) / 100;
    return {
      cycles: opts.cycles,
      seed,
      idleSeconds,
      secondsPerCycle: round(elapsed / 1000 / Math.max(1, opts.cycles)),
      warmupCycles,
      heapColdMB: round(warmupCycles > 0 ? cold : start.heap),
      heapStartMB: round(start.heap),
      heapSamples,
      heapEndMB: round(end.heap),
      heapGrowthPct: round(((end.heap - start.heap) / start.heap) * 100),
      compiledCodeMB: { start: round(start.codeMB), end: round(end.codeMB) },
      arrayBuffersMB: { start: round(start.buffersMB), end: round(end.buffersMB) },
      domNodesStart: start.dom,
      domNodesEnd: end.dom,
      domChanges: countChanges(start.domGroups, end.domGroups),
      gl: { start: start.gl, end: end.gl },
      glProgramChanges: countChanges(start.programs, end.programs),
      workers: { start: start.workers, end: end.workers },
      faultsInjected,
      faultsRecovered,
      faultFailures,
      countdowns,
      errors: problems.errors.filter((e) => !isInjectedFaultLine(e)),
    };
  } finally {
    await browser.close();
  }
}
