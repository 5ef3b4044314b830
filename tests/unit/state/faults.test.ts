import { describe, expect, it } from 'vitest';
import { contextChanged, faultHooks, type RendererLike, registerScene } from '../../../renderer/state/faults';

/** A renderer whose context hands out WEBGL_lose_context until it is lost, as a browser's does. */
function fakeRenderer() {
  const calls: string[] = [];
  let lost = false;
  const extension = {
    loseContext: () => {
      calls.push('lose');
      lost = true;
    },
    restoreContext: () => {
      calls.push('restore');
      lost = false;
    },
  };
  const context = { getExtension: () => (lost ? null : extension) };
  const renderer = {
    getContext: () => context,
    info: { memory: { geometries: 3, textures: 2 }, programs: [1, 2] },
  } as unknown as RendererLike;
  return { renderer, calls };
}

const camera = () => ({
  position: [0, 0, 1] as [number, number, number],
  target: [0, 0, 0] as [number, number, number],
});

describe('the context fault hooks', () => {
  it('can still restore a context after the scene registered again while it was lost', () => {
    const { renderer, calls } = fakeRenderer();
    const withdraw = registerScene({ renderer, camera });
    expect(faultHooks.loseContext()).toBe(true);
    contextChanged(true);
    // The scene's camera controls unmount while the context is lost, and it registers again: the context
    // then has no extension to give.
    withdraw();
    registerScene({ renderer, camera });
    expect(faultHooks.restoreContext()).toBe(true);
    contextChanged(false);
    expect(calls).toEqual(['lose', 'restore']);
    expect(faultHooks.context()).toMatchObject({ lost: false, losses: 1, restores: 1 });
    expect(faultHooks.gl()).toEqual({ geometries: 3, textures: 2, programs: 2 });
  });

  it('refuses to lose a context twice or to restore one that is not lost', () => {
    const { renderer, calls } = fakeRenderer();
    registerScene({ renderer, camera });
    expect(faultHooks.restoreContext()).toBe(false);
    expect(faultHooks.loseContext()).toBe(true);
    contextChanged(true);
    expect(faultHooks.loseContext()).toBe(false);
    expect(faultHooks.restoreContext()).toBe(true);
    contextChanged(false);
    expect(calls).toEqual(['lose', 'restore']);
  });
});
