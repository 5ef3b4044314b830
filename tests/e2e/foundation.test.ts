import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ACTION_TIMEOUT, waitDrawn, waitForInspector } from './app';
import { imageStats, launch, type PageProblems, watchConsole } from './browser';

const shots = new URL('../../test-results/', import.meta.url).pathname;

describe('the app in a real Chromium', () => {
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(ACTION_TIMEOUT);
    problems = watchConsole(page);
    await page.goto(`${inject('baseURL')}?bots=600`);
    await waitForInspector(page);
    await waitDrawn(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is cross-origin isolated, so SharedArrayBuffer is available', async () => {
    const isolated = await page.evaluate(() => ({ coi: crossOriginIsolated, sab: typeof SharedArrayBuffer }));
    expect(isolated.coi).toBe(true);
    expect(isolated.sab).toBe('function');
  });

  it('draws the scene into the WebGL canvas (not a blank frame)', async () => {
    const canvas = page.locator('canvas').first();
    const box = await canvas.boundingBox();
    expect(box && box.width > 300 && box.height > 300).toBe(true);
    const png = await canvas.screenshot({ path: `${shots}foundation-canvas.png` });
    const stats = await imageStats(page, png);
    // A blank or single-colour canvas has a variance near zero; a lit tooth on a gradient is far above it.
    expect(stats.variance).toBeGreaterThan(60);
    await page.screenshot({ path: `${shots}foundation-app.png` });
  });

  it('has the sidebar on the right and the time bar at the bottom', async () => {
    const sidebar = await page.getByRole('complementary', { name: 'Story' }).boundingBox();
    const timebar = await page.getByRole('region', { name: 'Time controls' }).boundingBox();
    expect(sidebar).not.toBeNull();
    expect(timebar).not.toBeNull();
    expect(sidebar!.x).toBeGreaterThan(800);
    expect(sidebar!.width).toBeGreaterThanOrEqual(340);
    expect(timebar!.y).toBeGreaterThan(600);
  });

  it('logs no console errors', () => {
    expect(problems.errors).toEqual([]);
  });
});
