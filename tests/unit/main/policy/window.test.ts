import { describe, expect, it } from 'vitest';
import { APP_MODES } from '../../../../main/ipc/contract';
import { type KeyInput, kioskKeyDecision } from '../../../../main/policy/keys';
import { menuTemplate } from '../../../../main/policy/menu';
import { windowOptions, windowUrl, zoomFactorFor } from '../../../../main/policy/window';

const input = { preloadPath: '/app/out/preload/index.cjs', uiScale: 1, isDev: false };

describe('window options', () => {
  it('lock down the web preferences in every mode', () => {
    for (const mode of APP_MODES) {
      for (const isDev of [false, true]) {
        const prefs = windowOptions({ ...input, mode, isDev }).webPreferences!;
        expect(prefs).toMatchObject({
          preload: '/app/out/preload/index.cjs',
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          webviewTag: false,
          navigateOnDragDrop: false,
          experimentalFeatures: false,
        });
        expect(prefs.devTools).toBe(isDev && mode !== 'kiosk');
      }
    }
  });

  it('make the kiosk a locked full-screen window', () => {
    const kiosk = windowOptions({ ...input, mode: 'kiosk' });
    expect(kiosk).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      closable: false,
      minimizable: false,
    });
    expect(kiosk.webPreferences?.backgroundThrottling).toBe(false);
  });

  it('keep desktop and presenter windowed, never flashing white', () => {
    for (const mode of ['desktop', 'presenter'] as const) {
      const options = windowOptions({ ...input, mode });
      expect(options.kiosk).toBeUndefined();
      expect(options.fullscreen).toBeUndefined();
      expect(options.show).toBe(false);
      expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/);
      expect(options.width).toBeGreaterThanOrEqual(1280);
    }
  });

  it('enlarge the interface for presenters, on top of the configured scale', () => {
    expect(zoomFactorFor('desktop', 1)).toBe(1);
    expect(zoomFactorFor('presenter', 1)).toBe(1.25);
    expect(zoomFactorFor('presenter', 1.2)).toBeCloseTo(1.5);
    expect(zoomFactorFor('desktop', NaN)).toBe(1);
    expect(zoomFactorFor('presenter', 100)).toBe(3);
    expect(windowOptions({ ...input, mode: 'presenter' }).webPreferences?.zoomFactor).toBe(1.25);
  });
});

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key: k,
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...mods,
});

describe('kiosk keyboard', () => {
  it('blocks devtools, reload, close, zoom and full-screen shortcuts', () => {
    const blocked = [
      key('F12'),
      key('I', { control: true, shift: true }),
      key('i', { meta: true, alt: true }),
      key('r', { control: true }),
      key('F5'),
      key('w', { control: true }),
      key('q', { meta: true }),
      key('F4', { alt: true }),
      key('=', { control: true }),
      key('-', { control: true }),
      key('F11'),
      key('h', { meta: true }),
      key('Tab', { alt: true }),
      key('BrowserBack'),
      key('BrowserRefresh'),
    ];
    for (const input of blocked) expect(kioskKeyDecision(input), JSON.stringify(input)).toBe('block');
  });

  it('lets plain keys through to the app', () => {
    for (const k of ['a', 'A', ' ', 'ArrowLeft', 'Escape', 'Tab', 'Enter', '1']) {
      expect(kioskKeyDecision(key(k))).toBe('allow');
      expect(kioskKeyDecision(key(k, { shift: true }))).toBe('allow');
    }
    expect(kioskKeyDecision({ ...key('r', { control: true }), type: 'keyUp' })).toBe('allow');
  });

  it('quits only on the installer chord', () => {
    expect(kioskKeyDecision(key('Q', { control: true, alt: true, shift: true }))).toBe('quit');
    expect(kioskKeyDecision(key('q', { control: true, alt: true }))).toBe('block');
    expect(kioskKeyDecision(key('q', { control: true, alt: true, shift: true, meta: true }))).toBe('block');
  });
});

describe('application menu', () => {
  type Item = { role?: string; submenu?: Item[] };
  const roles = (items: Item[] | null): string[] =>
    (items ?? []).flatMap((item) => [...(item.role ? [item.role] : []), ...roles(item.submenu ?? null)]);

  it('is absent in a kiosk', () => {
    expect(menuTemplate({ mode: 'kiosk', platform: 'linux', isDev: true })).toBeNull();
  });

  it('offers zoom and full screen, and devtools only in development', () => {
    const shipped = roles(menuTemplate({ mode: 'presenter', platform: 'win32', isDev: false }) as Item[]);
    expect(shipped).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit']),
    );
    expect(shipped).not.toContain('toggleDevTools');
    expect(shipped).not.toContain('reload');
    const dev = roles(menuTemplate({ mode: 'desktop', platform: 'linux', isDev: true }) as Item[]);
    expect(dev).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('has the app menu on macOS', () => {
    const mac = menuTemplate({ mode: 'desktop', platform: 'darwin', isDev: false }) as Item[];
    expect(mac[0]?.role).toBe('appMenu');
  });
});

describe('presenter and audience windows', () => {
  const base = { mode: 'presenter' as const, preloadPath: '/p.cjs', uiScale: 1, isDev: false };

  it('tells the renderer its role by query, and carries a link fragment', () => {
    expect(windowUrl('app://tooth-rebirth/index.html', 'main')).toBe('app://tooth-rebirth/index.html');
    expect(windowUrl('app://tooth-rebirth/index.html', 'presenter')).toBe(
      'app://tooth-rebirth/index.html?presenter=1',
    );
    expect(windowUrl('http://localhost:5173/', 'audience', 'm=abc')).toBe(
      'http://localhost:5173/?audience=1#m=abc',
    );
  });

  it('enlarges the audience view for the room, not the presenter’s, and places both', () => {
    const audience = windowOptions({
      ...base,
      role: 'audience',
      bounds: { x: 1920, y: 0, width: 1280, height: 720 },
      fullscreen: true,
    });
    expect(audience).toMatchObject({ x: 1920, width: 1280, fullscreen: true });
    expect(audience.webPreferences?.zoomFactor).toBe(1.25);
    const presenter = windowOptions({ ...base, role: 'presenter' });
    expect(presenter.webPreferences?.zoomFactor).toBe(1);
    expect(presenter.fullscreen).toBe(false);
    expect(presenter.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });
});
