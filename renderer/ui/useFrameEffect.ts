// Per-frame DOM read-outs (clock, scrubber, metrics) are written by mutating elements through refs, never
// through React state, so a running story re-renders nothing (DESIGN.md, after pmndrs/racing-game). They run in
// the window's one frame loop (state/frameLoop.ts), right after the simulation tick, also when the canvas
// draws only a few frames a second.
import { useEffect, useRef } from 'react';
import { frameLoop } from '../state/frameLoop';

export function useFrameEffect(callback: () => void): void {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => {
    const run = () => latest.current();
    const remove = frameLoop.addReadout(run);
    run();
    return remove;
  }, []);
}

/** Set an element's text only when it differs: a DOM write per frame is cheap, a layout per frame is not. */
export function writeText(el: HTMLElement | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}
