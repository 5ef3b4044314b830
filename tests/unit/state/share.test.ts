// Opening a shared moment: all or nothing. A link is checked in full (schema, story ids, time and chapter)
// before anything changes; a good one sets every part of the moment, the clock first.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { actions } from '../../../renderer/state/actions';
import { encodeMoment, type Moment } from '../../../renderer/state/link';
import { live } from '../../../renderer/state/live';
import {
  applyMoment,
  currentMoment,
  DESKTOP_LINK_PREFIX,
  linkTo,
  type MomentTarget,
  noteStartOptions,
  openMoment,
  storyContext,
  useShare,
} from '../../../renderer/state/share';
import { useApp } from '../../../renderer/state/store';
import { story } from '../../../renderer/state/storyModel';
import { DEFAULT_VIEW } from '../../../renderer/state/view';

/** A target that records what opening a moment asked for, in order. */
function recorder(): { target: MomentTarget; calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  const rec =
    (name: string) =>
    (arg?: unknown): void => {
      calls.push([name, arg]);
    };
  return {
    calls,
    target: {
      pause: rec('pause'),
      seek: rec('seek'),
      setPerspective: rec('setPerspective'),
      setLanguage: rec('setLanguage'),
      setReadingLevel: rec('setReadingLevel'),
      setView: rec('setView'),
      setCamera: rec('setCamera'),
    },
  };
}

const second = story.chapters[1]!;
const moment: Moment = {
  v: 1,
  t: story.clock.chapterStart(1) + 7.25,
  chapter: second.id,
  perspective: second.perspectives[1]!.character,
  language: 'es',
  level: 'short',
  camera: { position: [10, 20, 30], target: [0, 1, 0] },
  view: { ...DEFAULT_VIEW, labels: true, anomalyMap: 'shape' },
};

const token = (value: unknown) =>
  `m=${btoa(JSON.stringify(value)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;

describe('opening a shared moment', () => {
  it('sets every part of a good link, the clock before the voice that depends on its chapter', () => {
    const { target, calls } = recorder();
    const r = openMoment(`http://localhost/?bots=400#${encodeMoment(moment)}`, target);
    expect(r.ok).toBe(true);
    expect(calls).toEqual([
      ['pause', undefined],
      ['seek', moment.t],
      ['setPerspective', moment.perspective],
      ['setLanguage', 'es'],
      ['setReadingLevel', 'short'],
      ['setView', moment.view],
      ['setCamera', moment.camera],
    ]);
  });

  it('leaves the camera alone when the link has none', () => {
    const { target, calls } = recorder();
    applyMoment({ ...moment, camera: null }, target);
    expect(calls.map((c) => c[0])).not.toContain('setCamera');
  });

  const hostile: [string, unknown][] = [
    ['wrong types', { ...moment, t: 'ten' }],
    ['a huge number', { ...moment, camera: { position: [1e300, 0, 0], target: [0, 0, 0] } }],
    ['an unknown chapter', { ...moment, chapter: 'no-such-chapter' }],
    ['script in text', { ...moment, perspective: '<img src=x onerror=alert(1)>' }],
    ['an outdated version', { ...moment, v: 0 }],
    [
      'a chapter that does not match its time',
      {
        ...moment,
        chapter: story.chapters[0]!.id,
        perspective: story.chapters[0]!.perspectives[0]!.character,
      },
    ],
    ['a time past the end', { ...moment, t: story.clock.duration + 1 }],
    ['an extra field', { ...moment, extra: 1 }],
  ];
  it.each(hostile)('changes nothing for %s, and says why in one sentence', (_, value) => {
    const { target, calls } = recorder();
    const r = openMoment(`#${token(value)}`, target);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^This link cannot be opened: [^\n]+\.$/);
    expect(calls).toEqual([]);
  });

  it('never applies part of a moment, whatever the text (fuzz)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json().map((j) => token(JSON.parse(j))),
        ),
        (text) => {
          const { target, calls } = recorder();
          const r = openMoment(text, target);
          expect(calls.length).toBe(r.ok ? 6 + (r.moment.camera ? 1 : 0) : 0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the link to the moment on show', () => {
  it('keeps the page and its swarm, drops what belongs to one window, and decodes back', () => {
    const link = linkTo(moment, 'http://localhost:5173/?bots=400&presenter=1&t=12&play=1#m=old', false);
    const url = new URL(link);
    expect(url.searchParams.get('bots')).toBe('400');
    for (const p of ['presenter', 'audience', 't', 'play']) expect(url.searchParams.has(p)).toBe(false);
    expect(url.hash).toBe(`#${encodeMoment(moment)}`);
    const { target, calls } = recorder();
    expect(openMoment(link, target).ok).toBe(true);
    expect(calls).toHaveLength(7);
  });

  it('uses the app scheme in the desktop app', () => {
    expect(linkTo(moment, 'app://tooth-rebirth/index.html', true)).toBe(
      `${DESKTOP_LINK_PREFIX}${encodeMoment(moment)}`,
    );
  });

  describe('with the app store', () => {
    beforeAll(() => {
      // actions.setLanguage sets the page's lang; Node has no page.
      (globalThis as { document?: unknown }).document ??= { documentElement: {} };
    });

    it('opens on the moment it was made on, after the viewer has moved on', () => {
      actions.seek(story.clock.chapterStart(2) + 3);
      actions.setPerspective(2);
      actions.setView({ charts: true });
      const made = currentMoment();
      expect(made.chapter).toBe(story.chapters[2]!.id);
      const link = linkTo(made, 'http://localhost/?bots=400', false);

      actions.seek(1);
      actions.setView({ charts: false, labels: true });
      actions.setLanguage(made.language === 'en' ? 'es' : 'en');
      actions.play();

      expect(openMoment(link).ok).toBe(true);
      const s = useApp.getState();
      expect(live.time).toBe(made.t);
      expect(s.chapterIndex).toBe(2);
      expect(s.perspective).toBe(made.perspective);
      expect(s.view).toEqual(made.view);
      expect(s.language).toBe(made.language);
      expect(s.playing).toBe(false);
    });

    it('reads the story it checks links against', () => {
      const ctx = storyContext();
      expect(ctx.chapterIds).toEqual(story.chapters.map((c) => c.id));
      expect(ctx.chapterAt?.(story.clock.chapterStart(3))).toBe(story.chapters[3]!.id);
    });
  });
});

describe('what the address changed, on screen', () => {
  it('says each change after any message about the link, and nothing when nothing changed', () => {
    useShare.setState({ message: null });
    noteStartOptions([]);
    expect(useShare.getState().message).toBeNull();
    noteStartOptions(['bots=-7 is outside 50 to 1,000,000 bots, so the swarm has 50']);
    expect(useShare.getState().message).toBe(
      'Part of this address was not used as written: bots=-7 is outside 50 to 1,000,000 bots, so the swarm has 50.',
    );
    useShare.setState({ message: 'This link cannot be opened: it is cut short.' });
    noteStartOptions(['t=-3 is before the story begins, so it opens at the start']);
    expect(useShare.getState().message).toBe(
      'This link cannot be opened: it is cut short. Part of this address was not used as written: ' +
        't=-3 is before the story begins, so it opens at the start.',
    );
    useShare.setState({ message: null });
  });
});
