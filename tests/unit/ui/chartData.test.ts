import { describe, expect, it } from 'vitest';
import { story } from '../../../renderer/state/storyModel';
import {
  type ChartSegment,
  ChartSeries,
  chapterMarks,
  scenarioSpan,
  storyTimeAt,
} from '../../../renderer/ui/chartData';

const segments = story.clock.segments as readonly ChartSegment[];
const indexOf = (id: string) => story.clock.segments.findIndex((s) => s.id === id);

describe('the charts’ axis and marks', () => {
  it('spans every moment the chapters show of the scenario on show', () => {
    expect(scenarioSpan(segments, 'first-patient')).toEqual({ from: 0, to: 80 });
    expect(scenarioSpan(segments, 'ivy')).toEqual({ from: 0, to: 80 });
    expect(scenarioSpan(segments, 'no-such-scenario')).toEqual({ from: 0, to: 1 });
  });

  it('marks where each chapter of the scenario begins, once per moment', () => {
    const marks = chapterMarks(segments, 'ivy');
    expect(marks.map((m) => m.local)).toEqual([0, 40, 50]);
    expect(marks[0]!.chapterIndex).toBe(indexOf('ivy-treatment'));
  });
});

describe('a click on a chart', () => {
  it('lands in the chapter on show when it shows that moment', () => {
    const i = indexOf('dismissed'); // ivy 50–80, story 150–180
    expect(storyTimeAt(segments, i, 60)).toBeCloseTo(160);
    const j = indexOf('public-display'); // the same span of ivy, later in the story
    expect(storyTimeAt(segments, j, 60)).toBeCloseTo(story.clock.segments[j]!.start + 10);
  });

  it('goes to the nearest chapter of the same scenario that shows it', () => {
    const i = indexOf('dismissed');
    const inTreatment = storyTimeAt(segments, i, 20);
    expect(story.clock.locate(inTreatment)).toMatchObject({ scenario: 'ivy', localTime: 20 });
    expect(inTreatment).toBeCloseTo(100);
  });

  it('round-trips through the story clock for every chapter', () => {
    for (const seg of story.clock.segments) {
      const local = (seg.from + seg.to) / 2;
      const t = storyTimeAt(segments, seg.index, local);
      expect(story.clock.locate(t)).toMatchObject({ index: seg.index, localTime: local });
    }
  });
});

describe('the chart series', () => {
  const track = {
    count: 5,
    time: Float64Array.of(0, 1, 2, 3, 4),
    restoredFraction: Float64Array.of(0, 0.25, 0.5, 0.75, 1),
    deltaE00Max: Float64Array.of(0, 1, 2, 3, 4),
    deltaE00Mean: Float64Array.of(0, 0.5, 1, 1.5, 2),
    shapeDeviationMmMax: Float64Array.of(0, 0.1, 0.2, 0.3, 0.4),
    shapeDeviationMmMean: Float64Array.of(0, 0.05, 0.1, 0.15, 0.2),
  };

  it('holds the scenario so far from its track, then appends the moments that follow', () => {
    const s = new ChartSeries();
    s.fillFromTrack(track, 1, 3);
    expect([...s.x.subarray(0, s.n)]).toEqual([1, 2]);
    expect(s.add(2.5, 0.6, 2.5, 1.2, 0.25, 0.12)).toBe(true);
    expect(s.add(2.5, 0.6, 2.5, 1.2, 0.25, 0.12)).toBe(false);
    const [x, de, mean] = s.view(['deMax', 'deMean']);
    expect([...x!]).toEqual([1, 2, 2.5]);
    expect([...de!]).toEqual([1, 2, 2.5]);
    expect([...mean!]).toEqual([0.5, 1, 1.2]);
  });

  it('drops what lies after a moment scrubbed back to', () => {
    const s = new ChartSeries();
    s.fillFromTrack(track, 0, 10);
    s.add(1.5, 0, 0, 0, 0, 0);
    expect([...s.x.subarray(0, s.n)]).toEqual([0, 1, 1.5]);
  });

  it('keeps every other sample when full, in order', () => {
    const s = new ChartSeries();
    for (let i = 0; i < 5000; i++) s.add(i, 0, i, 0, 0, 0);
    const x = s.x.subarray(0, s.n);
    for (let i = 1; i < x.length; i++) expect(x[i]!).toBeGreaterThan(x[i - 1]!);
    expect(s.last).toBe(4999);
  });
});
