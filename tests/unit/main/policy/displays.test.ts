import { describe, expect, it } from 'vitest';
import { type DisplayInfo, presenterLayout } from '../../../../main/policy/displays';

const laptop: DisplayInfo = {
  id: 1,
  internal: true,
  bounds: { x: 0, y: 0, width: 1920, height: 1200 },
  workArea: { x: 0, y: 25, width: 1920, height: 1175 },
};
const projector: DisplayInfo = {
  id: 2,
  internal: false,
  bounds: { x: 1920, y: 0, width: 1280, height: 720 },
  workArea: { x: 1920, y: 0, width: 1280, height: 720 },
};
const bigPanel: DisplayInfo = {
  id: 3,
  internal: true,
  bounds: { x: -2560, y: 0, width: 2560, height: 1440 },
  workArea: { x: -2560, y: 0, width: 2560, height: 1440 },
};

describe('presenter and audience displays', () => {
  it('puts the audience full screen on the second display, the presenter on the primary', () => {
    const layout = presenterLayout([laptop, projector], 1);
    expect(layout).toMatchObject({
      audienceFullScreen: true,
      audienceDisplayId: 2,
      audience: projector.bounds,
    });
    expect(layout.presenter).toEqual({ x: 320, y: 212, width: 1280, height: 800 });
  });

  it('prefers an external display, then the largest', () => {
    expect(presenterLayout([laptop, bigPanel, projector], 1).audienceDisplayId).toBe(2);
    expect(presenterLayout([projector, laptop, bigPanel], 2).audienceDisplayId).toBe(3);
  });

  it('shares one display as two windows, inside its work area', () => {
    const layout = presenterLayout([laptop], 1);
    expect(layout.audienceFullScreen).toBe(false);
    expect(layout.audience).toEqual(laptop.workArea);
    const small = { ...laptop, workArea: { x: 0, y: 0, width: 1024, height: 700 } };
    expect(presenterLayout([small], 1).presenter).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
  });

  it('copes with no display reported, or an unknown primary', () => {
    expect(presenterLayout([], 7).audienceFullScreen).toBe(false);
    expect(presenterLayout([projector, laptop], 99).audienceDisplayId).toBe(1);
  });
});
