// The classroom pair: a presenter page (`?presenter=1`) drives an audience page (`?audience=1`) through a
// BroadcastChannel. One timeline drives both: the presenter sends its moment (time, playing, speed, clinical
// pause, chapter, voice, language, level, view) on every change and once a second as a heartbeat; the audience
// checks each message against a schema and the story, ignores anything else, and follows. Each page runs its
// own deterministic engine, so the same moment gives the same picture.
//
// If the presenter closes, it says goodbye: the audience stops on the moment it shows and says so. If the
// presenter goes silent (crashed, or its machine slept), the audience says it lost contact and keeps following
// the last moment it was given; a returning presenter takes over again with its next message.
import { z } from 'zod';
import { momentProblem, MomentSchema, type MomentContext } from './link';
import { frameLoop } from './frameLoop';
import { live } from './live';
import { type CheckpointPause, SPEED_FACTOR, type Speed, useApp } from './store';
import { appTarget, type MomentTarget, storyContext } from './share';
import { story } from './storyModel';
import { actions } from './actions';
import { create } from 'zustand';

export const CLASSROOM_CHANNEL = 'tooth-rebirth-classroom';
/** The audience window's name: opening it again finds the same window instead of a second one. */
export const AUDIENCE_WINDOW_NAME = 'tooth-rebirth-audience';
export const CLASSROOM_PROTOCOL = 1;
export const HEARTBEAT_MS = 1000;
/** No message for this long: the presenter is gone (a few heartbeats, so one late timer is not a loss). */
export const PRESENTER_SILENT_MS = 4000;
/** While playing, the audience jumps to the presenter's time only when it drifts farther than this (seconds). */
export const PLAYING_DRIFT_S = 0.5;

export type ClassroomRole = 'main' | 'presenter' | 'audience';

export function classroomRole(search: string): ClassroomRole {
  const q = new URLSearchParams(search);
  if (q.get('presenter') === '1') return 'presenter';
  if (q.get('audience') === '1') return 'audience';
  return 'main';
}

const shortId = z.string().max(64);
const PauseSchema = z.strictObject({ cueId: shortId, scenario: shortId, checkpointId: shortId });

export const ClassroomMomentSchema = z.strictObject({
  t: MomentSchema.shape.t,
  playing: z.boolean(),
  speed: z.enum(['slow', 'normal', 'fast']),
  /** The redesigned protocol's clinical pause the presenter stands on, if any. */
  pause: PauseSchema.nullable(),
  chapter: MomentSchema.shape.chapter,
  perspective: MomentSchema.shape.perspective,
  language: MomentSchema.shape.language,
  level: MomentSchema.shape.level,
  view: MomentSchema.shape.view,
});
export type ClassroomMoment = z.infer<typeof ClassroomMomentSchema>;

const v = z.literal(CLASSROOM_PROTOCOL);
export const ClassroomMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    v,
    type: z.literal('moment'),
    seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    moment: ClassroomMomentSchema,
  }),
  /** An audience page has opened: the presenter answers with its moment at once. */
  z.strictObject({ v, type: z.literal('hello') }),
  /** An audience page is following (answer to a moment). */
  z.strictObject({ v, type: z.literal('here') }),
  /** The presenter page is closing. */
  z.strictObject({ v, type: z.literal('bye') }),
]);
export type ClassroomMessage = z.infer<typeof ClassroomMessageSchema>;

/** A message from the channel, or null for anything malformed, hostile or from another version. */
export function parseClassroomMessage(raw: unknown, ctx: MomentContext): ClassroomMessage | null {
  const r = ClassroomMessageSchema.safeParse(raw);
  if (!r.success) return null;
  if (r.data.type === 'moment' && momentProblem(r.data.moment, ctx) !== null) return null;
  return r.data;
}

/** What the audience page reads and changes to follow; the app's store, or a stand-in in tests. */
export interface FollowTarget extends MomentTarget {
  now(): { time: number; playing: boolean; pause: CheckpointPause | null; speed: Speed; perspective: string };
  setRunning(playing: boolean, pause: CheckpointPause | null): void;
  setSpeed(speed: Speed): void;
}

const samePause = (a: CheckpointPause | null, b: CheckpointPause | null) =>
  a === b || (a !== null && b !== null && a.cueId === b.cueId && a.scenario === b.scenario);

/** Brings the audience to the presenter's moment: the clock only when it is off, the rest as sent. */
export function follow(m: ClassroomMoment, target: FollowTarget): void {
  const drift = Math.abs(target.now().time - m.t);
  // A paused pair shows the same step; a playing pair may differ by a frame or two of network and engine lag.
  if (drift > (m.playing && m.pause === null ? PLAYING_DRIFT_S : 1e-9)) target.seek(m.t);
  // Read again: a seek leaves any clinical pause and may change the chapter's voices.
  const now = target.now();
  if (m.playing !== now.playing || !samePause(m.pause, now.pause)) target.setRunning(m.playing, m.pause);
  if (m.speed !== now.speed) target.setSpeed(m.speed);
  if (m.perspective !== now.perspective) target.setPerspective(m.perspective);
  target.setLanguage(m.language);
  target.setReadingLevel(m.level);
  target.setView(m.view);
}

const appFollowTarget: FollowTarget = {
  ...appTarget,
  setView: (view) => {
    // The same object every heartbeat would re-render every view reader for nothing.
    if (JSON.stringify(useApp.getState().view) !== JSON.stringify(view)) appTarget.setView(view);
  },
  now: () => {
    const s = useApp.getState();
    return {
      time: live.time,
      playing: s.playing,
      pause: s.pause,
      speed: s.speed,
      perspective: s.perspective,
    };
  },
  setRunning: (playing, pause) => useApp.setState({ playing, pause }),
  setSpeed: actions.setSpeed,
};

/** The presenter's moment. */
export function presenterMoment(): ClassroomMoment {
  const s = useApp.getState();
  return {
    t: live.time,
    playing: s.playing,
    speed: s.speed,
    pause: s.pause,
    chapter: story.chapters[story.clock.indexAt(live.time)]?.id ?? '',
    perspective: s.perspective,
    language: s.language,
    level: s.settings.readingLevel,
    view: s.view,
  };
}

export type AudienceLink = 'waiting' | 'following' | 'silent' | 'closed';

interface ClassroomState {
  /** Presenter: an audience page answered within the last few heartbeats. */
  audienceConnected: boolean;
  /** Audience: how it stands with the presenter. */
  presenter: AudienceLink;
}

export const useClassroom = create<ClassroomState>(() => ({
  audienceConnected: false,
  presenter: 'waiting',
}));

type Channel = Pick<BroadcastChannel, 'postMessage' | 'close'> & {
  onmessage: ((e: MessageEvent) => void) | null;
};

const openChannel = (): Channel => new BroadcastChannel(CLASSROOM_CHANNEL);

/** Presenter: send the moment on each change and as a heartbeat; returns the stop. */
export function startPresenter(channel: Channel = openChannel()): () => void {
  let seq = 0;
  let last: ClassroomMoment | null = null;
  let sentAt = 0;
  let audienceSeenAt = Number.NEGATIVE_INFINITY;
  const send = () => {
    last = presenterMoment();
    sentAt = performance.now();
    channel.postMessage({ v: CLASSROOM_PROTOCOL, type: 'moment', seq: ++seq, moment: last });
  };
  // Checked after every tick: a control changed something, or the clock went where playing would not take it.
  const offReadout = frameLoop.addReadout(() => {
    const s = useApp.getState();
    const l = last;
    if (
      l === null ||
      s.playing !== l.playing ||
      s.pause !== l.pause ||
      s.speed !== l.speed ||
      s.perspective !== l.perspective ||
      s.language !== l.language ||
      s.settings.readingLevel !== l.level ||
      s.view !== l.view
    ) {
      send();
      return;
    }
    const running = l.playing && l.pause === null;
    const expected = running ? l.t + ((performance.now() - sentAt) / 1000) * SPEED_FACTOR[l.speed] : l.t;
    if (Math.abs(live.time - expected) > (running ? PLAYING_DRIFT_S / 2 : 0)) send();
  });
  const heartbeat = setInterval(() => {
    send();
    useClassroom.setState({ audienceConnected: performance.now() - audienceSeenAt < PRESENTER_SILENT_MS });
  }, HEARTBEAT_MS);
  const ctx = storyContext();
  channel.onmessage = (e) => {
    const msg = parseClassroomMessage(e.data, ctx);
    if (msg?.type !== 'hello' && msg?.type !== 'here') return;
    audienceSeenAt = performance.now();
    useClassroom.setState({ audienceConnected: true });
    if (msg.type === 'hello') send();
  };
  const bye = () => channel.postMessage({ v: CLASSROOM_PROTOCOL, type: 'bye' });
  window.addEventListener('pagehide', bye);
  return () => {
    offReadout();
    clearInterval(heartbeat);
    window.removeEventListener('pagehide', bye);
    bye();
    channel.close();
  };
}

/** Audience: announce itself, follow every valid moment, say when the presenter is gone; returns the stop. */
export function startAudience(
  channel: Channel = openChannel(),
  target: FollowTarget = appFollowTarget,
): () => void {
  let lastSeq = -1;
  let heardAt = Number.NEGATIVE_INFINITY;
  const ctx = storyContext();
  channel.onmessage = (e) => {
    const msg = parseClassroomMessage(e.data, ctx);
    if (msg === null) return;
    if (msg.type === 'bye') {
      // A moment the closing page sent after its goodbye (a heartbeat during unload) must not bring it back:
      // only a reopened presenter, counting from 1 again, does.
      lastSeq = Number.POSITIVE_INFINITY;
      target.setRunning(false, null);
      useClassroom.setState({ presenter: 'closed' });
      return;
    }
    if (msg.type !== 'moment') return;
    // A reopened presenter counts from 1 again; anything else older than what was applied is stale.
    if (msg.seq <= lastSeq && msg.seq !== 1) return;
    lastSeq = msg.seq;
    heardAt = performance.now();
    follow(msg.moment, target);
    if (useClassroom.getState().presenter !== 'following') useClassroom.setState({ presenter: 'following' });
    channel.postMessage({ v: CLASSROOM_PROTOCOL, type: 'here' });
  };
  const watch = setInterval(() => {
    if (
      useClassroom.getState().presenter === 'following' &&
      performance.now() - heardAt > PRESENTER_SILENT_MS
    )
      useClassroom.setState({ presenter: 'silent' });
  }, HEARTBEAT_MS);
  channel.postMessage({ v: CLASSROOM_PROTOCOL, type: 'hello' });
  return () => {
    clearInterval(watch);
    channel.close();
  };
}

/** The audience page's address, from the presenter's: the same page and swarm, the audience role. */
export function audienceAddress(presenterAddress: string): string {
  const url = new URL(presenterAddress);
  url.searchParams.delete('presenter');
  url.searchParams.set('audience', '1');
  url.hash = '';
  return url.toString();
}

/**
 * Opens the audience window, or finds it if it is open (the fixed name): an empty open returns the existing
 * window without reloading it. Null when the browser blocked the window.
 */
export function openAudienceWindow(): Window | null {
  const w = window.open('', AUDIENCE_WINDOW_NAME);
  if (!w) return null;
  let blank = false;
  try {
    blank = w.location.href === 'about:blank';
  } catch {
    blank = false; // another page holds the name: leave it alone
  }
  if (blank) w.location.replace(audienceAddress(window.location.href));
  return w;
}
