import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, isInside, resolveAppRequest } from '../../../../main/policy/app-protocol';

const root = path.resolve('/opt/tooth-rebirth/out/renderer');

function ok(url: string) {
  const result = resolveAppRequest(root, url);
  if (!result.ok) throw new Error(`${url} refused: ${result.reason}`);
  return result;
}

describe('app:// request resolution', () => {
  it('maps app paths into the renderer directory', () => {
    expect(ok('app://tooth-rebirth/').filePath).toBe(path.join(root, 'index.html'));
    expect(ok('app://tooth-rebirth/index.html').filePath).toBe(path.join(root, 'index.html'));
    expect(ok('app://tooth-rebirth/assets/index-abc123.js?v=1#top').filePath).toBe(
      path.join(root, 'assets', 'index-abc123.js'),
    );
    expect(ok('app://tooth-rebirth/assets/molar%20v2.glb').filePath).toBe(
      path.join(root, 'assets', 'molar v2.glb'),
    );
  });

  it('sets the content type from the extension', () => {
    expect(ok('app://tooth-rebirth/').contentType).toBe('text/html; charset=utf-8');
    expect(ok('app://tooth-rebirth/a/worker.js').contentType).toBe('text/javascript; charset=utf-8');
    expect(ok('app://tooth-rebirth/a/draco.wasm').contentType).toBe('application/wasm');
    expect(ok('app://tooth-rebirth/a/molar.GLB').contentType).toBe('model/gltf-binary');
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
  });

  it('refuses path traversal in every encoding', () => {
    const attacks = [
      'app://tooth-rebirth/%2e%2e/%2e%2e/etc/passwd',
      'app://tooth-rebirth/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://tooth-rebirth/assets%2f..%2f..%2fsecret',
      'app://tooth-rebirth/..%5c..%5cwindows%5cwin.ini',
      'app://tooth-rebirth/assets%5c..%5c..%5csecret',
      'app://tooth-rebirth/C:%2fWindows%2fwin.ini',
      'app://tooth-rebirth/C:/Windows/win.ini',
      'app://tooth-rebirth/index.html%00.png',
      'app://tooth-rebirth/%252e%252e/secret', // double encoding decodes once to a literal name, stays inside
    ];
    for (const url of attacks) {
      const result = resolveAppRequest(root, url);
      if (result.ok) expect(isInside(root, result.filePath), url).toBe(true);
      else expect([400, 403, 404]).toContain(result.status);
    }
    // The URL parser already folds encoded dot segments, as Chromium does: the path stays inside the root.
    expect(ok(attacks[0]!).filePath).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppRequest(root, attacks[1]!).ok).toBe(false);
    expect(resolveAppRequest(root, attacks[3]!).ok).toBe(false);
    expect(resolveAppRequest(root, attacks[7]!).ok).toBe(false);
  });

  it('refuses other hosts, ports, credentials, methods and hidden files', () => {
    expect(resolveAppRequest(root, 'app://other/index.html')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppRequest(root, 'app://tooth-rebirth:8080/index.html')).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(resolveAppRequest(root, 'https://tooth-rebirth/index.html')).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(resolveAppRequest(root, 'app://u:p@tooth-rebirth/index.html')).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(resolveAppRequest(root, 'app://tooth-rebirth/index.html', 'POST')).toMatchObject({
      ok: false,
      status: 405,
    });
    expect(resolveAppRequest(root, 'app://tooth-rebirth/.env')).toMatchObject({ ok: false, status: 404 });
    expect(resolveAppRequest(root, 'app://tooth-rebirth/%E0%A4%A')).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppRequest(root, 'not a url')).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppRequest(root, 'app://tooth-rebirth/index.html', 'HEAD').ok).toBe(true);
  });

  it('never resolves outside the renderer directory, whatever the path', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(
              '..',
              '.',
              '%2e%2e',
              '%2E.',
              '%2f',
              '%5c',
              '%00',
              'C:',
              '~',
              '',
              'assets',
              '%252e',
            ),
            fc.string(),
          ),
          { maxLength: 8 },
        ),
        (parts) => {
          const result = resolveAppRequest(root, `app://tooth-rebirth/${parts.join('/')}`);
          if (result.ok) {
            expect(isInside(root, result.filePath)).toBe(true);
            expect(result.filePath).not.toBe(root);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('isInside', () => {
  it('tells a child from a sibling with the same prefix', () => {
    expect(isInside('/a/out', '/a/out/x.js')).toBe(true);
    expect(isInside('/a/out', '/a/out')).toBe(true);
    expect(isInside('/a/out', '/a/outside/x.js')).toBe(false);
    expect(isInside('/a/out', '/a')).toBe(false);
  });
});
