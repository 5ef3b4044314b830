// Benchmark: time to load and sample a 1M-triangle scan (binary STL, built in memory, deterministic).
// Target: under 2 s on a 2-core machine. Run alone with `tsx tests/bench/meshLoad.ts`.
import { fileURLToPath } from 'node:url';
import { loadModelFile } from '../../renderer/mesh';

/**
 * A closed, bumpy, tooth-sized surface (a latitude-longitude sphere, radius ~5 mm, with cusp-like lumps)
 * written as a binary STL triangle soup, as scanners write it: every triangle carries its own vertex copies.
 */
export function buildBinaryStl(targetTriangles: number): { bytes: Uint8Array; triangles: number } {
  const rings = Math.max(4, Math.round(Math.sqrt(targetTriangles / 2)));
  const segs = rings;
  const triangles = 2 * segs * (rings - 1);
  const vx = new Float64Array((rings + 1) * segs);
  const vy = new Float64Array((rings + 1) * segs);
  const vz = new Float64Array((rings + 1) * segs);
  for (let r = 0; r <= rings; r++) {
    const theta = (Math.PI * r) / rings;
    for (let s = 0; s < segs; s++) {
      const phi = (2 * Math.PI * s) / segs;
      const bump = 1 + 0.08 * Math.sin(5 * phi) * Math.sin(theta) ** 4 + 0.05 * Math.cos(3 * theta);
      const rad = 5 * bump;
      const k = r * segs + s;
      vx[k] = rad * Math.sin(theta) * Math.cos(phi) + 31.5; // off-origin, as scans are
      vy[k] = rad * Math.cos(theta) * 1.4 - 12.25;
      vz[k] = rad * Math.sin(theta) * Math.sin(phi) + 7.75;
    }
  }
  const bytes = new Uint8Array(84 + 50 * triangles);
  const dv = new DataView(bytes.buffer);
  dv.setUint32(80, triangles, true);
  let o = 84;
  const put = (k: number): void => {
    dv.setFloat32(o, vx[k]!, true);
    dv.setFloat32(o + 4, vy[k]!, true);
    dv.setFloat32(o + 8, vz[k]!, true);
    o += 12;
  };
  const tri = (a: number, b: number, c: number): void => {
    o += 12; // facet normal left zero, as many exporters do
    put(a);
    put(b);
    put(c);
    o += 2;
  };
  for (let r = 0; r < rings; r++) {
    for (let s = 0; s < segs; s++) {
      const a = r * segs + s;
      const b = r * segs + ((s + 1) % segs);
      const c = (r + 1) * segs + s;
      const d = (r + 1) * segs + ((s + 1) % segs);
      if (r > 0) tri(a, c, b);
      if (r < rings - 1) tri(b, c, d);
    }
  }
  return { bytes, triangles };
}

/** Median wall time of loadModelFile (parse, weld, orient, normals, sample) on a ~1M-triangle binary STL. */
export async function benchMeshLoad(runs = 3): Promise<{ triangles: number; loadAndSampleMs: number }> {
  const { bytes, triangles } = buildBinaryStl(1_000_000);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const model = await loadModelFile(bytes, 'bench.stl');
    times.push(performance.now() - t0);
    if (model.sites.count === 0) throw new Error('benchmark mesh produced no sites');
  }
  times.sort((a, b) => a - b);
  return { triangles, loadAndSampleMs: Math.round(times[Math.floor(times.length / 2)]!) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchMeshLoad().then(
    (r) => {
      const verdict = r.loadAndSampleMs < 2000 ? 'within' : 'OVER';
      console.log(
        `mesh load: ${r.triangles.toLocaleString('en')} triangles loaded and sampled in ${r.loadAndSampleMs} ms (median; ${verdict} the 2000 ms target)`,
      );
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    },
  );
}
