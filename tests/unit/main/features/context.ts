// The context the feature tests hand to main's features: a packaged app, with a short crash-loop window.
import { type AppContext, initialHealth } from '../../../../main/features/context';
import { type AppMode, KioskConfigSchema } from '../../../../main/ipc/contract';
import type { LaunchArgs } from '../../../../main/policy/args';

export function args(overrides: Partial<LaunchArgs> = {}): LaunchArgs {
  return { model: null, config: null, link: null, mode: null, supervised: false, problems: [], ...overrides };
}

export function context(
  mode: AppMode = 'desktop',
  overrides: Partial<AppContext> = {},
  config: Record<string, unknown> = {},
): AppContext {
  return {
    args: args(),
    config: KioskConfigSchema.parse({ mode, maxRestarts: 2, restartWindowSeconds: 60, ...config }),
    isDev: false,
    devServerUrl: undefined,
    origins: ['app://tooth-rebirth'],
    rendererDir: '/nonexistent/out/renderer',
    preloadPath: '/opt/app/out/preload/index.cjs',
    iconPath: '/opt/app/build/icon.png',
    cwd: '/nonexistent',
    ownWebContents: new Set(),
    mainWindow: null,
    audienceWindow: null,
    pendingLink: null,
    health: initialHealth(),
    attractListeners: new Set(),
    quitting: false,
    restartPending: false,
    ...overrides,
  };
}
