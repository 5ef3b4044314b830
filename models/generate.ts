// npm run models: regenerate models/molar.glb (deterministic: the same bytes on every run).
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildMolarLayers, writeMolarGlb } from './molarBuild';
import { molarLandmarks } from './molarLandmarks';

export const MOLAR_PATH = fileURLToPath(new URL('./molar.glb', import.meta.url));

/** Build the molar and return the GLB bytes. */
export async function generateMolar(): Promise<Uint8Array> {
  const layers = buildMolarLayers();
  return writeMolarGlb(layers, molarLandmarks(layers));
}

async function main(): Promise<void> {
  const started = performance.now();
  const bytes = await generateMolar();
  await writeFile(MOLAR_PATH, bytes);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`wrote ${MOLAR_PATH} (${(bytes.byteLength / 1024).toFixed(0)} KiB) in ${seconds} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
