import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hook, waitForHook } from '../soak/hooks';
import { ACTION_TIMEOUT, E2E_BOTS, SHOTS, waitDrawn, waitForInspector } from './app';
import { launch, type PageProblems, watchConsole } from './browser';

// The kiosk as a touch screen: one finger turns the tooth, two pinch to zoom, every target is big enough for
// a finger, and the page itself never moves, zooms, selects or opens a menu under a visitor's hand.
describe('the kiosk under fingers', () => {
  let browser: Browser;
  let page: Page;
  let cdp: CDPSession;
  let problems: PageProblems;
  /** A point on the 3D view, away from the overlays. */
  const centre = { x: 450, y: 420 };

  beforeAll(async () => {
    browser = await launch();
    // Reduced motion: the tooth does not turn by itself, so any turn is the finger's.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      hasTouch: true,
      reducedMotion: 'reduce',
    });
    page = await context.newPage();
    page.setDefaultTimeout(ACTION_TIMEOUT);
    problems = watchConsole(page);
    cdp = await context.newCDPSession(page);
    await page.goto(`${inject('baseURL')}?bots=${E2E_BOTS}&kiosk=1&idle=600&faults=1&t=20`);
    await waitForInspector(page);
    await waitDrawn(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  type Point = { x: number; y: number };
  async function touch(type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]): Promise<void> {
    await cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
    });
  }
  /** A gesture: each finger moves from its start to its end in even steps. */
  async function gesture(from: Point[], to: Point[], steps = 12): Promise<void> {
    await touch('touchStart', from);
    for (let i = 1; i <= steps; i++) {
      const k = i / steps;
      await touch(
        'touchMove',
        from.map((p, j) => ({ x: p.x + (to[j]!.x - p.x) * k, y: p.y + (to[j]!.y - p.y) * k })),
      );
    }
    await touch('touchEnd', []);
  }

  const azimuth = (c: { position: number[]; target: number[] }) =>
    Math.atan2(c.position[0]! - c.target[0]!, c.position[2]! - c.target[2]!);
  const distance = (c: { position: number[]; target: number[] }) =>
    Math.hypot(...c.position.map((v, i) => v - c.target[i]!));

  it('turns the tooth with one finger', async () => {
    const before = (await hook(page, 'camera'))!;
    await gesture([centre], [{ x: centre.x + 260, y: centre.y }]);
    const after = await waitForHook(page, 'camera', (c) => Math.abs(azimuth(c!) - azimuth(before)) > 0.3);
    expect(Math.abs(distance(after!) - distance(before))).toBeLessThan(0.5);
  });

  it('zooms with a two-finger pinch', async () => {
    const before = (await hook(page, 'camera'))!;
    await gesture(
      [
        { x: centre.x - 40, y: centre.y },
        { x: centre.x + 40, y: centre.y },
      ],
      [
        { x: centre.x - 180, y: centre.y },
        { x: centre.x + 180, y: centre.y },
      ],
    );
    await waitForHook(page, 'camera', (c) => distance(c!) < distance(before) * 0.85);
    await page.screenshot({ path: `${SHOTS}touch-pinched.png` });
  });

  it('makes every target at least 44 × 44 px', async () => {
    const small = await page.evaluate(() => {
      const selector =
        'button, select, a[href], input:not([type="hidden"]), [role="tab"], [role="button"], [role="slider"], [role="radio"]';
      const out: string[] = [];
      for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue; // not shown
        if (r.width < 44 || r.height < 44) {
          const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName;
          out.push(`${el.tagName.toLowerCase()} "${name}" ${r.width.toFixed(0)}x${r.height.toFixed(0)}`);
        }
      }
      return { out, count: document.querySelectorAll(selector).length };
    });
    expect(small.count).toBeGreaterThan(10);
    expect(small.out).toEqual([]);
  });

  it('offers no file to open or drop', async () => {
    expect(await page.getByRole('button', { name: 'Open a tooth scan' }).count()).toBe(0);
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    const dropRefused = await page.evaluate(() => {
      const e = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: new DataTransfer() });
      document.body.dispatchEvent(e);
      return e.defaultPrevented;
    });
    expect(dropRefused).toBe(true);
    expect(await page.locator('.dropzone').count()).toBe(0);
  });

  it('opens no context menu, selects no text and never zooms or scrolls the page', async () => {
    const surface = await page.evaluate(() => {
      const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.querySelector('.sidebar')!.dispatchEvent(menu);
      const html = getComputedStyle(document.documentElement);
      const text = getComputedStyle(document.querySelector('.sidebar p') ?? document.body);
      return {
        menuPrevented: menu.defaultPrevented,
        userSelect: text.userSelect,
        touchAction: html.touchAction,
        overscroll: html.overscrollBehaviorY,
        canvasTouch: getComputedStyle(document.querySelector('.stage canvas')!).touchAction,
      };
    });
    expect(surface).toEqual({
      menuPrevented: true,
      userSelect: 'none',
      touchAction: 'pan-x pan-y',
      overscroll: 'none',
      canvasTouch: 'none',
    });
    // A long press on the story: no selection appears.
    const p = await page.locator('.sidebar p').first().boundingBox();
    await touch('touchStart', [{ x: p!.x + 10, y: p!.y + 5 }]);
    await touch('touchEnd', []);
    expect(await page.evaluate(() => String(window.getSelection() ?? ''))).toBe('');
  });

  it('logs no console errors', () => {
    expect(problems.errors).toEqual([]);
  });
});
