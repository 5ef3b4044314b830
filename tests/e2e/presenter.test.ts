// The classroom pair in one browser: the presenter page opens the audience page and drives it through a
// BroadcastChannel. Next chapter on the presenter moves the audience within a second.
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Inspection } from '../../renderer/state/inspect';
import { launch } from './browser';
import { E2E_BOTS, inspect, waitSettled } from './app';

// The README's picture of the presenter view is refreshed only when asked (UPDATE_DOCS_SHOTS=1), so a test run
// leaves the checkout as it was.
const DOC_SHOT = fileURLToPath(
  new URL(
    process.env.UPDATE_DOCS_SHOTS === '1' ? '../../docs/presenter.png' : '../../test-results/presenter.png',
    import.meta.url,
  ),
);

const chapterIs = (page: Page, index: number, timeout: number) =>
  page.waitForFunction(
    (i) =>
      (window as unknown as { toothRebirth: { inspect(): Inspection } }).toothRebirth.inspect()
        .chapterIndex === i,
    index,
    { timeout, polling: 20 },
  );

describe('presenter and audience', () => {
  let browser: Browser;
  let presenter: Page;
  let audience: Page;

  beforeAll(async () => {
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // Software WebGL on a loaded machine can take many seconds per frame; clicks wait for a stable frame.
    context.setDefaultTimeout(120_000);
    presenter = await context.newPage();
    const opened = context.waitForEvent('page');
    await presenter.goto(`${inject('baseURL')}?bots=${E2E_BOTS}&presenter=1`);
    audience = await opened;
    await audience.waitForURL(/audience=1/);
    for (const page of [presenter, audience]) {
      await page.waitForFunction(
        () => (window as unknown as { toothRebirth?: unknown }).toothRebirth !== undefined,
      );
      await waitSettled(page);
    }
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the audience view: the scene and the story, no controls', async () => {
    expect(new URL(audience.url()).searchParams.get('bots')).toBe(String(E2E_BOTS));
    await presenter.getByRole('status').filter({ hasText: 'Audience view connected' }).waitFor();
    expect(await audience.getByRole('button', { name: 'Next chapter' }).count()).toBe(0);
    expect(await audience.getByRole('slider', { name: 'Timeline' }).count()).toBe(0);
    expect(await audience.getByRole('complementary', { name: 'Story' }).count()).toBe(1);
    // Opening it again finds the same window rather than a second one.
    await presenter.getByRole('button', { name: 'Open audience view' }).click();
    expect(presenter.context().pages()).toHaveLength(2);
  }, 300_000);

  it('Next chapter on the presenter moves the audience to that chapter within a second', async () => {
    expect((await inspect(audience)).chapterIndex).toBe(0);
    await presenter.getByRole('button', { name: 'Next chapter' }).click();
    await chapterIs(audience, 1, 1000);
    const [p, a] = [await waitSettled(presenter), await waitSettled(audience)];
    expect(a.time).toBe(p.time);
    expect(a.stateHash).toBe(p.stateHash);
    expect(a.perspective).toBe(p.perspective);

    await presenter.getByRole('button', { name: 'Next chapter' }).click();
    await chapterIs(audience, 2, 1000);
    await waitSettled(presenter);
    await waitSettled(audience);
    await presenter.screenshot({ path: DOC_SHOT });
  }, 600_000);

  it('shows the speaker notes of the chapter in both languages, and the next cue', async () => {
    const notes = presenter.getByRole('region', { name: /Speaker notes/ });
    expect(await notes.locator('[lang="en"]').count()).toBe(1);
    expect(await notes.locator('[lang="es"]').count()).toBe(1);
    expect((await notes.locator('[lang="en"] .notes-question').textContent())?.trim()).toMatch(/\?$/);
    expect(await presenter.getByRole('region', { name: 'Next cue' }).count()).toBe(1);
  });

  it('when the presenter closes, the audience stops on its moment and says so', async () => {
    await presenter.getByRole('button', { name: 'Play' }).click();
    await presenter.close({ runBeforeUnload: true });
    await audience.getByRole('status').filter({ hasText: 'The presenter view has closed' }).waitFor();
    expect((await inspect(audience)).playing).toBe(false);
  }, 300_000);
});
