// Navigation rules. The window only ever shows the app's own page: any navigation elsewhere (a link, a
// dropped file, a redirect, script setting location) is refused, and no new window is ever opened.
import { isAppOrigin } from './origins';

/** True when a frame may navigate to `url`: only to the app's own origins. */
export function isAllowedNavigation(url: string, origins: readonly string[]): boolean {
  return isAppOrigin(url, origins);
}

/** `window.open`, `target=_blank` and friends: always denied; the app has one window and works offline. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

const NETWORK_PROTOCOLS: Record<string, string> = {
  'http:': 'http:',
  'https:': 'https:',
  'ws:': 'http:',
  'wss:': 'https:',
};

/**
 * Requests leaving the session: network schemes only to the app's own origins (the dev server and its
 * WebSocket in development), never `file:`, never `ftp:`. blob:, data:, app: and devtools: stay inside
 * the app and pass. Offline, always: the CSP says so too; this holds even if the CSP were loosened.
 */
export function isAllowedRequest(url: string, origins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:' || parsed.protocol === 'ftp:') return false;
  const asHttp = NETWORK_PROTOCOLS[parsed.protocol];
  if (asHttp === undefined) return true;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return origins.includes(`${asHttp}//${parsed.host}`.toLowerCase());
}
