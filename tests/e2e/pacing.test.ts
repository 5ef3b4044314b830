import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inspection } from '../../renderer/state/inspect';
import { CHAPTERS, CHARACTERS, chapterReadingSeconds, countWords } from '../../renderer/story';
import { StoryClock } from '../../renderer/timeline/storyClock';
import { type AppPage, inspect, openApp, scrubTo, waitSettled } from './app';

// The story at the reader's pace: the clock waits at a chapter's end until the reader goes on (a kiosk goes
// on by itself after the lead voice's reading time), the lead voice comes first, the reading level switches
// without losing the moment, and glossary terms open their entries.
const clock = new StoryClock(CHAPTERS);
const nameOf = (id: string) => CHARACTERS.find((c) => c.id === id)!.name.en;
const endOf = (index: number) => clock.segments[index]!.end;

type Win = { toothRebirth: { inspect(): Inspection } };

/** Wait until a condition on the inspection `i` (and the value `a`) holds, written as a JS expression. */
function waitFor(page: Page, test: string, arg?: unknown, timeout = 60_000) {
  const expression = `(() => {
    const i = window.toothRebirth.inspect();
    const a = ${JSON.stringify(arg ?? null)};
    return ${test};
  })()`;
  return page.waitForFunction(expression, undefined, { timeout, polling: 50 });
}

/** Let the page draw this many frames (the clock moves from frame to frame if it is not held). */
function frames(page: Page, n: number): Promise<void> {
  return page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const next = () => (--left <= 0 ? resolve() : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
    n,
  );
}

const panelText = (page: Page) => page.locator('.perspective-text').textContent();

describe('a desktop reader at chapter ends', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(`&t=${endOf(0) - 1.5}`);
    page = app.page;
  });
  afterAll(async () => {
    await app?.browser.close();
  });

  it('holds the clock at the end of a chapter until Continue, then opens the next on its lead voice', async () => {
    // A voice present in both chapters, but not the next chapter's lead.
    const next = CHAPTERS[1]!;
    const shared = CHAPTERS[0]!.perspectives.find(
      (p) => p.character !== next.lead && next.perspectives.some((q) => q.character === p.character),
    )!;
    await page.getByRole('tab', { name: nameOf(shared.character) }).click();
    await page.getByRole('button', { name: 'Play' }).click();
    await waitFor(page, 'i.held');
    const held = await waitSettled(page);
    expect(held.chapterIndex).toBe(0);
    expect(held.time).toBeCloseTo(endOf(0), 4);
    expect(held.time).toBeLessThan(endOf(0));
    expect(held.playing).toBe(true);
    await frames(page, 20);
    const still = await inspect(page);
    expect(still.time).toBe(held.time);
    expect(still.held).toBe(true);
    const bar = page.locator('.continue-bar');
    await page.locator('.sidebar').screenshot({ path: '/tmp/pacing-continue.png' });
    await bar.getByRole('button', { name: 'Continue' }).click();
    await waitFor(page, 'i.chapterIndex === 1 && !i.held && i.time > a', endOf(0));
    const tabs = await page
      .getByRole('tab')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(tabs[0]).toBe(nameOf(next.lead));
    expect(await page.getByRole('tab', { selected: true }).getAttribute('aria-label')).toBe(
      nameOf(next.lead),
    );
    expect((await inspect(page)).perspective).toBe(next.lead);
  });

  it('goes on with Space, and with the Next chapter control', async () => {
    await waitFor(page, 'i.held && i.chapterIndex === 1', undefined, 90_000);
    await page.keyboard.press('Space');
    await waitFor(page, 'i.chapterIndex === 2 && !i.held && i.playing');
    await scrubTo(page, endOf(2) - 0.5);
    await page.getByRole('button', { name: 'Play' }).click();
    await waitFor(page, 'i.held && i.chapterIndex === 2');
    await page.getByRole('button', { name: 'Next chapter' }).click();
    await waitFor(page, 'i.chapterIndex === 3 && !i.held');
    await page.getByRole('button', { name: 'Pause' }).click();
  });

  it('switches between Short and Full without losing the moment', async () => {
    const at = await scrubTo(page, clock.chapterStart(4) + 6);
    const chapter = CHAPTERS[4]!;
    const other = chapter.perspectives.find((p) => p.character !== chapter.lead)!;
    await page.getByRole('tab', { name: nameOf(other.character) }).click();
    const level = page.getByRole('radiogroup', { name: 'Reading level' });
    await level.getByRole('radio', { name: 'Full' }).check();
    await expect.poll(() => panelText(page)).toBe(other.full.en);
    const before = await inspect(page);
    for (const [name, key] of [
      ['Short', 'short'],
      ['Full', 'full'],
    ] as const) {
      await level.getByRole('radio', { name }).check();
      await expect.poll(() => panelText(page)).toBe(other[key].en);
      const now = await inspect(page);
      expect([now.time, now.chapterIndex, now.perspective]).toEqual([
        before.time,
        before.chapterIndex,
        before.perspective,
      ]);
      expect(now.time).toBe(at.time);
    }
    expect(countWords(other.short.en)).toBeLessThan(countWords(other.full.en));
    expect(countWords((await panelText(page)) ?? '')).toBe(countWords(other.full.en));
    // Look at the sidebar at both levels in both languages.
    for (const lang of ['en', 'es'] as const) {
      await page.getByRole('combobox', { name: 'Language' }).selectOption(lang);
      for (const name of ['Short', 'Full'] as const) {
        await level.getByRole('radio', { name }).check();
        await expect.poll(() => panelText(page)).toBe(other[name === 'Short' ? 'short' : 'full'][lang]);
        await page.locator('.sidebar').screenshot({ path: `/tmp/pacing-sidebar-${lang}-${name}.png` });
      }
    }
    await page.getByRole('combobox', { name: 'Language' }).selectOption('en');
  });

  it('opens a glossary term where it appears, in both languages; Escape closes it and focus returns', async () => {
    for (const lang of ['en', 'es'] as const) {
      await page.getByRole('combobox', { name: 'Language' }).selectOption(lang);
      const term = page.locator('.perspective-text .glossary-term').first();
      await term.waitFor();
      const word = ((await term.textContent()) ?? '').trim();
      await term.click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(((await dialog.getByRole('heading').textContent()) ?? '').toLowerCase()).toContain(
        word.toLowerCase().slice(0, 4),
      );
      expect(((await dialog.locator('.glossary-definition').textContent()) ?? '').length).toBeGreaterThan(20);
      await page.screenshot({ path: `/tmp/pacing-glossary-${lang}.png` });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(word);
    }
    // Each term is marked once per text.
    const marked = await page
      .locator('.perspective-text .glossary-term')
      .evaluateAll((els) => els.map((e) => e.textContent!.toLowerCase()));
    expect(new Set(marked).size).toBe(marked.length);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('en');
  });

  it("shows What's real? as a plain sentence first, with the teachers' detail and full references", async () => {
    const chapter = CHAPTERS[(await inspect(page)).chapterIndex]!;
    const note = page.getByRole('region', { name: /What.s real\?/ });
    await expect.poll(() => note.locator('.whats-real-plain').textContent()).toBe(chapter.whatsReal.plain.en);
    await note.getByText('More for teachers').click();
    await expect.poll(() => note.locator('.sources li').count()).toBe(chapter.whatsReal.sources.length);
    await page.locator('.sidebar-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.locator('.sidebar').screenshot({ path: '/tmp/pacing-whats-real.png' });
  });

  it('logs no console errors', () => {
    expect(app.problems.errors).toEqual([]);
  });
});

describe('the kiosk attract loop at chapter ends', () => {
  const SCALE = 0.1;
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    app = await openApp(`&kiosk=1&idle=15&reading=${SCALE}`);
    page = app.page;
  });
  afterAll(async () => {
    await app?.browser.close();
  });

  it('starts the next chapter by itself after the lead voice’s reading time', async () => {
    await page.getByRole('button', { name: 'Touch to explore the story' }).waitFor({ timeout: 60_000 });
    // Record in the page when the hold begins and ends, without touching it.
    await page.evaluate(() => {
      const w = window as unknown as Win & { pacingLog: { heldAt: number; wentOnAt: number } };
      w.pacingLog = { heldAt: 0, wentOnAt: 0 };
      const timer = setInterval(() => {
        const i = w.toothRebirth.inspect();
        if (i.held && i.chapterIndex === 0 && w.pacingLog.heldAt === 0)
          w.pacingLog.heldAt = performance.now();
        if (w.pacingLog.heldAt > 0 && i.chapterIndex === 1) {
          w.pacingLog.wentOnAt = performance.now();
          clearInterval(timer);
        }
      }, 20);
    });
    expect(await page.getByRole('radio', { name: 'Short' }).isChecked()).toBe(true);
    await waitFor(page, 'i.held && i.chapterIndex === 0', undefined, 150_000);
    const held = await inspect(page);
    expect(held.time).toBeCloseTo(endOf(0), 4);
    await waitFor(page, 'i.chapterIndex === 1 && !i.held && i.playing', undefined, 30_000);
    const log = await page.evaluate(
      () => (window as unknown as { pacingLog: { heldAt: number; wentOnAt: number } }).pacingLog,
    );
    const waited = (log.wentOnAt - log.heldAt) / 1000;
    const reading = chapterReadingSeconds(CHAPTERS[0]!, 'short', 'en') * SCALE;
    expect(waited).toBeGreaterThan(reading - 0.1);
    expect(waited).toBeLessThan(reading + 3);
    // Still the attract loop: nobody touched the screen.
    expect(await page.getByRole('button', { name: 'Touch to explore the story' }).count()).toBe(1);
  });

  it('logs no console errors', () => {
    expect(app.problems.errors).toEqual([]);
  });
});
