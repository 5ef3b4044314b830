// What the controls do. Each action changes slow state (zustand) and/or the story clock in `live`; the frame
// loop (`SimController.tick`) then brings the simulation to that moment. The UI calls only these.
import { live } from './live';
import { restartReadingWait } from './pacing';
import { defaultSettings, type Settings, saveSettings } from './settings';
import { type Language, rememberLanguage, type Speed, STEP_SECONDS, safeStorage, useApp } from './store';
import { story } from './storyModel';
import type { ViewSettings } from './view';

function setTime(t: number, seek: boolean): void {
  live.time = story.clock.clamp(t);
  // Until the frame loop has the engine on the new moment, nothing on screen stands for it.
  live.settled = false;
  if (seek) {
    live.seekPending = true;
    // A jump lands the reader on a moment they have not read yet: a kiosk's reading time starts again.
    restartReadingWait();
  }
  story.sync(live.time);
}

export const actions = {
  play(): void {
    if (live.time >= live.duration) setTime(0, true);
    useApp.setState({ playing: true, pause: null });
  },
  pause(): void {
    useApp.setState({ playing: false });
  },
  togglePlay(): void {
    if (useApp.getState().playing) actions.pause();
    else actions.play();
  },
  stepForward(): void {
    useApp.setState({ playing: false, pause: null });
    setTime(Math.round((live.time + STEP_SECONDS) / STEP_SECONDS) * STEP_SECONDS, true);
  },
  stepBack(): void {
    useApp.setState({ playing: false, pause: null });
    setTime(Math.round((live.time - STEP_SECONDS) / STEP_SECONDS) * STEP_SECONDS, true);
  },
  /** Jump to story time t (seconds), e.g. from the scrubber. */
  seek(t: number): void {
    useApp.setState({ pause: null });
    setTime(t, true);
  },
  setSpeed(speed: Speed): void {
    useApp.setState({ speed });
  },
  previousChapter(): void {
    const idx = story.clock.indexAt(live.time);
    const start = story.clock.chapterStart(idx);
    // Like a music player: if well into a chapter, go back to its start; at its start, go to the one before.
    const target = live.time - start > 1.5 || idx === 0 ? start : story.clock.chapterStart(idx - 1);
    actions.seek(target);
  },
  nextChapter(): void {
    const idx = story.clock.indexAt(live.time);
    if (idx < story.clock.segments.length - 1) actions.seek(story.clock.chapterStart(idx + 1));
  },
  reset(): void {
    useApp.setState({ playing: false, pause: null, speed: 'normal' });
    setTime(0, true);
  },
  /** Select a perspective by character id, or by 1-based position among the chapter's characters. */
  setPerspective(idOrNumber: string | number): void {
    const present = story.charactersIn(useApp.getState().chapterIndex);
    const id = typeof idOrNumber === 'number' ? present[idOrNumber - 1] : idOrNumber;
    if (id && present.includes(id)) useApp.setState({ perspective: id });
  },
  setLanguage(language: Language): void {
    rememberLanguage(language);
    useApp.setState({ language });
    document.documentElement.lang = language;
  },
  /** Leave a redesigned-protocol checkpoint pause and carry on playing. */
  continueFromCheckpoint(): void {
    useApp.setState({ pause: null, playing: true });
  },
  toggleCrossSection(): void {
    const cut = useApp.getState().view.crossSection;
    actions.setView({ crossSection: { ...cut, on: !cut.on } });
  },
  /** Change what the view shows (one or more teaching tools); the rest stays as it is. */
  setView(patch: Partial<ViewSettings>): void {
    useApp.setState((s) => ({ view: { ...s.view, ...patch } }));
  },
  /** Change and remember settings. */
  setSettings(patch: Partial<Settings>): void {
    const settings = { ...useApp.getState().settings, ...patch };
    saveSettings(settings, safeStorage());
    useApp.setState({ settings });
  },
  /** Back to the defaults (a kiosk's Reset, or Reset settings on a desktop), and remember that. */
  resetSettings(kiosk: boolean): void {
    const settings = defaultSettings(kiosk);
    saveSettings(settings, safeStorage());
    useApp.setState({ settings });
  },
  /** Kiosk: someone touched the screen. */
  wake(): void {
    if (useApp.getState().idle) useApp.setState({ idle: false });
  },
  /** Go on from where the clock waits: a chapter's end or a clinical pause. */
  continueStory(): void {
    useApp.setState({ chapterHold: null, pause: null, playing: true });
  },
};

export type Actions = typeof actions;
