// The anomaly map's bands: the thresholds they cut at, the colours they show, and the material switch.
import { converter } from 'culori';
import { describe, expect, it } from 'vitest';
import {
  ACCEPTABILITY_THRESHOLD_DE00,
  PERCEPTIBILITY_THRESHOLD_DE00,
} from '../../../renderer/colour/thresholds';
import {
  COLOUR_BANDS,
  colourBandOf,
  MAP_MODE_CODE,
  SHAPE_BANDS,
  SHAPE_EDGES_MM,
  shapeBandOf,
} from '../../../renderer/state/anomalyMap';
import { createEnamelMaterial, setAnomalyMap } from '../../../renderer/scene/enamelMaterial';
import { ANOMALY_MAP_MODES } from '../../../renderer/state/view';

const toLab = converter('lab65');
const lightness = (hex: string) => toLab(hex)!.l;

describe('anomaly map bands', () => {
  it('cut the colour difference at the dentistry thresholds, an edge belonging to the band above', () => {
    expect(COLOUR_BANDS[1]!.from).toBe(PERCEPTIBILITY_THRESHOLD_DE00);
    expect(COLOUR_BANDS[2]!.from).toBe(ACCEPTABILITY_THRESHOLD_DE00);
    expect([0, 0.79, 0.8, 1.79, 1.8, 12].map(colourBandOf)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('cut the shape deviation by size at the story limit and half of it, missing below, extra above', () => {
    expect(SHAPE_EDGES_MM).toEqual([0.05, 0.1]);
    expect([-0.5, -0.1, -0.07, -0.01, 0, 0.01, 0.07, 0.1, 0.5].map(shapeBandOf)).toEqual([
      0, 0, 1, 2, 2, 2, 3, 4, 4,
    ]);
  });

  it('order their colours in lightness, so the bands read without colour vision', () => {
    const colour = COLOUR_BANDS.map((b) => lightness(b.colour));
    expect(colour[0]! - colour[1]!).toBeGreaterThan(15);
    expect(colour[1]! - colour[2]!).toBeGreaterThan(15);
    // Diverging: the neutral middle lightest, each step out darker on both sides.
    const shape = SHAPE_BANDS.map((b) => lightness(b.colour));
    expect(shape[2]!).toBeGreaterThan(shape[1]!);
    expect(shape[1]!).toBeGreaterThan(shape[0]!);
    expect(shape[2]!).toBeGreaterThan(shape[3]!);
    expect(shape[3]!).toBeGreaterThan(shape[4]!);
  });

  it('switch the enamel material between the modes the view offers', () => {
    const m = createEnamelMaterial();
    const u = m.userData.enamel;
    expect(u.uAnomalyMap.value).toBe(0);
    for (const mode of ANOMALY_MAP_MODES) {
      setAnomalyMap(m, mode);
      expect(u.uAnomalyMap.value).toBe(MAP_MODE_CODE[mode]);
    }
    expect(new Set(Object.values(MAP_MODE_CODE)).size).toBe(ANOMALY_MAP_MODES.length);
    expect(u.uColourBandColours.value).toHaveLength(COLOUR_BANDS.length);
    expect(u.uShapeBandColours.value).toHaveLength(SHAPE_BANDS.length);
    expect(u.uColourBands.value.toArray()).toEqual([
      PERCEPTIBILITY_THRESHOLD_DE00,
      ACCEPTABILITY_THRESHOLD_DE00,
    ]);
  });
});
