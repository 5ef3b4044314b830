// Reduced motion: the viewer's setting, or their system's preference when the setting follows the system.
import type { Settings } from './settings';

const QUERY = '(prefers-reduced-motion: reduce)';

/** True when the viewer asked for reduced motion (the setting, else the system's preference). */
export function prefersReducedMotion(
  setting: Settings['reducedMotion'],
  system: boolean = globalThis.matchMedia?.(QUERY).matches ?? false,
): boolean {
  return setting === 'system' ? system : setting === 'on';
}

/** Calls `onChange` when the system's preference changes; returns the unsubscription. */
export function watchSystemMotion(onChange: () => void): () => void {
  const query = globalThis.matchMedia?.(QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}
