import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAPTERS, CHARACTERS } from '../../renderer/story';
import { StoryClock } from '../../renderer/timeline/storyClock';
import { type AppPage, animationFrames, inspect, openApp, SHOTS, scrubTo, waitSettled } from './app';

const clock = new StoryClock(CHAPTERS);
const nameOf = (id: string) => CHARACTERS.find((c) => c.id === id)!.name.en;

describe('the story and the time controls', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    app = await openApp();
    page = app.page;
  });
  afterAll(async () => {
    await app?.browser.close();
  });

  it('play advances time and pause stops it', async () => {
    const before = await inspect(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction((t0) => {
      const i = (
        window as unknown as { toothRebirth: { inspect(): { time: number } } }
      ).toothRebirth.inspect();
      return i.time > t0 + 0.5;
    }, before.time);
    expect((await inspect(page)).playing).toBe(true);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await inspect(page);
    expect(paused.playing).toBe(false);
    // A test of time passing: thirty turns of the frame loop, which advances a running clock every turn.
    await animationFrames(page, 30);
    expect((await inspect(page)).time).toBe(paused.time);
  });

  it('step back then step forward returns the same state hash', async () => {
    const start = await scrubTo(page, 12);
    await page.getByRole('button', { name: 'Step forward' }).click();
    const ahead = await waitSettled(page);
    expect(ahead.time).toBeCloseTo(12.5, 9);
    expect(ahead.stateHash).not.toBe(start.stateHash);
    await page.getByRole('button', { name: 'Step back' }).click();
    const back = await waitSettled(page);
    expect(back.time).toBeCloseTo(12, 9);
    expect(back.stateHash).toBe(start.stateHash);
    await page.getByRole('button', { name: 'Step forward' }).click();
    expect((await waitSettled(page)).stateHash).toBe(ahead.stateHash);
  });

  it('scrubbing into a chapter shows its title and its perspectives', async () => {
    for (const index of [2, 6, CHAPTERS.length - 1]) {
      const ch = CHAPTERS[index]!;
      const i = await scrubTo(page, clock.chapterStart(index) + 3);
      expect(i.chapterId).toBe(ch.id);
      await expect
        .poll(() => page.getByRole('heading', { level: 2 }).first().textContent())
        .toContain(ch.title.en);
      const tabs = await page.getByRole('tab').allTextContents();
      const names = await page
        .getByRole('tab')
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      expect(names).toEqual(ch.perspectives.map((p) => nameOf(p.character)));
      expect(tabs.length).toBe(ch.perspectives.length);
      // The open tab is one of this chapter's characters, and the panel shows that character's text.
      const selected = await page.getByRole('tab', { selected: true }).getAttribute('aria-label');
      const shown = ch.perspectives.find((p) => nameOf(p.character) === selected);
      expect(shown).toBeDefined();
      expect(await page.getByRole('tabpanel').textContent()).toContain(shown!.full.en.slice(0, 40));
    }
    await page.screenshot({ path: `${SHOTS}story-chapter.png` });
  });

  it('a cue appears once its threshold is crossed and disappears when scrubbing back', async () => {
    const ivyEnd = CHAPTERS.findIndex((c) => c.scenario === 'ivy' && c.span.to === 80);
    expect(ivyEnd).toBeGreaterThan(0);
    // The cue track is computed from the same deterministic run; wait until Ivy's cues are known.
    await scrubTo(page, clock.segments[ivyEnd]!.end - 0.5);
    await page.waitForFunction(
      () => {
        const i = (
          window as unknown as { toothRebirth: { inspect(): { cuesFired: string[] } } }
        ).toothRebirth.inspect();
        return i.cuesFired.includes('ivy:colour-unacceptable');
      },
      undefined,
      { timeout: 90_000 },
    );
    const late = await inspect(page);
    expect(late.deltaE00Max).toBeGreaterThan(1.8);
    const feed = page.getByRole('region', { name: /What the team noticed/ });
    await expect.poll(async () => (await feed.locator('li').count()) > 0).toBe(true);
    await page.screenshot({ path: `${SHOTS}story-cues.png` });
    const ivyStart = CHAPTERS.findIndex((c) => c.scenario === 'ivy');
    const early = await scrubTo(page, clock.chapterStart(ivyStart) + 0.5);
    expect(early.cuesFired.filter((id) => id.startsWith('ivy:colour'))).toEqual([]);
  });

  it("pauses at the redesigned protocol's checkpoints with the clinician's question, and goes on when asked", async () => {
    const redesign = CHAPTERS.findIndex((c) => c.scenario === 'ivy-redesigned');
    const start = clock.chapterStart(redesign);
    // Wait until the checkpoints of the redesigned run are on the timeline.
    await scrubTo(page, start + 0.5);
    await page.waitForFunction(
      () => {
        const i = (
          window as unknown as { toothRebirth: { inspect(): { cuesFired: string[] } } }
        ).toothRebirth.inspect();
        return i.cuesFired.includes('ivy-redesigned:checkpoint:genotype-screen');
      },
      undefined,
      { timeout: 90_000 },
    );
    await scrubTo(page, start - 1);
    await page.getByRole('button', { name: 'Play' }).click();
    // The clock first waits at the end of the chapter before it (pacing), then runs into the checkpoint.
    await page.locator('.continue-bar').getByRole('button', { name: 'Continue' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ timeout: 30_000 });
    const paused = await inspect(page);
    expect(paused.time).toBeCloseTo(start, 6);
    expect(paused.chapterIndex).toBe(redesign);
    const before = paused.time;
    // A test of time passing: thirty turns of the frame loop go by and the story waits for the clinician.
    await animationFrames(page, 30);
    expect((await inspect(page)).time).toBe(before);
    await page.screenshot({ path: `${SHOTS}story-checkpoint.png` });
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction((t0) => {
      const i = (
        window as unknown as { toothRebirth: { inspect(): { time: number } } }
      ).toothRebirth.inspect();
      return i.time > t0 + 0.3;
    }, before);
    await page.getByRole('button', { name: 'Pause' }).click();
  });

  it('answers every keyboard shortcut', async () => {
    await scrubTo(page, clock.chapterStart(1) + 5);
    await page
      .locator('body')
      .click({ position: { x: 5, y: 5 } })
      .catch(() => undefined);
    await page.keyboard.press('Space');
    expect((await inspect(page)).playing).toBe(true);
    await page.keyboard.press('Space');
    expect((await inspect(page)).playing).toBe(false);

    const t0 = (await waitSettled(page)).time;
    await page.keyboard.press('ArrowRight');
    expect((await inspect(page)).time).toBeCloseTo(Math.round((t0 + 0.5) / 0.5) * 0.5, 9);
    await page.keyboard.press('ArrowLeft');
    expect((await inspect(page)).time).toBeCloseTo(Math.round(t0 / 0.5) * 0.5, 9);

    const ch = (await inspect(page)).chapterIndex;
    await page.keyboard.press('Shift+ArrowRight');
    expect((await inspect(page)).chapterIndex).toBe(ch + 1);
    await page.keyboard.press('Shift+ArrowLeft');
    expect((await inspect(page)).chapterIndex).toBe(ch);

    const present = CHAPTERS[ch]!.perspectives.map((p) => p.character);
    expect(present.length).toBeGreaterThan(1);
    await page.keyboard.press('2');
    expect((await inspect(page)).perspective).toBe(present[1]);
    await expect
      .poll(() => page.getByRole('tab', { selected: true }).getAttribute('aria-label'))
      .toBe(nameOf(present[1]!));
    await page.keyboard.press('1');
    expect((await inspect(page)).perspective).toBe(present[0]);

    await page.keyboard.press('Home');
    const home = await inspect(page);
    expect(home.time).toBe(0);
    expect(home.chapterIndex).toBe(0);
  });

  it('switches language while running without losing the moment, and remembers it', async () => {
    const at = await scrubTo(page, clock.chapterStart(3) + 7.5);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    const es = await waitSettled(page);
    expect(es.language).toBe('es');
    expect(es.time).toBe(at.time);
    expect(es.stateHash).toBe(at.stateHash);
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent())
      .toContain(CHAPTERS[3]!.title.es);
    expect(await page.getByRole('tabpanel').textContent()).toContain(
      CHAPTERS[3]!.perspectives[0]!.full.es.slice(0, 40),
    );
    await page.screenshot({ path: `${SHOTS}story-spanish.png` });
    await page.reload();
    await waitSettled(page);
    expect((await inspect(page)).language).toBe('es');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('en');
    expect((await inspect(page)).language).toBe('en');
  });

  it('logs no console errors', () => {
    expect(app.problems.errors).toEqual([]);
  });
});
