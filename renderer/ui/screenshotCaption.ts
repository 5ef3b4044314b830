// The screenshot's caption strip: which chapter, when, and the measurements on show, in two lines drawn under the
// picture. Plain functions (no DOM) so the strip's size and words are tested on their own.
import type { Language } from '../state/store';
import { t } from '../story';
import { formatClock, formatNumber, formatSimulated } from './format';

export interface CaptionFacts {
  chapterNumber: number;
  chapterCount: number;
  chapterTitle: string;
  /** Story-clock seconds. */
  time: number;
  scenarioLabel: string;
  /** Scenario-local simulated seconds. */
  localTime: number;
  restoredFraction: number;
  deltaE00Max: number;
  deltaE00Mean: number;
  shapeMmMax: number;
  shapeMmMean: number;
  bots: number;
}

/** The caption's two lines: where in the story, then the measurements. */
export function captionLines(f: CaptionFacts, lang: Language): [string, string] {
  const n = (v: number, d: number) => formatNumber(v, d, lang);
  const where = [
    `${t('appTitle', lang)} · ${t('chapterOf', lang, { n: f.chapterNumber, total: f.chapterCount })}: ${f.chapterTitle}`,
    `${t('storyTime', lang)} ${formatClock(f.time)}`,
    `${f.scenarioLabel}, ${formatSimulated(f.localTime, lang)}`,
  ].join(' · ');
  const measured = [
    `${t('metricRestored', lang)} ${n(f.restoredFraction * 100, 0)} %`,
    `${t('metricDeltaEMax', lang)} ${n(f.deltaE00Max, 2)}`,
    `${t('metricDeltaEMean', lang)} ${n(f.deltaE00Mean, 2)}`,
    `${t('chartShapeMax', lang)} ${n(f.shapeMmMax, 3)} mm`,
    `${t('chartShapeMean', lang)} ${n(f.shapeMmMean, 3)} mm`,
    `${t('metricBots', lang)} ${n(f.bots, 0)}`,
  ].join(' · ');
  return [where, measured];
}

/** Caption type size for a picture `width` pixels wide: readable on a slide, never tiny. */
export function captionFontPx(width: number): number {
  return Math.max(14, Math.round(width / 80));
}

/** Height of the caption strip under a picture `width` pixels wide (two lines and a margin). */
export function captionHeight(width: number): number {
  const font = captionFontPx(width);
  return Math.round(font * 1.45) * 2 + Math.round(font * 1.2);
}

/** A file name that sorts by chapter and moment: tooth-rebirth-<chapter>-<m>m<ss>s.png. */
export function screenshotName(chapterId: string, time: number): string {
  const clock = formatClock(time).replace(':', 'm');
  const safe = chapterId.replace(/[^a-z0-9-]+/gi, '-').slice(0, 60) || 'view';
  return `tooth-rebirth-${safe}-${clock}s.png`;
}
