import { beforeEach, describe, expect, it } from 'vitest';
import { actions } from '../../../renderer/state/actions';
import { live } from '../../../renderer/state/live';
import { STEP_SECONDS, useApp } from '../../../renderer/state/store';
import { story } from '../../../renderer/state/storyModel';

describe('control actions on the story clock', () => {
  beforeEach(() => {
    actions.reset();
    live.seekPending = false;
  });

  it('steps by a fixed amount, snapped to the step grid, and asks the engine to jump', () => {
    actions.seek(10.2);
    live.seekPending = false;
    actions.stepForward();
    expect(live.time).toBeCloseTo(10.5, 12);
    expect(live.seekPending).toBe(true);
    actions.stepBack();
    actions.stepBack();
    expect(live.time).toBeCloseTo(10.5 - 2 * STEP_SECONDS, 12);
    expect(useApp.getState().playing).toBe(false);
  });

  it('never leaves the story: stepping back at 0 stays at 0, seeking past the end lands on the end', () => {
    actions.stepBack();
    expect(live.time).toBe(0);
    actions.seek(1e9);
    expect(live.time).toBe(story.clock.duration);
    actions.seek(Number.NaN);
    expect(live.time).toBe(0);
  });

  it('moves between chapters like a music player', () => {
    const second = story.clock.chapterStart(1);
    actions.seek(second + 10);
    actions.previousChapter();
    expect(live.time).toBe(second); // well into a chapter: back to its start
    actions.previousChapter();
    expect(live.time).toBe(0); // at its start: the chapter before
    actions.nextChapter();
    expect(live.time).toBe(second);
    expect(useApp.getState().chapterIndex).toBe(1);
  });

  it('selects perspectives only among the characters of the chapter on show', () => {
    actions.seek(story.clock.chapterStart(2) + 1);
    const present = story.charactersIn(2);
    actions.setPerspective(2);
    expect(useApp.getState().perspective).toBe(present[1]);
    actions.setPerspective(99);
    expect(useApp.getState().perspective).toBe(present[1]);
    const absent = ['elena', 'mateo', 'almasi', 'kade', 'ivy', 'young-patient', 'child'].find(
      (c) => !present.includes(c),
    )!;
    actions.setPerspective(absent);
    expect(useApp.getState().perspective).toBe(present[1]);
  });

  it('play from the very end starts the story again', () => {
    actions.seek(story.clock.duration);
    actions.play();
    expect(live.time).toBe(0);
    expect(useApp.getState().playing).toBe(true);
    actions.pause();
  });
});
