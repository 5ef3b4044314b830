import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  loadSettings,
  parseSettings,
  SETTINGS_KEY,
  saveSettings,
  SWARM_MAX,
} from '../../../renderer/state/settings';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

describe('settings', () => {
  it('desktop and kiosk defaults differ where a kiosk needs them to', () => {
    expect(defaultSettings(false)).toMatchObject({ pauseAtChapterEnds: true, readingLevel: 'full' });
    expect(defaultSettings(true)).toMatchObject({ pauseAtChapterEnds: false, readingLevel: 'short' });
  });

  it('are remembered and read back', () => {
    const st = memoryStorage();
    const s = {
      ...defaultSettings(false),
      theme: 'projector' as const,
      bots: SWARM_MAX,
      textSize: 'larger' as const,
    };
    saveSettings(s, st);
    expect(loadSettings(defaultSettings(false), st)).toEqual(s);
  });

  it('keep the good fields of a damaged record and default the rest', () => {
    const d = defaultSettings(false);
    const got = parseSettings(
      { theme: 'projector', bots: 3, textSize: 'huge', readingLevel: 'short', __proto__: { x: 1 } },
      d,
    );
    expect(got).toEqual({ ...d, theme: 'projector', readingLevel: 'short' });
  });

  it('fall back to the defaults on unreadable storage or damaged JSON', () => {
    const d = defaultSettings(true);
    const st = memoryStorage();
    st.data.set(SETTINGS_KEY, '{not json');
    expect(loadSettings(d, st)).toEqual(d);
    expect(
      loadSettings(d, {
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toEqual(d);
    expect(() =>
      saveSettings(d, {
        setItem: () => {
          throw new Error('full');
        },
      }),
    ).not.toThrow();
  });
});
