// What the charts panel plots, and where a click on it lands: plain functions over the story clock's segments and
// a scenario's metric track, so they are tested without a page. The charts' x axis is the scenario's own
// simulated time (a scenario can be shown by several chapters, some of them overlapping), and a click goes back to
// the story clock through the chapter on show whenever it shows that moment.
import { lowerBound } from '../state/search';

/** What the charts read of a chapter's place on the story clock (state/storyModel's `story.clock.segments`). */
export interface ChartSegment {
  readonly index: number;
  readonly scenario: string;
  /** Story-clock seconds where the chapter starts. */
  readonly start: number;
  /** Scenario-local seconds the chapter shows. */
  readonly from: number;
  readonly to: number;
}

/** What the charts read of a scenario's metric track (timeline/cues `MetricTrack`). */
export interface ChartTrack {
  readonly count: number;
  readonly time: Float64Array;
  readonly restoredFraction: Float64Array;
  readonly deltaE00Max: Float64Array;
  readonly deltaE00Mean: Float64Array;
  readonly shapeDeviationMmMax: Float64Array;
  readonly shapeDeviationMmMean: Float64Array;
}

/** The scenario-local span the chapters show of a scenario (the charts' x range). */
export function scenarioSpan(
  segments: readonly ChartSegment[],
  scenario: string,
): { from: number; to: number } {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const s of segments) {
    if (s.scenario !== scenario) continue;
    from = Math.min(from, s.from);
    to = Math.max(to, s.to);
  }
  return Number.isFinite(from) ? { from, to } : { from: 0, to: 1 };
}

/** Where each chapter showing the scenario begins, in scenario time (one mark per distinct start). */
export function chapterMarks(
  segments: readonly ChartSegment[],
  scenario: string,
): { local: number; chapterIndex: number }[] {
  const marks: { local: number; chapterIndex: number }[] = [];
  for (const s of segments) {
    if (s.scenario !== scenario || marks.some((m) => m.local === s.from)) continue;
    marks.push({ local: s.from, chapterIndex: s.index });
  }
  return marks.sort((a, b) => a.local - b.local);
}

/**
 * The story time of a scenario-local moment picked on a chart: in the chapter on show when it shows that moment,
 * else in the nearest chapter (by story order) of the same scenario that does; a moment no chapter shows goes to
 * the nearest end of the chapter on show.
 */
export function storyTimeAt(segments: readonly ChartSegment[], currentIndex: number, local: number): number {
  const current = segments[currentIndex];
  if (!current) return 0;
  let best: ChartSegment | null = null;
  for (const s of segments) {
    if (s.scenario !== current.scenario || local < s.from || local > s.to) continue;
    if (!best || Math.abs(s.index - currentIndex) < Math.abs(best.index - currentIndex)) best = s;
  }
  const seg = best ?? current;
  return seg.start + Math.min(seg.to, Math.max(seg.from, local)) - seg.from;
}

const CAPACITY = 2048;

/** The plotted columns, struct-of-arrays: uPlot takes typed arrays as they are. */
export class ChartSeries {
  readonly x = new Float64Array(CAPACITY);
  readonly restored = new Float64Array(CAPACITY);
  readonly deMax = new Float64Array(CAPACITY);
  readonly deMean = new Float64Array(CAPACITY);
  readonly mmMax = new Float64Array(CAPACITY);
  readonly mmMean = new Float64Array(CAPACITY);
  n = 0;
  private readonly columns = [this.x, this.restored, this.deMax, this.deMean, this.mmMax, this.mmMean];
  private readonly xAt = (i: number): number => this.x[i]!;

  reset(): void {
    this.n = 0;
  }

  /** The last x, or NaN when empty. */
  get last(): number {
    return this.n > 0 ? this.x[this.n - 1]! : Number.NaN;
  }

  /**
   * Adds a sample; a sample earlier than the last truncates the series there first (a scrub back), a full buffer
   * keeps every other sample. False when x is already the last sample.
   */
  add(x: number, restored: number, deMax: number, deMean: number, mmMax: number, mmMean: number): boolean {
    let n = this.n;
    if (n > 0 && x <= this.x[n - 1]!) {
      if (x === this.x[n - 1]) return false;
      n = lowerBound(n, this.xAt, x);
    }
    if (n === CAPACITY) {
      for (const c of this.columns) for (let i = 0; i < CAPACITY / 2; i++) c[i] = c[2 * i]!;
      n = CAPACITY / 2;
    }
    this.x[n] = x;
    this.restored[n] = restored;
    this.deMax[n] = deMax;
    this.deMean[n] = deMean;
    this.mmMax[n] = mmMax;
    this.mmMean[n] = mmMean;
    this.n = n + 1;
    return true;
  }

  /** The track's samples from `from` up to (not including) `until`: the scenario so far. */
  fillFromTrack(track: ChartTrack, from: number, until: number): void {
    this.reset();
    for (let i = 0; i < track.count; i++) {
      const t = track.time[i]!;
      if (t < from) continue;
      if (t >= until) break;
      this.add(
        t,
        track.restoredFraction[i]!,
        track.deltaE00Max[i]!,
        track.deltaE00Mean[i]!,
        track.shapeDeviationMmMax[i]!,
        track.shapeDeviationMmMean[i]!,
      );
    }
  }

  /** The columns as uPlot data: [x, ...y] views of the filled part. */
  view(ys: readonly ('restored' | 'deMax' | 'deMean' | 'mmMax' | 'mmMean')[]): Float64Array[] {
    return [this.x.subarray(0, this.n), ...ys.map((k) => this[k].subarray(0, this.n))];
  }
}
