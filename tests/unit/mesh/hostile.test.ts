// Hostile files are refused before the loader allocates for them: one clear line each, and little memory.
// (Their time is measured by tests/bench/hostileFiles.ts, not here: wall time is noisy on a shared machine.)
import { describe, expect, it } from 'vitest';
import { loadModelFile, MeshLoadError } from '../../../renderer/mesh';
import { HOSTILE_FILES } from './hostileFiles';

const MB = 1024 * 1024;
/** Generous: the old loader took gigabytes for these files; a refusal costs the file and a scan over it. */
const MEMORY_BOUND = 256 * MB;

describe('hostile files are refused before allocating', () => {
  for (const file of HOSTILE_FILES) {
    it(`${file.name}: ${file.what}`, async () => {
      const bytes = file.bytes();
      const before = process.memoryUsage();
      const peakBefore = process.resourceUsage().maxRSS * 1024;
      let error: unknown;
      try {
        await loadModelFile(bytes, file.name);
      } catch (e) {
        error = e;
      }
      const after = process.memoryUsage();
      const peakAfter = process.resourceUsage().maxRSS * 1024;
      expect(error).toBeInstanceOf(MeshLoadError);
      const err = error as MeshLoadError;
      expect(err.code).toBe(file.code);
      expect(err.message).toMatch(file.message);
      expect(err.message).not.toMatch(/\n/);
      expect(after.rss - before.rss).toBeLessThan(MEMORY_BOUND);
      expect(after.heapUsed - before.heapUsed).toBeLessThan(MEMORY_BOUND);
      expect(peakAfter - peakBefore).toBeLessThan(MEMORY_BOUND);
    });
  }
});
