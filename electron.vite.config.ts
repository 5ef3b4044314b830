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
      rolldownOptions: {
        input: { index: here('./main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: (() => {
    const config = rendererConfig(here('./out/renderer'));
    return {
      ...config,
      build: { ...config.build, rolldownOptions: { input: here('./renderer/index.html') } },
    };
  })(),
});
