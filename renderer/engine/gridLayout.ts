// The static layout of the spatial index (grid.ts): the cells' size and count, which cell each indexed site
// falls in, the cells' blocks of slots, and the small tables a search reads instead of dividing (each cell's
// coordinates, each row's occupied stretch). Worked out once, when an engine is built.

/** Aimed-for number of sites per occupied cell. */
const SITES_PER_CELL = 6;
/** Upper bounds on the grid's size, so memory stays small whatever the site field (and a cell's coordinate
 * fits a byte). */
const MAX_CELLS_PER_AXIS = 96;
const MAX_CELLS = 1 << 18;

export interface GridLayout {
  readonly nx: number;
  readonly ny: number;
  readonly nz: number;
  readonly cellSize: number;
  /** The grid's corner (the least x, y, z of the indexed sites). */
  readonly ox: number;
  readonly oy: number;
  readonly oz: number;
  /** First slot of each cell in `cellSites`; cell c holds slots [cellStart[c], cellStart[c + 1]). */
  readonly cellStart: Uint32Array;
  /** Cell of each site, -1 for sites that are not indexed. */
  readonly siteCell: Int32Array;
  /** Cells that hold any indexed site, ascending. */
  readonly filledCells: Uint32Array;
  /** Indexed sites per cell. */
  readonly cellFilled: Uint32Array;
  /** Each cell's coordinates in cells. */
  readonly cellIx: Uint8Array;
  readonly cellIy: Uint8Array;
  readonly cellIz: Uint8Array;
  /** Per row of cells along x (index iz * ny + iy): first and last x of its cells with indexed sites. */
  readonly rowFrom: Int32Array;
  readonly rowTo: Int32Array;
  /** The indexed sites grouped by cell, each cell's in ascending order, and each site's slot (-1: none). */
  readonly cellSites: Uint32Array;
  readonly sitePos: Int32Array;
}

/**
 * Lays out a grid over the sites `indexed` (ascending) of a field of `siteCount` sites at `positions`,
 * whose total area is `areaSum` mm².
 */
export function layoutGrid(
  positions: Float32Array,
  siteCount: number,
  indexed: Uint32Array,
  areaSum: number,
): GridLayout {
  const m = indexed.length;
  let minX = Infinity;
  let minY = Infinity;
  let minZ = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let maxZ = -Infinity;
  for (let j = 0; j < m; j++) {
    const i = indexed[j]! * 3;
    const x = positions[i]!;
    const y = positions[i + 1]!;
    const z = positions[i + 2]!;
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (z < minZ) minZ = z;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
    if (z > maxZ) maxZ = z;
  }
  if (m === 0) {
    minX = minY = minZ = 0;
    maxX = maxY = maxZ = 0;
  }
  const ex = maxX - minX;
  const ey = maxY - minY;
  const ez = maxZ - minZ;
  // Sites lie on a surface, so a cell of side h holds about (h² / mean area) of them.
  let h = m > 0 && areaSum > 0 ? Math.sqrt((SITES_PER_CELL * areaSum) / m) : 1;
  const extent = Math.max(ex, ey, ez, 1e-6);
  h = Math.max(h, extent / MAX_CELLS_PER_AXIS, 1e-6);
  const dims = (size: number) => Math.max(1, Math.ceil(size / h));
  while (dims(ex) * dims(ey) * dims(ez) > MAX_CELLS) h *= 1.25;
  const inv = 1 / h;
  const nx = dims(ex);
  const ny = dims(ey);
  const nz = dims(ez);
  const cells = nx * ny * nz;

  const siteCell = new Int32Array(siteCount).fill(-1);
  const perCell = new Uint32Array(cells);
  for (let j = 0; j < m; j++) {
    const s = indexed[j]!;
    const c =
      (clampCell((positions[s * 3 + 2]! - minZ) * inv, nz) * ny +
        clampCell((positions[s * 3 + 1]! - minY) * inv, ny)) *
        nx +
      clampCell((positions[s * 3]! - minX) * inv, nx);
    siteCell[s] = c;
    perCell[c]!++;
  }
  const cellStart = new Uint32Array(cells + 1);
  let filled = 0;
  for (let c = 0; c < cells; c++) {
    cellStart[c + 1] = cellStart[c]! + perCell[c]!;
    if (perCell[c]! > 0) filled++;
  }
  const rowFrom = new Int32Array(ny * nz).fill(nx);
  const rowTo = new Int32Array(ny * nz).fill(-1);
  for (let c = 0; c < cells; c++) {
    if (perCell[c] === 0) continue;
    const row = Math.floor(c / nx);
    const ix = c - row * nx;
    if (ix < rowFrom[row]!) rowFrom[row] = ix;
    if (ix > rowTo[row]!) rowTo[row] = ix;
  }
  const cellIx = new Uint8Array(cells);
  const cellIy = new Uint8Array(cells);
  const cellIz = new Uint8Array(cells);
  for (let c = 0; c < cells; c++) {
    cellIx[c] = c % nx;
    cellIy[c] = Math.floor(c / nx) % ny;
    cellIz[c] = Math.floor(c / (nx * ny));
  }
  const filledCells = new Uint32Array(filled);
  filled = 0;
  for (let c = 0; c < cells; c++) if (perCell[c]! > 0) filledCells[filled++] = c;

  const cellSites = new Uint32Array(m);
  const sitePos = new Int32Array(siteCount).fill(-1);
  const fillAt = new Uint32Array(cells);
  for (let j = 0; j < m; j++) {
    const s = indexed[j]!;
    const c = siteCell[s]!;
    const slot = cellStart[c]! + fillAt[c]!++;
    cellSites[slot] = s;
    sitePos[s] = slot;
  }
  return {
    nx,
    ny,
    nz,
    cellSize: h,
    ox: minX,
    oy: minY,
    oz: minZ,
    cellStart,
    siteCell,
    filledCells,
    cellFilled: perCell,
    cellIx,
    cellIy,
    cellIz,
    rowFrom,
    rowTo,
    cellSites,
    sitePos,
  };
}

/** Index of the cell that coordinate v (in cells) falls in, clamped to [0, n). */
function clampCell(v: number, n: number): number {
  const i = Math.floor(v);
  return i < 0 ? 0 : i >= n ? n - 1 : i;
}
