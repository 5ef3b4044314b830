// The page's fault hooks (`window.toothRebirth.faults`, with `?faults=1` or `?soak=1`) as the e2e suites and
// the soak run call them: from Node, through playwright.
import type { Page } from 'playwright-core';
import type { FaultHooks, Region } from '../../renderer/state/faults';
import type { Inspection } from '../../renderer/state/inspect';
import { imageStats } from '../e2e/browser';

export type { Region };
export const REGIONS: readonly Region[] = ['scene', 'sidebar', 'controls', 'metrics'];

type Hook = keyof FaultHooks;

/** Calls one fault hook in the page and returns its answer. */
export function hook<K extends Hook>(
  page: Page,
  name: K,
  ...args: Parameters<FaultHooks[K]>
): Promise<Awaited<ReturnType<FaultHooks[K]>>> {
  return page.evaluate(
    ({ name, args }) => {
      const api = (
        window as unknown as { toothRebirth: { faults?: Record<string, (...a: unknown[]) => unknown> } }
      ).toothRebirth;
      if (!api.faults) throw new Error('no fault hooks: open the page with ?faults=1 or ?soak=1');
      return api.faults[name]!(...args);
    },
    { name, args: args as unknown[] },
  ) as Promise<Awaited<ReturnType<FaultHooks[K]>>>;
}

export function inspectPage(page: Page): Promise<Inspection> {
  return page.evaluate(() =>
    (window as unknown as { toothRebirth: { inspect(): Inspection } }).toothRebirth.inspect(),
  );
}

/** A console line the faults themselves cause (the injected error, its boundary's log): expected, not a bug. */
export function isInjectedFaultLine(line: string): boolean {
  return /injected fault|fault injection/i.test(line);
}

/** Waits until the page's fault hook `name` answers something `ok` accepts. */
export async function waitForHook<K extends Hook>(
  page: Page,
  name: K,
  ok: (v: Awaited<ReturnType<FaultHooks[K]>>) => boolean,
  timeoutMs = 60_000,
): Promise<Awaited<ReturnType<FaultHooks[K]>>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await hook(page, name, ...([] as unknown as Parameters<FaultHooks[K]>));
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`faults.${name}() stayed at ${JSON.stringify(v)}`);
    // The next animation frame: the app's own clock, not a fixed sleep.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
}

/** The 3D view's luminance variance: near zero for a blank or flat canvas, far above for a lit tooth. */
export async function stageVariance(page: Page, path?: string): Promise<number> {
  const png = await page
    .locator('canvas')
    .first()
    .screenshot(path ? { path } : {});
  return (await imageStats(page, png)).variance;
}
