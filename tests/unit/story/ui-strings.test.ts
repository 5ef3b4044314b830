import { describe, expect, it } from 'vitest';
import {
  interpolate,
  LANGUAGE_NAMES,
  LANGUAGES,
  t,
  UI_KEYS,
  UI_STRINGS,
  type UiKey,
} from '../../../renderer/story';

describe('interface strings', () => {
  it('define every key in both languages', () => {
    expect(Object.keys(UI_STRINGS).sort()).toEqual([...UI_KEYS].sort());
    for (const key of UI_KEYS) {
      for (const lang of LANGUAGES) expect(UI_STRINGS[key][lang].trim(), `${key}.${lang}`).not.toBe('');
    }
  });

  it('give the controls the English accessible names the browser tests look for', () => {
    const names: Partial<Record<UiKey, string>> = {
      play: 'Play',
      pause: 'Pause',
      stepForward: 'Step forward',
      stepBack: 'Step back',
      speed: 'Speed',
      timeline: 'Timeline',
      previousChapter: 'Previous chapter',
      nextChapter: 'Next chapter',
      reset: 'Reset',
      language: 'Language',
    };
    for (const [key, name] of Object.entries(names)) expect(t(key as UiKey, 'en')).toBe(name);
  });

  it('carry the texts the design asks for', () => {
    expect(t('appTitle', 'en')).toBe('Tooth Rebirth');
    expect(t('cueFeed', 'en')).toBe('What the team noticed');
    expect(t('whatsReal', 'en')).toBe('What’s real?');
    expect(t('openModel', 'en')).toBe('Open a tooth scan');
    expect(t('checkpointContinue', 'en')).toBe('Continue');
    expect(t('touchToStart', 'en')).toBe('Touch to explore the story');
    expect(t('thresholdPerceptible', 'en')).toContain('0.8');
    expect(t('thresholdAcceptable', 'en')).toContain('1.8');
    expect(t('thresholdSource', 'en')).toContain('Paravina et al. 2015');
    expect(t('thresholdPerceptible', 'es')).toContain('0,8');
  });

  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of UI_KEYS) expect(names(UI_STRINGS[key].es), key).toEqual(names(UI_STRINGS[key].en));
  });

  it('name each language in itself', () => {
    expect(LANGUAGE_NAMES).toEqual({ en: 'English', es: 'Español' });
  });
});

describe('t()', () => {
  it('fills placeholders', () => {
    expect(t('chapterOf', 'en', { n: 3, total: 12 })).toBe('Chapter 3 of 12');
    expect(t('chapterOf', 'es', { n: 3, total: 12 })).toBe('Capítulo 3 de 12');
    expect(t('loading', 'en', { percent: 42 })).toBe('Reading the scan… 42%');
    expect(t('showPerspective', 'es', { name: 'Kade' })).toBe('Punto de vista: Kade');
  });

  it('writes numbers the way each language does', () => {
    expect(t('timeCompression', 'en', { days: 1.5 })).toMatch(
      /^Treatment: 1 s here = 1.5 days of natural enamel growth/,
    );
    expect(t('timeCompression', 'es', { days: 1.5 })).toMatch(
      /^Tratamiento: 1 s aquí = 1,5 días de crecimiento natural del esmalte/,
    );
    // Strings are used as given.
    expect(t('timeCompression', 'es', { days: '1.5' })).toContain('= 1.5 días');
  });

  it('leaves a placeholder without a value visible, and ignores extra values', () => {
    expect(t('chapterOf', 'en', { n: 2 })).toBe('Chapter 2 of {total}');
    expect(t('chapterOf', 'en')).toBe('Chapter {n} of {total}');
    expect(t('play', 'en', { n: 1 })).toBe('Play');
    // Inherited properties are not values.
    expect(interpolate('{toString}', 'en', {})).toBe('{toString}');
  });

  it('fills a placeholder every time it appears', () => {
    expect(interpolate('{a} and {a}, then {b}', 'en', { a: 'x', b: 2 })).toBe('x and x, then 2');
  });

  it('refuses an unknown key with a clear message', () => {
    expect(() => t('nonsense' as UiKey, 'en')).toThrow(/Unknown interface text "nonsense"/);
  });
});
