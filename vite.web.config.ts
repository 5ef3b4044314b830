import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * Cross-origin isolation for the page (SharedArrayBuffer): the same headers the Electron app:// handler sets.
 * Every asset is same-origin, so `require-corp` costs nothing.
 */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/** The built page carries a strict CSP as a meta tag as well, so web mode is as locked down as the app. */
const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob: data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function cspMeta(): Plugin {
  return {
    name: 'tooth-rebirth-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${WEB_CSP}" />`,
      );
    },
  };
}

/** The renderer's Vite config, shared by web mode and electron-vite. */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root,
    base: './',
    plugins: [react(), cspMeta()],
    worker: { format: 'es' },
    assetsInclude: ['**/*.glb'],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4096,
      assetsInlineLimit: 0,
    },
    server: { headers: ISOLATION_HEADERS, fs: { allow: [projectRoot] } },
    preview: { headers: ISOLATION_HEADERS },
  };
}

export default defineConfig(rendererConfig(fileURLToPath(new URL('./dist-web', import.meta.url))));
