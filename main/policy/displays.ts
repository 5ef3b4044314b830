// Where the presenter and audience windows go. With a second display (a projector), the audience window fills
// it and the presenter window stays on the teacher's screen; with one display both share it as windows.
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of Electron's `Display` this policy reads. */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
  /** True for a laptop's built-in panel (Electron sets it where the platform tells). */
  internal?: boolean;
}

export interface PresenterLayout {
  presenter: Rect;
  audience: Rect;
  /** The audience window goes full screen on its own display. */
  audienceFullScreen: boolean;
  audienceDisplayId: number;
}

const area = (r: Rect) => r.width * r.height;

/** The presenter window on one display: 1280 x 800, centred, inside its work area. */
function centred(workArea: Rect, width = 1280, height = 800): Rect {
  const w = Math.min(width, workArea.width);
  const h = Math.min(height, workArea.height);
  return {
    x: workArea.x + Math.floor((workArea.width - w) / 2),
    y: workArea.y + Math.floor((workArea.height - h) / 2),
    width: w,
    height: h,
  };
}

/**
 * Chooses the displays: the presenter on the primary display; the audience on another one, an external one
 * before a built-in panel and then the largest, full screen. With one display (or none reported), the
 * audience window takes the work area and the presenter window sits centred on top.
 */
export function presenterLayout(displays: readonly DisplayInfo[], primaryId: number): PresenterLayout {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  if (!primary) {
    const fallback = { x: 0, y: 0, width: 1280, height: 800 };
    return {
      presenter: fallback,
      audience: fallback,
      audienceFullScreen: false,
      audienceDisplayId: primaryId,
    };
  }
  const others = displays
    .filter((d) => d.id !== primary.id)
    .sort(
      (a, b) => Number(a.internal === true) - Number(b.internal === true) || area(b.bounds) - area(a.bounds),
    );
  const audience = others[0];
  if (!audience) {
    return {
      presenter: centred(primary.workArea),
      audience: { ...primary.workArea },
      audienceFullScreen: false,
      audienceDisplayId: primary.id,
    };
  }
  return {
    presenter: centred(primary.workArea),
    audience: { ...audience.bounds },
    audienceFullScreen: true,
    audienceDisplayId: audience.id,
  };
}
