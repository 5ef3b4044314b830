// The classroom channel: only well-formed moments of this story are followed; anything else is ignored. The
// audience follows the presenter's clock (jumping only when it is off), mirrors play and pause, and stops
// when the presenter says goodbye.
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { actions } from '../../../renderer/state/actions';
import { frameLoop } from '../../../renderer/state/frameLoop';
import { live } from '../../../renderer/state/live';
import {
  audienceAddress,
  type ClassroomMoment,
  CLASSROOM_PROTOCOL,
  classroomRole,
  type FollowTarget,
  follow,
  PLAYING_DRIFT_S,
  parseClassroomMessage,
  startAudience,
  startPresenter,
  useClassroom,
} from '../../../renderer/state/presenter';
import { storyContext } from '../../../renderer/state/share';
import { story } from '../../../renderer/state/storyModel';
import { DEFAULT_VIEW } from '../../../renderer/state/view';

const ctx = storyContext();
const chapter = story.chapters[1]!;
const good: ClassroomMoment = {
  t: story.clock.chapterStart(1) + 2,
  playing: true,
  speed: 'normal',
  pause: null,
  chapter: chapter.id,
  perspective: chapter.perspectives[0]!.character,
  language: 'en',
  level: 'full',
  view: DEFAULT_VIEW,
};
const msg = (moment: unknown, extra: object = {}) => ({
  v: CLASSROOM_PROTOCOL,
  type: 'moment',
  seq: 1,
  moment,
  ...extra,
});

/** A follow target that records calls, standing on a given moment. */
function recorder(now: ReturnType<FollowTarget['now']>) {
  const calls: [string, ...unknown[]][] = [];
  const rec =
    (name: string) =>
    (...args: unknown[]): void => {
      calls.push([name, ...args]);
    };
  const target: FollowTarget = {
    now: () => now,
    pause: rec('pause'),
    seek: rec('seek'),
    setPerspective: rec('setPerspective'),
    setLanguage: rec('setLanguage'),
    setReadingLevel: rec('setReadingLevel'),
    setView: rec('setView'),
    setCamera: rec('setCamera'),
    setRunning: rec('setRunning'),
    setSpeed: rec('setSpeed'),
  };
  return { target, calls };
}

/** Two ends of a channel in one process: what one posts, the other's onmessage receives. */
function pair() {
  const make = () => ({
    onmessage: null as ((e: MessageEvent) => void) | null,
    sent: [] as unknown[],
    postMessage(data: unknown) {
      this.sent.push(data);
      other(this)?.onmessage?.({ data } as MessageEvent);
    },
    close() {},
  });
  const a = make();
  const b = make();
  const other = (x: unknown) => (x === a ? b : a);
  return { a, b };
}

describe('classroom messages', () => {
  it('accept a moment of this story, and hello, here and bye', () => {
    expect(parseClassroomMessage(msg(good), ctx)?.type).toBe('moment');
    for (const type of ['hello', 'here', 'bye'])
      expect(parseClassroomMessage({ v: CLASSROOM_PROTOCOL, type }, ctx)?.type).toBe(type);
  });

  const hostile: [string, unknown][] = [
    ['nothing', null],
    ['text', 'moment'],
    ['a list', [msg(good)]],
    ['another protocol version', { ...msg(good), v: 2 }],
    ['an unknown type', { v: CLASSROOM_PROTOCOL, type: 'eval', code: 'alert(1)' }],
    ['an extra field', msg(good, { extra: true })],
    ['wrong types', msg({ ...good, playing: 'yes' })],
    ['an endless time', msg({ ...good, t: Number.POSITIVE_INFINITY })],
    ['a huge number', msg({ ...good, t: 1e308 })],
    ['a negative sequence', msg(good, { seq: -1 })],
    ['an unknown chapter', msg({ ...good, chapter: 'no-such-chapter' })],
    ['script in text', msg({ ...good, perspective: '<script>alert(1)</script>' })],
    ['a voice absent from the chapter', msg({ ...good, perspective: 'the-child-who-is-not-there' })],
    ['a chapter that does not match its time', msg({ ...good, t: 0 })],
    [
      'a pause with a long id',
      msg({ ...good, pause: { cueId: 'x'.repeat(200), scenario: 's', checkpointId: 'c' } }),
    ],
  ];
  it.each(hostile)('ignore %s', (_, raw) => {
    expect(parseClassroomMessage(raw, ctx)).toBeNull();
  });

  it('never throw, whatever arrives (fuzz)', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const m = parseClassroomMessage(raw, ctx);
        expect(m === null || typeof m.type === 'string').toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('following the presenter', () => {
  const standing = {
    time: good.t,
    playing: true,
    pause: null,
    speed: 'normal' as const,
    perspective: good.perspective,
  };

  it('keeps its own clock while playing within the drift, and jumps when off', () => {
    const near = recorder({ ...standing, time: good.t + PLAYING_DRIFT_S / 2 });
    follow(good, near.target);
    expect(near.calls.some((c) => c[0] === 'seek')).toBe(false);
    const far = recorder({ ...standing, time: good.t + 3 });
    follow(good, far.target);
    expect(far.calls.find((c) => c[0] === 'seek')).toEqual(['seek', good.t]);
  });

  it('lands on the very moment when the presenter is paused, and mirrors pause and speed', () => {
    const r = recorder({ ...standing, time: good.t + 0.01 });
    follow({ ...good, playing: false, speed: 'fast' }, r.target);
    expect(r.calls).toContainEqual(['seek', good.t]);
    expect(r.calls).toContainEqual(['setRunning', false, null]);
    expect(r.calls).toContainEqual(['setSpeed', 'fast']);
  });

  it('changes voice, language, level and view as sent', () => {
    const r = recorder({ ...standing, perspective: 'someone-else' });
    const view = { ...DEFAULT_VIEW, labels: true };
    follow({ ...good, language: 'es', level: 'short', view }, r.target);
    expect(r.calls).toContainEqual(['setPerspective', good.perspective]);
    expect(r.calls).toContainEqual(['setLanguage', 'es']);
    expect(r.calls).toContainEqual(['setReadingLevel', 'short']);
    expect(r.calls).toContainEqual(['setView', view]);
  });
});

describe('the channel between the two views', () => {
  let stops: (() => void)[] = [];
  beforeAll(() => {
    // The presenter listens for its page closing; Node has no window.
    (globalThis as { window?: unknown }).window ??= new EventTarget();
  });
  afterEach(() => {
    for (const stop of stops) stop();
    stops = [];
  });

  it('the audience ignores malformed messages and follows a valid one, then stops when the presenter leaves', () => {
    const { a, b } = pair();
    const r = recorder({ time: 0, playing: false, pause: null, speed: 'normal', perspective: '' });
    useClassroom.setState({ presenter: 'waiting' });
    stops.push(startAudience(b, r.target));
    expect(b.sent).toEqual([{ v: CLASSROOM_PROTOCOL, type: 'hello' }]);
    for (const [, raw] of [
      ['junk', { type: 'moment', moment: {} }],
      ['script', 'alert(1)'],
    ] as const)
      a.postMessage(raw);
    expect(r.calls).toEqual([]);
    expect(useClassroom.getState().presenter).toBe('waiting');

    a.postMessage(msg(good));
    expect(r.calls).toContainEqual(['seek', good.t]);
    expect(useClassroom.getState().presenter).toBe('following');
    expect(b.sent).toContainEqual({ v: CLASSROOM_PROTOCOL, type: 'here' });

    a.postMessage({ v: CLASSROOM_PROTOCOL, type: 'bye' });
    expect(r.calls.at(-1)).toEqual(['setRunning', false, null]);
    expect(useClassroom.getState().presenter).toBe('closed');

    // A heartbeat the closing page sent after its goodbye changes nothing; a reopened presenter (from 1) does.
    const calls = r.calls.length;
    a.postMessage(msg({ ...good, playing: true }, { seq: 7 }));
    expect(r.calls.length).toBe(calls);
    expect(useClassroom.getState().presenter).toBe('closed');
    a.postMessage(msg(good, { seq: 1 }));
    expect(useClassroom.getState().presenter).toBe('following');
  });

  it('the presenter answers a new audience at once and sends each change of chapter', () => {
    const { a, b } = pair();
    actions.reset();
    stops.push(startPresenter(a));
    b.postMessage({ v: CLASSROOM_PROTOCOL, type: 'hello' });
    const moments = () =>
      a.sent.filter((m): m is { moment: ClassroomMoment } => (m as { type: string }).type === 'moment');
    expect(moments().at(-1)?.moment.t).toBe(0);
    expect(useClassroom.getState().audienceConnected).toBe(true);

    actions.nextChapter();
    frameLoop.run(performance.now()); // the read-out after the next tick
    const last = moments().at(-1)!.moment;
    expect(last.t).toBe(live.time);
    expect(last.chapter).toBe(story.chapters[1]!.id);
    expect(parseClassroomMessage(a.sent.at(-1), ctx)).not.toBeNull();
  });
});

describe('roles and addresses', () => {
  it('reads the role from the address, and makes the audience address from the presenter one', () => {
    expect(classroomRole('?presenter=1&bots=400')).toBe('presenter');
    expect(classroomRole('?audience=1')).toBe('audience');
    expect(classroomRole('?presenter=0')).toBe('main');
    const url = new URL(audienceAddress('http://localhost:5173/?bots=400&presenter=1#m=abc'));
    expect(url.searchParams.get('audience')).toBe('1');
    expect(url.searchParams.get('bots')).toBe('400');
    expect(url.searchParams.has('presenter')).toBe(false);
    expect(url.hash).toBe('');
  });
});
