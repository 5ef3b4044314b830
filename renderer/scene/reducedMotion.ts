// Whether the viewer asked for less motion: the setting when it says so, the system's preference otherwise.
import { useEffect, useState } from 'react';
import { useApp } from '../state/store';

function systemPrefersReduced(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export function usePrefersReducedMotion(): boolean {
  const setting = useApp((s) => s.settings.reducedMotion);
  const [system, setSystem] = useState(systemPrefersReduced);
  useEffect(() => {
    const query = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');
    if (!query) return;
    const onChange = (e: MediaQueryListEvent) => setSystem(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return setting === 'on' || (setting === 'system' && system);
}
