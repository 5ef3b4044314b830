// The shell end to end in the real Electron, through playwright-core's Electron support: the kiosk window, its
// keyboard lock, recovery from a renderer crash, and the IPC gateway refusing a window the app did not create.
// Runs only where the Electron binary is installed; elsewhere every test is reported as skipped, with why.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReason, findElectronBinary } from '../../main/launch.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The Electron executable when it is installed and executable, else null (never starts a download). */
function electronBinary(): string | null {
  const binary = findElectronBinary(root);
  if (!binary) return null;
  try {
    fs.accessSync(binary, fs.constants.X_OK);
    return binary;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.warn('electron.test.ts: skipped, the Electron binary is not installed on this machine (offline?)');
}

describe.skipIf(!binary)('the Electron shell in kiosk mode', () => {
  let electronApp: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    if (buildReason(root)) {
      const cli = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
      const built = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' });
      if (built.status !== 0) throw new Error('electron-vite build failed');
    }
    const env = { ...process.env };
    delete env['ELECTRON_RUN_AS_NODE'];
    electronApp = await _electron.launch({
      executablePath: binary!,
      args: [root, '--kiosk'],
      cwd: root,
      env: env as Record<string, string>,
    });
    page = await electronApp.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });
  afterAll(async () => {
    await electronApp?.close();
  });

  it('fills the screen as a kiosk window', async () => {
    const state = await electronApp.evaluate(({ BrowserWindow }) => {
      const win = BrowserWindow.getAllWindows()[0]!;
      return { kiosk: win.isKiosk(), fullScreen: win.isFullScreen(), closable: win.isClosable() };
    });
    expect(state).toEqual({ kiosk: true, fullScreen: true, closable: false });
  });

  it('keeps a blocked shortcut from the page, and lets plain keys through', async () => {
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenKeys: string[] }).seenKeys = seen;
      window.addEventListener('keydown', (e) => seen.push(`${e.ctrlKey ? 'Ctrl+' : ''}${e.key}`), true);
    });
    await page.keyboard.press('Control+r');
    await page.keyboard.press('a');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys))
      .toContain('a');
    const seen = await page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys);
    expect(seen).not.toContain('Ctrl+r');
  });

  it('reloads the view after the renderer crashes', async () => {
    const before = await electronApp.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      const pid = contents.getOSProcessId();
      contents.forcefullyCrashRenderer();
      return pid;
    });
    await expect
      .poll(
        () =>
          electronApp.evaluate(({ BrowserWindow }) => {
            const contents = BrowserWindow.getAllWindows()[0]!.webContents;
            return !contents.isCrashed() && !contents.isLoading() ? contents.getOSProcessId() : null;
          }),
        { timeout: 30_000 },
      )
      .not.toBeOneOf([null, before]);
  });

  it('refuses IPC from a window the app did not create', async () => {
    const answer = await electronApp.evaluate(
      async ({ BrowserWindow }, preload) => {
        const stranger = new BrowserWindow({
          show: false,
          webPreferences: { preload, sandbox: true, contextIsolation: true },
        });
        await stranger.loadURL('app://tooth-rebirth/index.html');
        const result = await stranger.webContents.executeJavaScript(
          'window.toothRebirthHost.kioskConfig().then(() => "answered", (e) => e.message)',
        );
        stranger.destroy();
        return result as string;
      },
      path.join(root, 'out', 'preload', 'index.cjs'),
    );
    expect(answer).toBe('kiosk:config: refused');
  });
});
