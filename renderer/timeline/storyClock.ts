// One story clock over all chapters. Each chapter shows a span of its scenario's simulated time; the chapters
// are laid end to end in story order, so story time t maps to (chapter, scenario, local simulated time).
// Plain TypeScript: no DOM, no React.
import { lastAtOrBefore } from '../engine/search';

export interface ChapterSpan {
  readonly id: string;
  readonly scenario: string;
  readonly span: { readonly from: number; readonly to: number };
}

export interface Segment {
  readonly index: number;
  readonly id: string;
  readonly scenario: string;
  /** Story-clock seconds where the chapter starts and ends. */
  readonly start: number;
  readonly end: number;
  /** Scenario-local simulated seconds the chapter shows. */
  readonly from: number;
  readonly to: number;
}

export interface Location {
  index: number;
  scenario: string;
  localTime: number;
}

export class StoryClock {
  readonly segments: readonly Segment[];
  readonly duration: number;
  /** The key the chapter search reads, bound once so the per-frame `indexAt` allocates no closure. */
  private readonly startOf = (i: number): number => this.segments[i]!.start;

  constructor(chapters: readonly ChapterSpan[]) {
    if (chapters.length === 0) throw new Error('The story needs at least one chapter');
    let start = 0;
    this.segments = chapters.map((c, index) => {
      const length = c.span.to - c.span.from;
      if (!(length > 0)) throw new Error(`Chapter "${c.id}" has an empty span`);
      const seg: Segment = {
        index,
        id: c.id,
        scenario: c.scenario,
        start,
        end: start + length,
        from: c.span.from,
        to: c.span.to,
      };
      start += length;
      return seg;
    });
    this.duration = start;
  }

  clamp(t: number): number {
    return Number.isFinite(t) ? Math.min(this.duration, Math.max(0, t)) : 0;
  }

  /** The chapter index at story time t (the last chapter owns the very end). */
  indexAt(t: number): number {
    // Segment 0 starts at 0 and c is clamped to [0, duration], so some segment always starts at or before c.
    return Math.max(0, lastAtOrBefore(this.segments.length, this.startOf, this.clamp(t)));
  }

  /** Where story time t falls; writes into `out` so the per-frame path allocates nothing. */
  locate(t: number, out: Location = { index: 0, scenario: '', localTime: 0 }): Location {
    const c = this.clamp(t);
    const seg = this.segments[this.indexAt(c)]!;
    out.index = seg.index;
    out.scenario = seg.scenario;
    out.localTime = seg.from + (c - seg.start);
    return out;
  }

  /** Story time of a scenario-local moment inside chapter `index`. */
  storyTime(index: number, localTime: number): number {
    const seg = this.segments[index];
    if (!seg) throw new RangeError(`No chapter ${index}`);
    return seg.start + Math.min(seg.to, Math.max(seg.from, localTime)) - seg.from;
  }

  chapterStart(index: number): number {
    const i = Math.min(this.segments.length - 1, Math.max(0, index));
    return this.segments[i]!.start;
  }
}
