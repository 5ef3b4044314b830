import { describe, expect, it } from 'vitest';
import {
  isAllowedNavigation,
  isAllowedRequest,
  windowOpenDecision,
} from '../../../../main/policy/navigation';
import { APP_ORIGIN, appOrigins, devServerOrigin, originOf } from '../../../../main/policy/origins';
import { permissionDecision } from '../../../../main/policy/permissions';
import { isTrustedSender } from '../../../../main/policy/sender';

const packaged = appOrigins(undefined);
const dev = appOrigins('http://localhost:5173/');

describe('origins', () => {
  it('reads scheme and host of app and web URLs', () => {
    expect(originOf('app://tooth-rebirth/index.html?x=1#y')).toBe(APP_ORIGIN);
    expect(originOf('APP://Tooth-Rebirth/')).toBe(APP_ORIGIN);
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf('app://user:pw@tooth-rebirth/')).toBeNull();
    expect(originOf('not a url')).toBeNull();
  });

  it('trusts a dev server only on loopback', () => {
    expect(packaged).toEqual([APP_ORIGIN]);
    expect(dev).toEqual([APP_ORIGIN, 'http://localhost:5173']);
    expect(devServerOrigin('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('https://evil.example:5173')).toBeNull();
    expect(devServerOrigin('http://localhost.evil.example/')).toBeNull();
    expect(devServerOrigin('file:///tmp/index.html')).toBeNull();
    expect(devServerOrigin('')).toBeNull();
  });
});

describe('navigation', () => {
  it('allows only the app itself', () => {
    expect(isAllowedNavigation('app://tooth-rebirth/index.html', packaged)).toBe(true);
    expect(isAllowedNavigation('app://tooth-rebirth/other.html', packaged)).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/', // the dev server is not trusted in a packaged app
      'file:///home/user/tooth.stl', // a dropped file
      'app://other-app/index.html',
      'app://tooth-rebirth.evil.example/',
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(1)',
      'about:blank',
      'chrome://settings',
      'devtools://devtools/bundled/inspector.html',
      '',
    ]) {
      expect(isAllowedNavigation(url, packaged), url).toBe(false);
    }
    expect(isAllowedNavigation('http://localhost:5173/', dev)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', dev)).toBe(false);
  });

  it('denies every new window', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });

  it('keeps the session offline', () => {
    expect(isAllowedRequest('app://tooth-rebirth/assets/index.js', packaged)).toBe(true);
    expect(isAllowedRequest('blob:app://tooth-rebirth/1234', packaged)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', packaged)).toBe(true);
    expect(isAllowedRequest('https://cdn.jsdelivr.net/gh/pmndrs/drei-assets/hdri/x.hdr', packaged)).toBe(
      false,
    );
    expect(isAllowedRequest('http://localhost:5173/', packaged)).toBe(false);
    expect(isAllowedRequest('wss://example.com/socket', packaged)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', packaged)).toBe(false);
    expect(isAllowedRequest('ftp://example.com/x', packaged)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/@vite/client', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('http://user@localhost:5173/', dev)).toBe(false);
    expect(isAllowedRequest('::::', dev)).toBe(false);
  });
});

describe('permissions', () => {
  it('denies everything but full screen for the app page', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'hid',
      'openExternal',
    ]) {
      expect(permissionDecision(permission, 'app://tooth-rebirth/index.html', packaged), permission).toBe(
        false,
      );
    }
    expect(permissionDecision('fullscreen', 'app://tooth-rebirth/index.html', packaged)).toBe(true);
    expect(permissionDecision('fullscreen', 'https://example.com/', packaged)).toBe(false);
  });
});

describe('IPC sender trust', () => {
  const trust = { ownWebContents: new Set([3]), origins: packaged };
  it('trusts the main frame of an app window on the app page', () => {
    expect(
      isTrustedSender(
        { webContentsId: 3, frameUrl: 'app://tooth-rebirth/index.html', isMainFrame: true },
        trust,
      ),
    ).toBe(true);
  });
  it('refuses other windows, subframes, gone frames and foreign pages', () => {
    const base = { webContentsId: 3, frameUrl: 'app://tooth-rebirth/index.html', isMainFrame: true };
    expect(isTrustedSender({ ...base, webContentsId: 4 }, trust)).toBe(false);
    expect(isTrustedSender({ ...base, isMainFrame: false }, trust)).toBe(false);
    expect(isTrustedSender({ ...base, frameUrl: null }, trust)).toBe(false);
    expect(isTrustedSender({ ...base, frameUrl: 'https://evil.example/' }, trust)).toBe(false);
    expect(isTrustedSender({ ...base, frameUrl: 'file:///tmp/x.html' }, trust)).toBe(false);
  });
});
