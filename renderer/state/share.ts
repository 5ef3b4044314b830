// Sharing a moment: the link to the moment on show, and opening one (from the address's `#m=…`, at start-up
// or on `hashchange`). Opening checks the whole link first and only then changes anything, so a bad link
// leaves the moment on show exactly as it was and says why in one sentence.
import { create } from 'zustand';
import { actions } from './actions';
import { type CameraPose, cameraPort, roundPose } from './camera';
import {
  decodeMoment,
  encodeMoment,
  LINK_VERSION,
  type LinkResult,
  type Moment,
  type MomentContext,
} from './link';
import { live } from './live';
import type { ReadingLevel } from './settings';
import { type Language, useApp } from './store';
import { story } from './storyModel';
import type { ViewSettings } from './view';

/** The desktop app's registered scheme: its links open the app on the moment. */
export const DESKTOP_LINK_PREFIX = 'tooth-rebirth://open#';

/** Address parameters that belong to one window, not to the moment (a shared link opens a plain view). */
const WINDOW_PARAMS = ['presenter', 'audience', 't', 'play'];

interface ShareState {
  /** Why the last link could not be opened (null: nothing to say). */
  message: string | null;
}

export const useShare = create<ShareState>(() => ({ message: null }));

export function dismissLinkMessage(): void {
  useShare.setState({ message: null });
}

/** What the story offers, for checking a link. */
export function storyContext(): MomentContext {
  return {
    chapterIds: story.chapters.map((c) => c.id),
    perspectivesOf: (id) =>
      story.chapters.find((c) => c.id === id)?.perspectives.map((p) => p.character) ?? [],
    duration: story.clock.duration,
    chapterAt: (t) => story.chapters[story.clock.indexAt(t)]?.id ?? '',
  };
}

/** The moment on show, the camera read from the scene now. */
export function currentMoment(): Moment {
  const s = useApp.getState();
  const pose = cameraPort.read();
  return {
    v: LINK_VERSION,
    t: live.time,
    chapter: story.chapters[story.clock.indexAt(live.time)]?.id ?? '',
    perspective: s.perspective,
    language: s.language,
    level: s.settings.readingLevel,
    camera: pose ? roundPose(pose) : null,
    view: s.view,
  };
}

/** The link to a moment: the page's address with the fragment, or the desktop app's own scheme. */
export function linkTo(moment: Moment, address: string, desktop: boolean): string {
  const token = encodeMoment(moment);
  if (desktop) return `${DESKTOP_LINK_PREFIX}${token}`;
  const url = new URL(address);
  for (const p of WINDOW_PARAMS) url.searchParams.delete(p);
  url.hash = token;
  return url.toString();
}

/** The link to the moment on show, for this window (web page or desktop app). */
export function shareLink(): string {
  return linkTo(currentMoment(), window.location.href, window.toothRebirthHost !== undefined);
}

/** What opening a moment changes; the app's actions, or a stand-in in tests. */
export interface MomentTarget {
  pause(): void;
  seek(t: number): void;
  setPerspective(id: string): void;
  setLanguage(language: Language): void;
  setReadingLevel(level: ReadingLevel): void;
  setView(view: ViewSettings): void;
  setCamera(pose: CameraPose): void;
}

export const appTarget: MomentTarget = {
  pause: actions.pause,
  seek: actions.seek,
  setPerspective: actions.setPerspective,
  setLanguage: (language) => {
    if (useApp.getState().language !== language) actions.setLanguage(language);
  },
  setReadingLevel: (readingLevel) => {
    if (useApp.getState().settings.readingLevel !== readingLevel) actions.setSettings({ readingLevel });
  },
  setView: (view) => actions.setView(view),
  setCamera: cameraPort.apply,
};

/** Shows a checked moment: the clock first (it sets the chapter), then the voice, the words and the view. */
export function applyMoment(m: Moment, target: MomentTarget = appTarget): void {
  target.pause();
  target.seek(m.t);
  target.setPerspective(m.perspective);
  target.setLanguage(m.language);
  target.setReadingLevel(m.level);
  target.setView(m.view);
  if (m.camera) target.setCamera(m.camera);
}

/** Checks a link in full, then shows its moment; a bad link changes nothing. */
export function openMoment(
  link: string,
  target: MomentTarget = appTarget,
  ctx: MomentContext = storyContext(),
): LinkResult {
  const result = decodeMoment(link, ctx);
  if (result.ok) applyMoment(result.moment, target);
  return result;
}

/** Opens the moment in the address's fragment, if any, and clears the fragment so the same link opens again. */
export function openLinkFromAddress(): void {
  const { hash, pathname, search } = window.location;
  if (!hash.startsWith('#m=')) return;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  const result = openMoment(hash);
  useShare.setState({ message: result.ok ? null : result.message });
}

/**
 * Says on screen what the address's start options had changed (see StartOptions.notes), after any message
 * about the link in it: the app opened anyway, and the visitor or the person who wrote the link sees why it
 * looks as it does.
 */
export function noteStartOptions(notes: readonly string[]): void {
  if (notes.length === 0) return;
  const note = `Part of this address was not used as written: ${notes.join('; ')}.`;
  useShare.setState((s) => ({ message: s.message ? `${s.message} ${note}` : note }));
}

/** A link in the address at start-up, and any link handed over later by a change of the fragment. */
export function setupLinks(): void {
  openLinkFromAddress();
  window.addEventListener('hashchange', openLinkFromAddress);
}
