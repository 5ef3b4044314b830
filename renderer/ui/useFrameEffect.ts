// Per-frame DOM read-outs (clock, scrubber, metrics) are written from R3F's global effect loop by mutating
// elements through refs, never through React state, so a running story re-renders nothing (DESIGN.md, after
// pmndrs/racing-game). The callback runs before each rendered frame, in step with the picture.
import { addEffect } from '@react-three/fiber';
import { useEffect, useRef } from 'react';

export function useFrameEffect(callback: () => void): void {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => addEffect(() => latest.current()), []);
}

/** Set an element's text only when it differs: a DOM write per frame is cheap, a layout per frame is not. */
export function writeText(el: HTMLElement | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}
