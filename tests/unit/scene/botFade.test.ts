import { describe, expect, it } from 'vitest';
import { BotState } from '../../../renderer/engine/types';
import { LONG_AGO, updateBotStates } from '../../../renderer/scene/botFade';

describe('updateBotStates', () => {
  it('stamps the time on bots whose state changed, keeps the others, and copies the states', () => {
    const states = Uint8Array.from([
      BotState.Travelling,
      BotState.Depositing,
      BotState.Dormant,
      BotState.Reservoir,
    ]);
    const since = Float32Array.from([1, 2, 3, 4]);
    const next = Uint8Array.from([
      BotState.Travelling,
      BotState.Dormant,
      BotState.Travelling,
      BotState.Reservoir,
    ]);
    expect(updateBotStates(states, next, since, 4, 10, false)).toBe(2);
    expect([...states]).toEqual([...next]);
    // The depositing bot that went dormant starts fading now; the dormant one that woke is drawn from now.
    expect([...since]).toEqual([1, 10, 10, 4]);
  });

  it('on a fresh frame (seek, restart) shows the moment as it is: every bot long past its change', () => {
    const states = new Uint8Array(3);
    const since = new Float32Array(3);
    const next = Uint8Array.from([BotState.Dormant, BotState.Recalled, BotState.Travelling]);
    expect(updateBotStates(states, next, since, 3, 5, true)).toBe(0);
    expect([...since]).toEqual([LONG_AGO, LONG_AGO, LONG_AGO]);
    expect([...states]).toEqual([...next]);
  });

  it('touches only the first `count` bots', () => {
    const states = new Uint8Array(4);
    const since = new Float32Array(4);
    updateBotStates(states, Uint8Array.from([1, 1, 1, 1]), since, 2, 7, false);
    expect([...states]).toEqual([1, 1, 0, 0]);
    expect([...since]).toEqual([7, 7, 0, 0]);
  });
});
