// Mapping `app://tooth-rebirth/<path>` requests onto files of the built renderer (out/renderer).
// Written as a pure function so every hostile URL can be tested without Electron: encoded slashes and dots,
// backslashes, drive letters, NUL bytes and hidden files are all refused before the file system is touched.
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './origins';

export type AppRequestResolution =
  | { ok: true; filePath: string; contentType: string }
  | { ok: false; status: 400 | 403 | 404 | 405; reason: string };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.bin': 'application/octet-stream',
  '.ktx2': 'image/ktx2',
  '.hdr': 'image/vnd.radiance',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.glsl': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** True when `candidate` is `root` itself or lies below it (both absolute). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

const FORBIDDEN_IN_SEGMENT = /[\\/:\0]/;

export function resolveAppRequest(rootDir: string, url: string, method = 'GET'): AppRequestResolution {
  if (method !== 'GET' && method !== 'HEAD') return { ok: false, status: 405, reason: `method ${method}` };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, reason: 'unparsable URL' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname !== APP_HOST || parsed.port !== '') {
    return { ok: false, status: 403, reason: 'not the app origin' };
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return { ok: false, status: 400, reason: 'credentials in URL' };
  }

  const segments: string[] = [];
  for (const raw of parsed.pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400, reason: 'bad percent-encoding' };
    }
    if (segment === '.' || segment === '..') return { ok: false, status: 403, reason: 'path traversal' };
    if (FORBIDDEN_IN_SEGMENT.test(segment)) return { ok: false, status: 403, reason: 'forbidden character' };
    if (segment.startsWith('.')) return { ok: false, status: 404, reason: 'hidden file' };
    segments.push(segment);
  }
  if (segments.length === 0 || parsed.pathname.endsWith('/')) segments.push('index.html');

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  if (!isInside(root, filePath) || filePath === root) {
    return { ok: false, status: 403, reason: 'outside the renderer directory' };
  }
  return { ok: true, filePath, contentType: contentTypeFor(filePath) };
}
