// Helpers shared by the e2e suites: open the app with a small swarm, read its inspector, wait for the engine.
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import type { Inspection } from '../../renderer/state/inspect';
import { launch, type PageProblems, watchConsole } from './browser';

export const SHOTS = new URL('../../test-results/', import.meta.url).pathname;

export interface AppPage {
  browser: Browser;
  page: Page;
  problems: PageProblems;
}

/** Software WebGL is slow: e2e runs use a small swarm. */
export const E2E_BOTS = 400;

/**
 * Longest wait for one browser action (a screenshot waits for a frame to be drawn). Software WebGL on a busy
 * machine can take seconds per frame, past playwright's 30 s default.
 */
export const ACTION_TIMEOUT = 120_000;

export async function openApp(
  query = '',
  viewport = { width: 1280, height: 800 },
  reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
): Promise<AppPage> {
  const browser = await launch();
  const context = await browser.newContext({ viewport, reducedMotion });
  const page = await context.newPage();
  page.setDefaultTimeout(ACTION_TIMEOUT);
  const problems = watchConsole(page);
  await page.goto(`${inject('baseURL')}?bots=${E2E_BOTS}${query}`);
  await waitForInspector(page);
  await waitSettled(page);
  return { browser, page, problems };
}

/** Wait until the app has installed `window.toothRebirth` (it does so once the store exists). */
export async function waitForInspector(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { toothRebirth?: unknown }).toothRebirth !== undefined,
  );
}

export function inspect(page: Page): Promise<Inspection> {
  return page.evaluate(() =>
    (window as unknown as { toothRebirth: { inspect(): Inspection } }).toothRebirth.inspect(),
  );
}

/** Wait until the tooth is loaded and the engine's frame stands for the clock's moment. */
export async function waitSettled(page: Page, timeout = 90_000): Promise<Inspection> {
  await page.waitForFunction(
    () => {
      const i = (window as unknown as { toothRebirth: { inspect(): Inspection } }).toothRebirth.inspect();
      return i.model !== '' && i.settled && i.stateHash !== '';
    },
    undefined,
    { timeout, polling: 100 },
  );
  return inspect(page);
}

/**
 * Wait until `n` animation frames have passed in the page. The frame loop (clock, simulation tick, scene) runs
 * once per animation frame, so this measures the app's own time, not the wall clock's.
 */
export async function animationFrames(page: Page, n: number): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

/**
 * Wait until the picture shows the engine's settled frame, for a screenshot of a paused moment: settled, at
 * least one engine frame drawn into the tooth, and `framesApplied` unchanged over a few animation frames (the
 * scene applies a pending frame in its next animation frame and draws it in that same frame).
 */
export async function waitDrawn(page: Page, timeout = 90_000): Promise<Inspection> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const before = await waitSettled(page, Math.max(1, deadline - Date.now()));
    await animationFrames(page, 3);
    const after = await inspect(page);
    if (
      after.settled &&
      after.framesApplied > 0 &&
      after.framesApplied === before.framesApplied &&
      after.stateHash === before.stateHash
    )
      return after;
    if (Date.now() > deadline) {
      throw new Error(
        `e2e: the picture did not settle within ${timeout} ms (frames applied ${before.framesApplied} -> ` +
          `${after.framesApplied}, settled ${after.settled}); is the clock still running?`,
      );
    }
  }
}

/** Move the story clock with the Timeline slider, as a person dragging it would. */
export async function scrubTo(page: Page, seconds: number): Promise<Inspection> {
  await page.getByRole('slider', { name: 'Timeline' }).fill(String(seconds));
  await page.waitForFunction((t) => {
    const i = (window as unknown as { toothRebirth: { inspect(): Inspection } }).toothRebirth.inspect();
    return Math.abs(i.time - t) < 1e-6;
  }, seconds);
  return waitSettled(page);
}
