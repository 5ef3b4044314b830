// The security policy applied to every webContents and to the session: no new windows, no navigation away
// from the app, no webviews, no permissions, no network.
import { app, session } from 'electron';
import { contentSecurityPolicy } from '../policy/csp';
import { fileDialogsAllowed } from '../policy/files';
import { isAllowedNavigation, isAllowedRequest, windowOpenDecision } from '../policy/navigation';
import { permissionDecision } from '../policy/permissions';
import type { AppContext } from './context';
import { log } from './log';

/** Before ready: sandbox every renderer, and guard each webContents the moment it exists. */
export function setupWebContentsGuards(ctx: AppContext): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      log.warn(`Blocked a new window for ${url.slice(0, 200)}`);
      return windowOpenDecision();
    });
    contents.on('will-frame-navigate', (details) => {
      if (!isAllowedNavigation(details.url, ctx.origins)) {
        details.preventDefault();
        log.warn(`Blocked navigation to ${details.url.slice(0, 200)}`);
      }
    });
    contents.on('will-redirect', (details) => {
      if (!isAllowedNavigation(details.url, ctx.origins)) {
        details.preventDefault();
        log.warn(`Blocked a redirect to ${details.url.slice(0, 200)}`);
      }
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log.warn('Blocked a <webview>');
    });
  });
}

/** After ready: the default session's permission handlers, request filter and download policy. */
export function setupSessionPolicy(ctx: AppContext): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = permissionDecision(permission, details.requestingUrl, ctx.origins);
    if (!granted) log.info(`Denied permission "${permission}" to ${details.requestingUrl.slice(0, 200)}`);
    callback(granted);
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    permissionDecision(permission, details.requestingUrl ?? requestingOrigin, ctx.origins),
  );
  ses.setDevicePermissionHandler(() => false);

  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, ctx.origins);
    if (!allowed) log.warn(`Blocked a request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });

  if (ctx.devServerUrl) {
    // In development the page comes from the dev server, whose responses get the same policy (loosened only
    // for the dev server's inline React Refresh preamble and its HMR socket).
    const csp = contentSecurityPolicy({ devServerUrl: ctx.devServerUrl });
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
    });
  }

  ses.on('will-download', (event) => {
    if (!fileDialogsAllowed(ctx.config.mode)) {
      event.preventDefault();
      log.warn('Blocked a download in kiosk mode');
    }
  });
}
