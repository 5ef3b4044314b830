// Per-frame DOM read-outs (clock, scrubber, metrics) are written by mutating elements through refs, never
// through React state, so a running story re-renders nothing (DESIGN.md, after pmndrs/racing-game).
// One shared ticker runs them: from R3F's global effect loop, in step with the picture, and from a slow timer
// when no frame has been drawn for a while (software GL, a stalled GPU), so the read-outs never freeze while
// the state layer's own timer keeps the clock moving.
import { addEffect } from '@react-three/fiber';
import { useEffect, useRef } from 'react';

const FALLBACK_AFTER_MS = 120;
const FALLBACK_POLL_MS = 60;

const callbacks = new Set<() => void>();
let lastRun = 0;
let installed = false;

function runAll(now: number): void {
  lastRun = now;
  for (const cb of callbacks) cb();
}

function install(): void {
  if (installed) return;
  installed = true;
  addEffect(() => runAll(performance.now()));
  window.setInterval(() => {
    const now = performance.now();
    if (now - lastRun > FALLBACK_AFTER_MS) runAll(now);
  }, FALLBACK_POLL_MS);
}

export function useFrameEffect(callback: () => void): void {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => {
    install();
    const run = () => latest.current();
    callbacks.add(run);
    run();
    return () => {
      callbacks.delete(run);
    };
  }, []);
}

/** Set an element's text only when it differs: a DOM write per frame is cheap, a layout per frame is not. */
export function writeText(el: HTMLElement | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}
