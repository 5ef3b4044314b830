// The spatial index the bots search for work: a uniform grid (cell list) over the sites that lack enamel.
// Written here because the engine imports nothing, and because what it needs is narrow: nearest *open* site
// to a point, and O(1) opening and closing of sites as bots claim them. Each cell's sites sit in one block of
// `cellSites` with the open ones first, so closing a site is a swap within its cell. A search walks shells of
// cells outwards from the point's cell and stops as soon as no unvisited cell can hold anything nearer; when
// the first shells are empty it falls back to the list of cells that still have open sites. Ties go to the
// lower site index, so results never depend on the order of sites within a cell.

/** Shells walked before falling back to the list of non-empty cells. */
const SHELL_LIMIT = 3;
/** Aimed-for number of sites per occupied cell. */
const SITES_PER_CELL = 6;
/** Upper bounds on the grid's size, so memory stays small whatever the site field. */
const MAX_CELLS_PER_AXIS = 96;
const MAX_CELLS = 1 << 18;

export class SiteGrid {
  readonly nx: number;
  readonly ny: number;
  readonly nz: number;
  readonly cellSize: number;
  private readonly ox: number;
  private readonly oy: number;
  private readonly oz: number;
  private readonly inv: number;
  private readonly px: Float32Array;
  /** First slot of each cell in `cellSites`; cell c holds slots [cellStart[c], cellStart[c + 1]). */
  private readonly cellStart: Uint32Array;
  /** Site of each cell's cell. Static. */
  private readonly siteCell: Int32Array;
  /** Cells that hold any indexed site. Static. */
  private readonly filledCells: Uint32Array;
  /** Number of indexed sites. */
  readonly indexedCount: number;

  // Mutable state, part of the engine's snapshot.
  /** Indexed sites grouped by cell; within a cell the open ones come first. */
  readonly cellSites: Uint32Array;
  /** Open sites per cell. */
  readonly cellOpen: Uint32Array;
  /** Slot of each site in `cellSites`, -1 for sites that are not indexed. */
  readonly sitePos: Int32Array;
  /** Cells with at least one open site, unordered, and each cell's place in that list (-1 when absent). */
  readonly openCells: Uint32Array;
  readonly openCellPos: Int32Array;
  /** [number of cells in openCells, number of open sites]. */
  readonly counts: Uint32Array;

  // Search scratch (no allocation per query).
  private best = -1;
  private bestD = 0;

  /**
   * @param positions xyz of every site
   * @param indexed the sites to index (those with a deficit), ascending
   * @param areaSum their total area, mm², to size the cells
   */
  constructor(positions: Float32Array, siteCount: number, indexed: Uint32Array, areaSum: number) {
    this.px = positions;
    const m = indexed.length;
    this.indexedCount = m;
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
    this.cellSize = h;
    this.inv = 1 / h;
    this.nx = dims(ex);
    this.ny = dims(ey);
    this.nz = dims(ez);
    this.ox = minX;
    this.oy = minY;
    this.oz = minZ;
    const cells = this.nx * this.ny * this.nz;

    this.siteCell = new Int32Array(siteCount).fill(-1);
    const perCell = new Uint32Array(cells);
    for (let j = 0; j < m; j++) {
      const s = indexed[j]!;
      const c = this.cellOf(positions[s * 3]!, positions[s * 3 + 1]!, positions[s * 3 + 2]!);
      this.siteCell[s] = c;
      perCell[c]!++;
    }
    this.cellStart = new Uint32Array(cells + 1);
    let filled = 0;
    for (let c = 0; c < cells; c++) {
      this.cellStart[c + 1] = this.cellStart[c]! + perCell[c]!;
      if (perCell[c]! > 0) filled++;
    }
    this.filledCells = new Uint32Array(filled);
    filled = 0;
    for (let c = 0; c < cells; c++) if (perCell[c]! > 0) this.filledCells[filled++] = c;

    this.cellSites = new Uint32Array(m);
    this.sitePos = new Int32Array(siteCount).fill(-1);
    const fillAt = new Uint32Array(cells);
    for (let j = 0; j < m; j++) {
      const s = indexed[j]!;
      const c = this.siteCell[s]!;
      const slot = this.cellStart[c]! + fillAt[c]!++;
      this.cellSites[slot] = s;
      this.sitePos[s] = slot;
    }
    this.cellOpen = new Uint32Array(cells);
    this.openCells = new Uint32Array(cells);
    this.openCellPos = new Int32Array(cells).fill(-1);
    this.counts = new Uint32Array(2);
  }

  /** Number of open sites. */
  get openCount(): number {
    return this.counts[1]!;
  }

  private clampCell(v: number, n: number): number {
    const i = Math.floor(v);
    return i < 0 ? 0 : i >= n ? n - 1 : i;
  }

  private cellOf(x: number, y: number, z: number): number {
    const ix = this.clampCell((x - this.ox) * this.inv, this.nx);
    const iy = this.clampCell((y - this.oy) * this.inv, this.ny);
    const iz = this.clampCell((z - this.oz) * this.inv, this.nz);
    return (iz * this.ny + iy) * this.nx + ix;
  }

  isIndexed(site: number): boolean {
    return this.sitePos[site]! >= 0;
  }

  isOpen(site: number): boolean {
    const p = this.sitePos[site]!;
    if (p < 0) return false;
    const c = this.siteCell[site]!;
    return p - this.cellStart[c]! < this.cellOpen[c]!;
  }

  /** Marks an indexed site as open (has work). No-op when it already is. */
  open(site: number): void {
    if (this.sitePos[site]! < 0 || this.isOpen(site)) return;
    const c = this.siteCell[site]!;
    const slot = this.sitePos[site]!;
    const firstClosed = this.cellStart[c]! + this.cellOpen[c]!;
    this.swap(slot, firstClosed);
    if (this.cellOpen[c]!++ === 0) {
      this.openCellPos[c] = this.counts[0]!;
      this.openCells[this.counts[0]!++] = c;
    }
    this.counts[1]!++;
  }

  /** Marks a site as closed (no work left to claim). No-op when it is not open. */
  close(site: number): void {
    if (!this.isOpen(site)) return;
    const c = this.siteCell[site]!;
    const lastOpen = this.cellStart[c]! + this.cellOpen[c]! - 1;
    this.swap(this.sitePos[site]!, lastOpen);
    if (--this.cellOpen[c]! === 0) {
      const at = this.openCellPos[c]!;
      const last = this.openCells[--this.counts[0]!]!;
      this.openCells[at] = last;
      this.openCellPos[last] = at;
      this.openCellPos[c] = -1;
    }
    this.counts[1]!--;
  }

  private swap(a: number, b: number): void {
    if (a === b) return;
    const sa = this.cellSites[a]!;
    const sb = this.cellSites[b]!;
    this.cellSites[a] = sb;
    this.cellSites[b] = sa;
    this.sitePos[sb] = a;
    this.sitePos[sa] = b;
  }

  private scanCell(c: number, openOnly: boolean, x: number, y: number, z: number): void {
    const start = this.cellStart[c]!;
    const end = openOnly ? start + this.cellOpen[c]! : this.cellStart[c + 1]!;
    const p = this.px;
    const sites = this.cellSites;
    for (let slot = start; slot < end; slot++) {
      const s = sites[slot]!;
      const dx = p[s * 3]! - x;
      const dy = p[s * 3 + 1]! - y;
      const dz = p[s * 3 + 2]! - z;
      const d = dx * dx + dy * dy + dz * dz;
      if (d < this.bestD || (d === this.bestD && s < this.best)) {
        this.bestD = d;
        this.best = s;
      }
    }
  }

  private visit(
    ix: number,
    iy: number,
    iz: number,
    openOnly: boolean,
    x: number,
    y: number,
    z: number,
  ): void {
    if (ix < 0 || iy < 0 || iz < 0 || ix >= this.nx || iy >= this.ny || iz >= this.nz) return;
    const c = (iz * this.ny + iy) * this.nx + ix;
    if (openOnly ? this.cellOpen[c] === 0 : this.cellStart[c] === this.cellStart[c + 1]) return;
    this.scanCell(c, openOnly, x, y, z);
  }

  /**
   * The nearest site to (x, y, z): among open sites when `openOnly`, else among all indexed sites.
   * Returns -1 when there is none.
   */
  nearest(x: number, y: number, z: number, openOnly: boolean): number {
    if (openOnly ? this.counts[1] === 0 : this.indexedCount === 0) return -1;
    this.best = -1;
    this.bestD = Infinity;
    const cx = this.clampCell((x - this.ox) * this.inv, this.nx);
    const cy = this.clampCell((y - this.oy) * this.inv, this.ny);
    const cz = this.clampCell((z - this.oz) * this.inv, this.nz);
    const maxR = Math.max(this.nx, this.ny, this.nz);
    const h = this.cellSize;
    for (let r = 0; r <= maxR; r++) {
      if (r > SHELL_LIMIT && this.best < 0) return this.scanList(openOnly, x, y, z);
      for (let dx = -r; dx <= r; dx++) {
        const edgeX = dx === -r || dx === r;
        for (let dy = -r; dy <= r; dy++) {
          if (edgeX || dy === -r || dy === r) {
            for (let dz = -r; dz <= r; dz++) this.visit(cx + dx, cy + dy, cz + dz, openOnly, x, y, z);
          } else {
            this.visit(cx + dx, cy + dy, cz - r, openOnly, x, y, z);
            if (r > 0) this.visit(cx + dx, cy + dy, cz + r, openOnly, x, y, z);
          }
        }
      }
      // Every cell beyond shell r is at least r cells away from the point's cell.
      if (this.best >= 0) {
        const bound = r * h;
        if (this.bestD <= bound * bound) return this.best;
      }
    }
    return this.best;
  }

  /** Exact search over the cells that hold candidates, skipping those farther than the best so far. */
  private scanList(openOnly: boolean, x: number, y: number, z: number): number {
    const list = openOnly ? this.openCells : this.filledCells;
    const n = openOnly ? this.counts[0]! : this.filledCells.length;
    const h = this.cellSize;
    for (let j = 0; j < n; j++) {
      const c = list[j]!;
      const ix = c % this.nx;
      const iy = Math.floor(c / this.nx) % this.ny;
      const iz = Math.floor(c / (this.nx * this.ny));
      const gx = axisGap(x, this.ox + ix * h, h);
      const gy = axisGap(y, this.oy + iy * h, h);
      const gz = axisGap(z, this.oz + iz * h, h);
      if (gx * gx + gy * gy + gz * gz > this.bestD) continue;
      this.scanCell(c, openOnly, x, y, z);
    }
    return this.best;
  }
}

/** Distance from v to the interval [lo, lo + h] along one axis. */
function axisGap(v: number, lo: number, h: number): number {
  return v < lo ? lo - v : v > lo + h ? v - lo - h : 0;
}
