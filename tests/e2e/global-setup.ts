import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { build, preview } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Build the renderer once for web mode and serve it (with the COOP/COEP headers) for the e2e suite. */
export default async function setup(project: TestProject) {
  const configFile = fileURLToPath(new URL('../../vite.web.config.ts', import.meta.url));
  await build({ configFile, logLevel: 'warn' });
  const server = await preview({ configFile, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('e2e: the preview server did not report its address');
  project.provide('baseURL', url);
  return async () => {
    await server.close();
  };
}
