// The classroom: the presenter and audience windows, and links to a moment of the story
// (`tooth-rebirth://`), whichever way they arrive: the command line, a second launch, or macOS's open-url.
import path from 'node:path';
import { app, screen } from 'electron';
import { parseArgs } from '../policy/args';
import { presenterLayout } from '../policy/displays';
import { checkLink, protocolClientArgs } from '../policy/link';
import type { AppContext } from './context';
import { watchKioskWindow } from './kiosk';
import { log } from './log';
import { createAppWindow, createMainWindow, loadLink } from './window';

/** The windows of the configured mode: one, or in presenter mode the presenter's and the audience's. */
export function openWindows(ctx: AppContext): void {
  if (ctx.config.mode !== 'presenter') {
    watchKioskWindow(ctx, createMainWindow(ctx));
    return;
  }
  const layout = presenterLayout(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
  log.info(
    layout.audienceFullScreen
      ? `Presenter mode: the audience window fills display ${layout.audienceDisplayId}`
      : 'Presenter mode: one display, the audience and presenter windows share it',
  );
  const audience = createAppWindow(ctx, 'audience', {
    bounds: layout.audience,
    fullscreen: layout.audienceFullScreen,
  });
  ctx.audienceWindow = audience;
  const presenter = createAppWindow(ctx, 'presenter', { bounds: layout.presenter });
  ctx.mainWindow = presenter;
  // Without its controls the audience window is stranded on a projector: they close together.
  presenter.on('closed', () => {
    if (!audience.isDestroyed()) audience.close();
  });
}

/**
 * A link from outside. Main checks its shape only and hands the fragment to the page (the renderer validates
 * the content); a refusal is logged and changes nothing on screen.
 */
export function openLink(ctx: AppContext, raw: string, source: string): void {
  const checked = checkLink(raw);
  if (!checked.ok) {
    log.warn(`Refused a link from ${source}: ${checked.reason}`);
    return;
  }
  const win = ctx.mainWindow;
  if (!win || win.isDestroyed()) {
    ctx.pendingLink = checked.fragment;
    return;
  }
  log.info(`Opening a link from ${source}`);
  loadLink(win, ctx, checked.fragment);
  if (win.isMinimized()) win.restore();
  win.focus();
}

/** Before ready: the link given at start-up, and macOS's way of delivering one. */
export function setupLinks(ctx: AppContext): void {
  if (ctx.args.link !== null) openLink(ctx, ctx.args.link, 'the command line');
  app.on('open-url', (event, url) => {
    event.preventDefault();
    openLink(ctx, url, 'the system');
  });
}

/** A second launch hands its link (or just the focus) to this instance. */
export function handleSecondInstance(ctx: AppContext, argv: readonly string[]): void {
  const link = parseArgs(argv.slice(1)).link;
  if (link !== null) openLink(ctx, link, 'a second launch');
}

/** Makes the app the handler of `tooth-rebirth://` links; a kiosk takes no links from the desktop. */
export function registerLinkScheme(ctx: AppContext): void {
  if (ctx.config.mode === 'kiosk') return;
  const appPath = process.defaultApp && process.argv[1] ? path.resolve(process.argv[1]) : undefined;
  const [scheme, exe, exeArgs] = protocolClientArgs(process.defaultApp === true, process.execPath, appPath);
  const registered = exe
    ? app.setAsDefaultProtocolClient(scheme, exe, exeArgs)
    : app.setAsDefaultProtocolClient(scheme);
  if (!registered) log.warn('Could not register tooth-rebirth:// links');
}
