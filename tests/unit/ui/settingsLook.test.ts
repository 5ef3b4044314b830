import { describe, expect, it } from 'vitest';
import { prefersReducedMotion } from '../../../renderer/state/motion';
import { SWARM_MAX, SWARM_MIN } from '../../../renderer/state/settings';
import { rootClasses, SWARM_STEPS } from '../../../renderer/ui/SettingsPanel';

describe('the look the settings choose', () => {
  it('puts the theme, text size and motion on the page root as classes', () => {
    expect(rootClasses({ theme: 'default', textSize: 'normal' }, false)).toEqual([]);
    expect(rootClasses({ theme: 'projector', textSize: 'larger' }, true)).toEqual([
      'theme-projector',
      'text-larger',
      'reduce-motion',
    ]);
  });

  it('follows the system for reduced motion unless told otherwise', () => {
    expect(prefersReducedMotion('system', true)).toBe(true);
    expect(prefersReducedMotion('system', false)).toBe(false);
    expect(prefersReducedMotion('on', false)).toBe(true);
    expect(prefersReducedMotion('off', true)).toBe(false);
  });

  it('offers swarms from the smallest to the largest the settings hold, in order', () => {
    expect(SWARM_STEPS[0]).toBe(SWARM_MIN);
    expect(SWARM_STEPS.at(-1)).toBe(SWARM_MAX);
    expect(SWARM_STEPS).toContain(100_000);
    for (let i = 1; i < SWARM_STEPS.length; i++) expect(SWARM_STEPS[i]!).toBeGreaterThan(SWARM_STEPS[i - 1]!);
  });
});
