import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.web.config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// main -> out/main/index.js (ESM), preload -> out/preload/index.cjs (a sandboxed preload must be CommonJS),
// renderer -> out/renderer (served by the app:// protocol with COOP/COEP and the CSP).
export default defineConfig({
  main: {
    build: {
      outDir: here('./out/main'),
      lib: { entry: here('./main/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    },
  },
  preload: {
    build: {
      outDir: here('./out/preload'),
      lib: { entry: here('./main/preload.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
    },
  },
  renderer: rendererConfig(here('./out/renderer')),
});
