// A shared moment, in the real browser: a link made in one page opens in a fresh page on the same engine
// state, chapter, perspective and view; hostile links each give one message and change nothing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHAPTERS } from '../../renderer/story';
import { StoryClock } from '../../renderer/timeline/storyClock';
import { DEFAULT_VIEW } from '../../renderer/state/view';
import { type AppPage, inspect, openApp, SHOTS, scrubTo, waitSettled } from './app';

const clock = new StoryClock(CHAPTERS);

const token = (value: unknown) => `m=${Buffer.from(JSON.stringify(value)).toString('base64url')}`;

describe('sharing a moment', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    app = await openApp();
    // Software WebGL on a loaded machine can take many seconds per frame; clicks wait for a stable frame.
    app.page.setDefaultTimeout(120_000);
    page = app.page;
  });
  afterAll(async () => {
    await app?.browser.close();
  });

  const good = {
    v: 1,
    t: clock.chapterStart(1) + 2,
    chapter: CHAPTERS[1]!.id,
    perspective: CHAPTERS[1]!.perspectives[0]!.character,
    language: 'en',
    level: 'full',
    camera: null,
    view: DEFAULT_VIEW,
  };
  const hostile: [string, unknown][] = [
    ['wrong types', { ...good, t: 'ten', view: 'all' }],
    ['a huge number', { ...good, t: 1e308 }],
    ['an unknown chapter id', { ...good, chapter: 'no-such-chapter' }],
    ['script in text', { ...good, perspective: '<img src=x onerror="document.title=1">' }],
    ['an outdated version', { ...good, v: 0 }],
  ];

  // At the story's start, where no cue has fired: the cue markers computed in the background meanwhile change
  // nothing that inspect() reports, so any difference would be the link's doing.
  it.each(hostile)('a link with %s shows one message and changes nothing', async (_, value) => {
    const before = await waitSettled(page);
    const title = await page.title();
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, token(value));
    const alert = page.getByRole('alert').filter({ hasText: 'This link cannot be opened' });
    await alert.waitFor();
    expect(await alert.count()).toBe(1);
    expect(await alert.textContent()).toMatch(/This link cannot be opened: [^\n]+\./);
    expect(await inspect(page)).toEqual(before);
    expect(await page.title()).toBe(title);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await alert.waitFor({ state: 'detached' });
  });

  it('opens a link in a fresh page on the same state hash, chapter, perspective and view', async () => {
    await scrubTo(page, clock.chapterStart(3) + 4.5);
    await page.keyboard.press('2'); // the chapter's second voice
    await page.getByRole('button', { name: 'Cross-section' }).click();
    const made = await waitSettled(page);
    expect(made.view.crossSection.on).toBe(true);

    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.getByRole('textbox', { name: 'Link' }).inputValue();
    expect(link).toContain('#m=');
    await page.screenshot({ path: `${SHOTS}share.png`, timeout: 120_000 });
    await page.getByRole('button', { name: 'Close' }).click();
    // One software-rendered page at a time on a loaded machine: the first has done its part.
    await page.close();

    const fresh = await (await app.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    fresh.setDefaultTimeout(120_000);
    await fresh.goto(link);
    await fresh.waitForFunction(
      () => (window as unknown as { toothRebirth?: unknown }).toothRebirth !== undefined,
    );
    const opened = await waitSettled(fresh, 240_000);
    expect(opened.time).toBe(made.time);
    expect(opened.stateHash).toBe(made.stateHash);
    expect(opened.chapterId).toBe(made.chapterId);
    expect(opened.perspective).toBe(made.perspective);
    expect(opened.view).toEqual(made.view);
    expect(opened.playing).toBe(false);
    expect(new URL(fresh.url()).hash).toBe(''); // the address no longer claims a moment it may move away from
    await fresh.context().close();
  }, 600_000);

  it('opens an address with values out of range anyway, and says on screen what it changed', async () => {
    const page = await (await app.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(`${inject('baseURL')}?bots=-7&t=-3`);
    const alert = page.getByRole('alert').filter({ hasText: 'Part of this address was not used as written' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'bots=-7 is outside 50 to 1,000,000 bots, so the swarm has 50; t=-3 is before the story begins, so it opens at the start.',
    );
    const opened = await waitSettled(page, 240_000);
    expect(opened.time).toBe(0);
    expect(opened.bots).toBe(50);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await alert.waitFor({ state: 'detached' });
    await page.context().close();
  }, 600_000);
});
