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

export async function openApp(
  query = '',
  viewport = { width: 1280, height: 800 },
  reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
): Promise<AppPage> {
  const browser = await launch();
  const context = await browser.newContext({ viewport, reducedMotion });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto(`${inject('baseURL')}?bots=${E2E_BOTS}${query}`);
  await page.waitForFunction(
    () => (window as unknown as { toothRebirth?: unknown }).toothRebirth !== undefined,
  );
  await waitSettled(page);
  return { browser, page, problems };
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

/** Move the story clock with the Timeline slider, as a person dragging it would. */
export async function scrubTo(page: Page, seconds: number): Promise<Inspection> {
  await page.getByRole('slider', { name: 'Timeline' }).fill(String(seconds));
  await page.waitForFunction((t) => {
    const i = (window as unknown as { toothRebirth: { inspect(): Inspection } }).toothRebirth.inspect();
    return Math.abs(i.time - t) < 1e-6;
  }, seconds);
  return waitSettled(page);
}
