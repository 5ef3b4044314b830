// The app:// scheme that serves the built renderer with the CSP and the cross-origin isolation headers.
// Loading from a custom scheme rather than file:// is what makes those headers possible at all.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { resolveAppRequest } from '../policy/app-protocol';
import { appResponseHeaders } from '../policy/csp';
import { APP_SCHEME } from '../policy/origins';
import type { AppContext } from './context';
import { log } from './log';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        stream: true,
        corsEnabled: true,
        codeCache: true,
      },
    },
  ]);
}

export function setupAppProtocol(ctx: AppContext): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppRequest(ctx.rendererDir, request.url, request.method);
    if (!resolved.ok) {
      log.warn(`app:// refused ${request.method} ${request.url.slice(0, 200)}: ${resolved.reason}`);
      return new Response(null, { status: resolved.status, headers: appResponseHeaders('text/plain') });
    }
    try {
      const body = request.method === 'HEAD' ? null : await readFile(resolved.filePath);
      return new Response(body, { status: 200, headers: appResponseHeaders(resolved.contentType) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const missing = code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
      if (!missing) log.error(`app:// could not read ${resolved.filePath}`, error);
      return new Response(null, { status: missing ? 404 : 500, headers: appResponseHeaders('text/plain') });
    }
  });
}
