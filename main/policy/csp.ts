// The Content-Security-Policy and the other response headers of the app's own content.
// Nothing is ever fetched from the network: every source is the app itself, or blob:/data: URLs it makes.
import { devServerOrigin } from './origins';

export interface CspOptions {
  /** electron-vite's dev server (ELECTRON_RENDERER_URL); only loopback http(s) URLs are honoured. */
  devServerUrl?: string;
}

/** The directives, in order. 'wasm-unsafe-eval' lets WebAssembly decoders (e.g. Draco) compile. */
export function cspDirectives(options: CspOptions = {}): Array<[string, string[]]> {
  const dev = devServerOrigin(options.devServerUrl);
  const script = ["'self'", "'wasm-unsafe-eval'"];
  const connect = ["'self'", 'blob:', 'data:'];
  if (dev) {
    // Vite's dev server injects an inline module (React Refresh) and talks to the page over a WebSocket.
    script.push("'unsafe-inline'", dev);
    connect.push(dev, dev.replace(/^http/, 'ws'));
  }
  return [
    ['default-src', ["'none'"]],
    ['script-src', script],
    ['worker-src', ["'self'", 'blob:']],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['connect-src', connect],
    ['font-src', ["'self'", 'data:']],
    ['media-src', ["'self'", 'blob:']],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['child-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  return cspDirectives(options)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * Headers on every response of the app's own content. COOP + COEP make the page cross-origin isolated, so
 * SharedArrayBuffer is available to the simulation worker; CORP lets those same-origin resources load under
 * COEP; the rest are the usual hardening.
 */
export function appResponseHeaders(contentType: string, options: CspOptions = {}): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy(options),
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), bluetooth=()',
    'Cache-Control': 'no-cache',
  };
}
