import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Inspection } from '../../renderer/state/inspect';
import {
  CHAPTERS,
  CHARACTERS,
  chapterReadingSeconds,
  countWords,
  findGlossaryTerms,
} from '../../renderer/story';
import { StoryClock } from '../../renderer/timeline/storyClock';
import { type AppPage, E2E_BOTS, inspect, openApp, scrubTo, waitSettled } from './app';
import { launch, watchConsole } from './browser';

// The story at the reader's pace: the clock waits at a chapter's end until the reader goes on (a kiosk goes
// on by itself after the lead voice's reading time), the lead voice comes first, the reading level switches
// without losing the moment, and glossary terms open their entries.
const clock = new StoryClock(CHAPTERS);
const nameOf = (id: string) => CHARACTERS.find((c) => c.id === id)!.name.en;
const endOf = (index: number) => clock.segments[index]!.end;

type Win = { toothRebirth: { inspect(): Inspection } };

/** What to wait for in the inspection; every given field must match (the page's CSP forbids eval). */
interface Wanted {
  held?: boolean;
  chapterIndex?: number;
  playing?: boolean;
  /** The clock is past this story time. */
  after?: number;
}

function waitFor(page: Page, want: Wanted, timeout = 60_000) {
  return page.waitForFunction(
    (w: Wanted) => {
      const i = (window as unknown as Win).toothRebirth.inspect();
      return (
        (w.held === undefined || i.held === w.held) &&
        (w.chapterIndex === undefined || i.chapterIndex === w.chapterIndex) &&
        (w.playing === undefined || i.playing === w.playing) &&
        (w.after === undefined || i.time > w.after)
      );
    },
    want,
    { timeout, polling: 50 },
  );
}

async function pauseIfPlaying(page: Page): Promise<void> {
  if ((await inspect(page)).playing) await page.getByRole('button', { name: 'Pause' }).click();
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
    await waitFor(page, { held: true });
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
    await waitFor(page, { chapterIndex: 1, held: false, after: endOf(0) });
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
    await scrubTo(page, endOf(1) - 0.5);
    if (!(await inspect(page)).playing) await page.getByRole('button', { name: 'Play' }).click();
    await waitFor(page, { held: true, chapterIndex: 1 });
    await page.keyboard.press('Space');
    await waitFor(page, { chapterIndex: 2, held: false, playing: true });
    await scrubTo(page, endOf(2) - 0.5);
    if (!(await inspect(page)).playing) await page.getByRole('button', { name: 'Play' }).click();
    await waitFor(page, { held: true, chapterIndex: 2 });
    await page.getByRole('button', { name: 'Next chapter' }).click();
    await waitFor(page, { chapterIndex: 3, held: false });
    await pauseIfPlaying(page);
  });

  it('switches between Short and Full without losing the moment', async () => {
    await pauseIfPlaying(page);
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
    await pauseIfPlaying(page);
    // A voice whose full text names glossary terms in both languages.
    const named = (p: (typeof CHAPTERS)[number]['perspectives'][number]) =>
      findGlossaryTerms(p.full.en, 'en').length > 1 && findGlossaryTerms(p.full.es, 'es').length > 0;
    const index = CHAPTERS.findIndex((c) => c.perspectives.some(named));
    const voice = CHAPTERS[index]!.perspectives.find(named)!;
    await scrubTo(page, clock.chapterStart(index) + 2);
    await page.getByRole('tab', { name: nameOf(voice.character) }).click();
    await page.getByRole('radio', { name: 'Full' }).check();
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
    await note.scrollIntoViewIfNeeded();
    await note.screenshot({ path: '/tmp/pacing-whats-real.png' });
  });

  it('logs no console errors', () => {
    expect(app.problems.errors).toEqual([]);
  });
});

describe('the kiosk attract loop at chapter ends', () => {
  // Long enough that the first chapter (40 s of story) ends before its short text has had its reading time.
  const SCALE = 2.5;
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    // Not openApp: under load the tooth may load after the idle time, and an attract loop that is already
    // playing is seldom settled. The test waits on the attract screen instead.
    const browser = await launch();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    app = { browser, page, problems: watchConsole(page) };
    await page.goto(`${inject('baseURL')}?bots=${E2E_BOTS}&kiosk=1&idle=15&reading=${SCALE}`);
  });
  afterAll(async () => {
    await app?.browser.close();
  });

  it('starts the next chapter by itself once the lead voice has had its reading time, holding for what is left', async () => {
    await page.getByRole('button', { name: 'Touch to explore the story' }).waitFor({ timeout: 120_000 });
    // Record in the page when the attract loop enters the first chapter, when the clock holds at its end and
    // when the next chapter begins, without touching it.
    await page.evaluate(() => {
      const w = window as unknown as Win & {
        pacingLog: { enteredAt: number; heldAt: number; wentOnAt: number };
      };
      w.pacingLog = { enteredAt: 0, heldAt: 0, wentOnAt: 0 };
      const timer = setInterval(() => {
        const i = w.toothRebirth.inspect();
        const log = w.pacingLog;
        if (log.enteredAt === 0 && i.chapterIndex === 0 && i.playing && i.time < 1)
          log.enteredAt = performance.now();
        if (log.enteredAt > 0 && i.held && i.chapterIndex === 0 && log.heldAt === 0)
          log.heldAt = performance.now();
        if (log.enteredAt > 0 && i.chapterIndex === 1) {
          log.wentOnAt = performance.now();
          clearInterval(timer);
        }
      }, 20);
    });
    expect(await page.getByRole('radio', { name: 'Short' }).isChecked()).toBe(true);
    await waitFor(page, { held: true, chapterIndex: 0 }, 240_000);
    const held = await inspect(page);
    expect(held.time).toBeCloseTo(endOf(0), 4);
    await waitFor(page, { chapterIndex: 1, held: false, playing: true }, 240_000);
    const log = await page.evaluate(
      () =>
        (window as unknown as { pacingLog: { enteredAt: number; heldAt: number; wentOnAt: number } })
          .pacingLog,
    );
    expect(log.enteredAt).toBeGreaterThan(0);
    expect(log.heldAt).toBeGreaterThan(log.enteredAt);
    // The reading time counts from entering the chapter: the chapter goes on once it has passed, not before,
    // and the hold at its end lasts only what reading still needed.
    const reading = chapterReadingSeconds(CHAPTERS[0]!, 'short', 'en') * SCALE;
    const sinceEntry = (log.wentOnAt - log.enteredAt) / 1000;
    expect(sinceEntry).toBeGreaterThan(reading - 0.5);
    expect(sinceEntry).toBeLessThan(Math.max(reading, (log.heldAt - log.enteredAt) / 1000) + 5);
    // Still the attract loop: nobody touched the screen.
    expect(await page.getByRole('button', { name: 'Touch to explore the story' }).count()).toBe(1);
  }, 600_000);

  it('logs no console errors', () => {
    expect(app.problems.errors).toEqual([]);
  });
});
