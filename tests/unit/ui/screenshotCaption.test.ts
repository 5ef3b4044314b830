import { describe, expect, it } from 'vitest';
import {
  captionFontPx,
  captionHeight,
  captionLines,
  screenshotName,
} from '../../../renderer/ui/screenshotCaption';

const facts = {
  chapterNumber: 3,
  chapterCount: 12,
  chapterTitle: 'Ivy Liu’s smile',
  time: 95.4,
  scenarioLabel: 'Ivy Liu · original procedure',
  localTime: 15.4,
  restoredFraction: 0.456,
  deltaE00Max: 1.234,
  deltaE00Mean: 0.42,
  shapeMmMax: 0.0512,
  shapeMmMean: 0.0101,
  bots: 20000,
};

describe('the screenshot caption', () => {
  it('names the chapter, the moment and every measurement', () => {
    const [where, measured] = captionLines(facts, 'en');
    expect(where).toContain('Chapter 3 of 12: Ivy Liu’s smile');
    expect(where).toContain('1:35');
    expect(where).toContain('15.4 s');
    expect(measured).toContain('Restored 46 %');
    expect(measured).toContain('ΔE00 max 1.23');
    expect(measured).toContain('ΔE00 mean 0.42');
    expect(measured).toContain('Shape max 0.051 mm');
    expect(measured).toContain('20,000');
  });

  it('speaks Spanish with Spanish numbers', () => {
    const [where, measured] = captionLines(facts, 'es');
    expect(where).toContain('Capítulo 3 de 12');
    expect(measured).toContain('ΔE00 máx. 1,23');
  });

  it('grows its strip with the picture, readable on a small one', () => {
    expect(captionFontPx(640)).toBe(14);
    expect(captionFontPx(3840)).toBe(48);
    expect(captionHeight(3840)).toBeGreaterThan(captionHeight(1280));
    expect(captionHeight(1280)).toBeGreaterThanOrEqual(2 * captionFontPx(1280) * 1.4);
  });

  it('gives a file name that sorts by chapter and moment and is safe on every system', () => {
    expect(screenshotName('ivy-treatment', 95.4)).toBe('tooth-rebirth-ivy-treatment-1m35s.png');
    expect(screenshotName('a/b:c', 0)).toBe('tooth-rebirth-a-b-c-0m00s.png');
  });
});
