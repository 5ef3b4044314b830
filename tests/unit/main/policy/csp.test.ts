import { describe, expect, it } from 'vitest';
import { appResponseHeaders, contentSecurityPolicy, cspDirectives } from '../../../../main/policy/csp';

function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('Content-Security-Policy', () => {
  const csp = parse(contentSecurityPolicy());

  it('has the directives the app needs and nothing remote', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('connect-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(csp.get('font-src')).toEqual(["'self'", 'data:']);
    for (const closed of ['object-src', 'base-uri', 'frame-ancestors', 'form-action', 'frame-src']) {
      expect(csp.get(closed), closed).toEqual(["'none'"]);
    }
    for (const sources of csp.values()) {
      for (const source of sources) {
        expect(source).not.toMatch(/^(https?:|wss?:|\*)/);
        expect(source).not.toBe("'unsafe-eval'");
      }
    }
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('opens only to a loopback dev server, and only in development', () => {
    const devCsp = parse(contentSecurityPolicy({ devServerUrl: 'http://localhost:5173/' }));
    expect(devCsp.get('script-src')).toContain('http://localhost:5173');
    expect(devCsp.get('connect-src')).toEqual([
      "'self'",
      'blob:',
      'data:',
      'http://localhost:5173',
      'ws://localhost:5173',
    ]);
    expect(contentSecurityPolicy({ devServerUrl: 'https://evil.example/' })).toBe(contentSecurityPolicy());
  });

  it('lists each directive once', () => {
    const names = cspDirectives().map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('response headers', () => {
  it('make the page cross-origin isolated and carry the CSP', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(headers['Cross-Origin-Embedder-Policy']).toBe('require-corp');
    expect(headers['Cross-Origin-Resource-Policy']).toBe('same-origin');
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});
