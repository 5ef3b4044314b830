// Which checkpoint of its scenario a pause is: the n-th in time among that scenario's checkpoints, each counted
// once even when the scenario is shown in two chapters. The story picks the n-th prompt from it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDESIGNED_CHECKPOINTS } from '../../../renderer/engine/constants';
import type { StoryCue } from '../../../renderer/state/science';
import type { CheckpointPause } from '../../../renderer/state/store';
import { checkpointIndex } from '../../../renderer/ui/Overlays';

function checkpointCue(
  scenario: string,
  checkpointId: string,
  localTime: number,
  chapterIndex = 0,
): StoryCue {
  return {
    id: `${scenario}:${checkpointId}:${chapterIndex}`,
    kind: 'checkpoint',
    scenario,
    checkpointId,
    localTime,
    chapterIndex,
    time: 100 * chapterIndex + localTime,
  };
}

function otherCue(scenario: string, kind: StoryCue['kind'], localTime: number): StoryCue {
  return { id: `${scenario}:${kind}`, kind, scenario, localTime, chapterIndex: 0, time: localTime };
}

function pause(scenario: string, checkpointId: string): CheckpointPause {
  return { cueId: `${scenario}:${checkpointId}:0`, scenario, checkpointId };
}

describe('checkpointIndex', () => {
  it("counts the redesigned protocol's checkpoints in time order", () => {
    const cues = REDESIGNED_CHECKPOINTS.map((c) => checkpointCue('redesigned', c.id, c.time));
    REDESIGNED_CHECKPOINTS.forEach((c, i) => {
      expect(checkpointIndex(cues, pause('redesigned', c.id))).toBe(i);
    });
  });

  it('orders by scenario time, not by the order of the list', () => {
    const cues = [
      checkpointCue('redesigned', 'c', 30),
      checkpointCue('redesigned', 'a', 10),
      checkpointCue('redesigned', 'b', 20),
    ];
    expect(checkpointIndex(cues, pause('redesigned', 'a'))).toBe(0);
    expect(checkpointIndex(cues, pause('redesigned', 'b'))).toBe(1);
    expect(checkpointIndex(cues, pause('redesigned', 'c'))).toBe(2);
  });

  it('counts a checkpoint once when its scenario is placed in two chapters', () => {
    const cues = [
      checkpointCue('redesigned', 'first-layer', 10, 2),
      checkpointCue('redesigned', 'colour-check', 20, 2),
      checkpointCue('redesigned', 'first-layer', 10, 4),
      checkpointCue('redesigned', 'colour-check', 20, 4),
      checkpointCue('redesigned', 'shape-check', 30, 4),
    ];
    expect(checkpointIndex(cues, pause('redesigned', 'shape-check'))).toBe(2);
  });

  it("ignores other scenarios' checkpoints and cues of other kinds", () => {
    const cues = [
      checkpointCue('other', 'early', 1),
      otherCue('redesigned', 'colour-perceptible', 2),
      otherCue('redesigned', 'shape-deviation', 3),
      checkpointCue('redesigned', 'a', 10),
      { ...otherCue('redesigned', 'checkpoint', 5), checkpointId: undefined },
      checkpointCue('redesigned', 'b', 20),
    ];
    expect(checkpointIndex(cues, pause('redesigned', 'a'))).toBe(0);
    expect(checkpointIndex(cues, pause('redesigned', 'b'))).toBe(1);
    expect(checkpointIndex(cues, pause('other', 'early'))).toBe(0);
  });

  it('breaks a tie in time by checkpoint id, and falls back to the first prompt for an unknown pause', () => {
    const cues = [checkpointCue('s', 'beta', 10), checkpointCue('s', 'alpha', 10)];
    expect(checkpointIndex(cues, pause('s', 'alpha'))).toBe(0);
    expect(checkpointIndex(cues, pause('s', 'beta'))).toBe(1);
    expect(checkpointIndex(cues, pause('s', 'gamma'))).toBe(0);
    expect(checkpointIndex([], pause('s', 'alpha'))).toBe(0);
  });

  it('is the rank by time (then id) among distinct checkpoints, whatever the order and repetition', () => {
    const ids = fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(
        ids.chain((list) =>
          fc.record({
            list: fc.constant(list),
            times: fc.array(
              fc.integer({ min: 0, max: 5 }).map((t) => t * 10),
              {
                minLength: list.length,
                maxLength: list.length,
              },
            ),
            copies: fc.array(fc.integer({ min: 1, max: 3 }), {
              minLength: list.length,
              maxLength: list.length,
            }),
            order: fc.array(fc.nat(), { minLength: 3 * list.length, maxLength: 3 * list.length }),
          }),
        ),
        ({ list, times, copies, order }) => {
          const cues: StoryCue[] = [];
          list.forEach((id, i) => {
            for (let c = 0; c < copies[i]!; c++) cues.push(checkpointCue('s', id, times[i]!, c));
          });
          // Shuffle deterministically from the drawn numbers.
          const shuffled = cues.map((cue, i) => ({ cue, key: order[i]! })).sort((a, b) => a.key - b.key);
          const ranked = list
            .map((id, i) => ({ id, t: times[i]! }))
            .sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
          for (const id of list) {
            const expected = ranked.findIndex((r) => r.id === id);
            expect(
              checkpointIndex(
                shuffled.map((s) => s.cue),
                pause('s', id),
              ),
            ).toBe(expected);
          }
        },
      ),
    );
  });
});
