import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SiteGrid } from '../../../renderer/engine/grid';
import { standIn } from './fixtures';

function bruteNearest(
  p: Float32Array,
  candidates: Iterable<number>,
  x: number,
  y: number,
  z: number,
): number {
  let best = -1;
  let bestD = Infinity;
  for (const s of candidates) {
    const dx = p[s * 3]! - x;
    const dy = p[s * 3 + 1]! - y;
    const dz = p[s * 3 + 2]! - z;
    const d = dx * dx + dy * dy + dz * dz;
    if (d < bestD || (d === bestD && s < best)) {
      bestD = d;
      best = s;
    }
  }
  return best;
}

function makeGrid() {
  const sites = standIn('caries', 1500, 9);
  const indexed: number[] = [];
  let area = 0;
  for (let s = 0; s < sites.count; s++) {
    if (sites.targetThickness[s]! - sites.initialThickness[s]! > 1e-6) {
      indexed.push(s);
      area += sites.area[s]!;
    }
  }
  const grid = new SiteGrid(sites.positions, sites.count, Uint32Array.from(indexed), area);
  return { sites, indexed, grid };
}

const coord = fc.double({ min: -9, max: 9, noNaN: true });

describe('SiteGrid (spatial index)', () => {
  it('finds the same nearest open site as a brute-force search, as sites close and reopen', () => {
    const { sites, indexed, grid } = makeGrid();
    expect(indexed.length).toBeGreaterThan(100);
    const open = new Set<number>();
    for (const s of indexed) {
      grid.open(s);
      open.add(s);
    }
    expect(grid.openCount).toBe(indexed.length);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(indexed.length - 1), fc.boolean()), { maxLength: 60 }),
        fc.array(fc.tuple(coord, coord, coord), { minLength: 1, maxLength: 20 }),
        (toggles, queries) => {
          for (const [j, close] of toggles) {
            const s = indexed[j]!;
            if (close) {
              grid.close(s);
              open.delete(s);
            } else {
              grid.open(s);
              open.add(s);
            }
          }
          expect(grid.openCount).toBe(open.size);
          for (const [x, y, z] of queries) {
            expect(grid.nearest(x, y, z, true)).toBe(bruteNearest(sites.positions, open, x, y, z));
            expect(grid.nearest(x, y, z, false)).toBe(bruteNearest(sites.positions, indexed, x, y, z));
          }
        },
      ),
      { numRuns: 150, seed: 12345 },
    );
  });

  it('answers searches from a site as a fresh search would, as sites close, reopen and the state is put back', () => {
    const { sites, indexed, grid } = makeGrid();
    const open = new Set<number>();
    for (const s of indexed) {
      grid.open(s);
      open.add(s);
    }
    fc.assert(
      fc.property(
        // Mostly closes (as in a treatment), sometimes a reopening or a put-back state.
        fc.array(fc.tuple(fc.nat(indexed.length - 1), fc.nat(9)), { maxLength: 80 }),
        fc.array(fc.nat(sites.count - 1), { minLength: 1, maxLength: 30 }),
        (changes, from) => {
          for (const [j, kind] of changes) {
            const s = indexed[j]!;
            if (kind === 0) {
              grid.open(s);
              open.add(s);
            } else if (kind === 1) {
              grid.restored();
            } else {
              grid.close(s);
              open.delete(s);
            }
            // Ask often, so that remembered answers are put to the test after each change.
            const q = from[j % from.length]!;
            const p = sites.positions;
            const want = bruteNearest(p, open, p[q * 3]!, p[q * 3 + 1]!, p[q * 3 + 2]!);
            expect(grid.nearestOpenToSite(q)).toBe(want);
          }
          for (const q of from)
            expect(grid.nearestOpenToSite(q)).toBe(grid.nearestTo(sites.positions, q, true));
        },
      ),
      { numRuns: 120, seed: 777 },
    );
  });

  it('answers -1 when nothing is open, and finds the last open site from far away', () => {
    const { sites, indexed, grid } = makeGrid();
    expect(grid.nearest(0, 0, 0, true)).toBe(-1);
    const last = indexed[indexed.length - 1]!;
    grid.open(last);
    expect(grid.nearest(50, -50, 50, true)).toBe(last);
    expect(grid.isOpen(last)).toBe(true);
    grid.close(last);
    expect(grid.isOpen(last)).toBe(false);
    expect(grid.openCount).toBe(0);
    // Sites outside the index are never returned, and opening them does nothing.
    let outside = 0;
    while (grid.isIndexed(outside)) outside++;
    grid.open(outside);
    expect(grid.openCount).toBe(0);
    expect(sites.count).toBeGreaterThan(outside);
  });

  it('handles an empty index', () => {
    const sites = standIn('none', 200);
    const grid = new SiteGrid(sites.positions, sites.count, new Uint32Array(0), 0);
    expect(grid.nearest(0, 0, 0, false)).toBe(-1);
    expect(grid.nearest(0, 0, 0, true)).toBe(-1);
  });
});
