// The meeting point of the labels' DOM (drawn by the interface, in the viewer's language) and the scene that
// places them each frame: the interface registers its container here, the scene moves its children by
// mutation. A plain object, like `live`: no React state per frame.
export const labelOverlay: {
  /** The element holding one child per label (`data-label` = the label's id), over the canvas; null: none. */
  container: HTMLElement | null;
  /** Bumped when the labels' text changed (language), so the scene measures them again. */
  version: number;
} = { container: null, version: 0 };
