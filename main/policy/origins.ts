// Origins: which pages count as the app's own. The packaged app serves its renderer from the privileged
// `app://tooth-rebirth/` scheme; during development electron-vite serves it from a local dev server.

export const APP_SCHEME = 'app';
export const APP_HOST = 'tooth-rebirth';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const WEB_PROTOCOLS = new Set(['app:', 'http:', 'https:']);

/**
 * `scheme://host[:port]` of a URL, lower-cased, or null when the URL cannot be the app's page (unparsable,
 * another scheme, credentials in it). Written out rather than using `URL.origin`, which is "null" for
 * custom schemes such as `app:` in Node.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!WEB_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/**
 * The origins whose pages are the app: always `app://tooth-rebirth`, plus the dev server when one is given
 * (only ever http(s) on a loopback host, so a stray environment variable cannot point the app at the web).
 */
export function appOrigins(devServerUrl?: string): string[] {
  const origins = [APP_ORIGIN];
  const dev = devServerOrigin(devServerUrl);
  if (dev) origins.push(dev);
  return origins;
}

/** The dev server's origin if the URL is an http(s) loopback address, else null. */
export function devServerOrigin(devServerUrl: string | undefined): string | null {
  if (!devServerUrl) return null;
  let parsed: URL;
  try {
    parsed = new URL(devServerUrl);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase();
  if (host !== 'localhost' && host !== '127.0.0.1' && host !== '[::1]') return null;
  return originOf(devServerUrl);
}

export function isAppOrigin(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}
