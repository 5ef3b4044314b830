// The spatial index the bots search for work: a uniform grid (cell list) over the sites that lack enamel.
// Written here because the engine imports nothing, and because what it needs is narrow: nearest *open* site
// to a point, and O(1) opening and closing of sites as bots claim them. Each cell's sites sit in one block of
// `cellSites` with the open ones first, so closing a site is a swap within its cell. A search walks shells of
// cells outwards from the point's cell and stops as soon as no unvisited cell can hold anything nearer; when
// the first shells are empty it falls back to the list of cells that still have open sites. Ties go to the
// lower site index, so results never depend on the order of sites within a cell. Its static layout is worked
// out in gridLayout.ts.

import { layoutGrid } from './gridLayout';

/** Shells walked before falling back to the list of non-empty cells. */
const SHELL_LIMIT = 3;

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
  /** Indexed sites per cell. Static. */
  private readonly cellFilled: Uint32Array;
  /** Each cell's coordinates in cells (static), so the exhaustive search divides nothing. */
  private readonly cellIx: Uint8Array;
  private readonly cellIy: Uint8Array;
  private readonly cellIz: Uint8Array;
  /** Per row of cells along x (index iz * ny + iy): first and last x of its cells with indexed sites. Static. */
  private readonly rowFrom: Int32Array;
  private readonly rowTo: Int32Array;
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

  /**
   * The answer of the last search from each site's own position (where bots in the gel search from), and
   * the value of `opened` when it was found. It stays the answer while no site has opened since and it is
   * still open: closing other sites cannot bring anything nearer. Derived; not part of the state.
   */
  private readonly fromSite: Int32Array;
  private readonly fromSiteAt: Float64Array;
  /**
   * Per row of cells along x (index iz * ny + iy), `rowWords` words of bits: bit ix is set while cell ix of
   * the row has an open site, so a search visits only those cells. Derived from cellOpen; not part of the
   * state (rebuilt by `restored`).
   */
  private readonly openBits: Int32Array;
  private readonly rowWords: number;
  /**
   * 1 for each open site: one small array to read, where working it out from the state arrays takes four
   * dependent loads (a remembered answer is checked this way at every launch). Derived from the state; not
   * part of it (rebuilt by `restored`).
   */
  private readonly siteOpen: Uint8Array;

  /** Counts the sites opened (and the times the state was put back): a cached answer found before is stale. */
  private opened = 1;

  // Search scratch: the query point and the best squared distance so far live in a typed array, and the
  // search's helpers take only small integers, so a query allocates nothing (V8 keeps a double passed to a
  // function it does not inline in a heap box).
  private readonly query = new Float64Array(4);
  private best = -1;

  /**
   * @param positions xyz of every site
   * @param indexed the sites to index (those with a deficit), ascending
   * @param areaSum their total area, mm², to size the cells
   */
  constructor(positions: Float32Array, siteCount: number, indexed: Uint32Array, areaSum: number) {
    this.px = positions;
    this.indexedCount = indexed.length;
    const g = layoutGrid(positions, siteCount, indexed, areaSum);
    this.nx = g.nx;
    this.ny = g.ny;
    this.nz = g.nz;
    this.cellSize = g.cellSize;
    this.inv = 1 / g.cellSize;
    this.ox = g.ox;
    this.oy = g.oy;
    this.oz = g.oz;
    this.cellStart = g.cellStart;
    this.siteCell = g.siteCell;
    this.filledCells = g.filledCells;
    this.cellFilled = g.cellFilled;
    this.cellIx = g.cellIx;
    this.cellIy = g.cellIy;
    this.cellIz = g.cellIz;
    this.rowFrom = g.rowFrom;
    this.rowTo = g.rowTo;
    this.cellSites = g.cellSites;
    this.sitePos = g.sitePos;
    const cells = g.nx * g.ny * g.nz;
    this.cellOpen = new Uint32Array(cells);
    this.openCells = new Uint32Array(cells);
    this.openCellPos = new Int32Array(cells).fill(-1);
    this.counts = new Uint32Array(2);
    this.fromSite = new Int32Array(siteCount);
    this.fromSiteAt = new Float64Array(siteCount);
    this.siteOpen = new Uint8Array(siteCount);
    this.rowWords = (g.nx + 31) >>> 5;
    this.openBits = new Int32Array(g.ny * g.nz * this.rowWords);
  }

  /** Number of open sites. */
  get openCount(): number {
    return this.counts[1]!;
  }

  isIndexed(site: number): boolean {
    return this.sitePos[site]! >= 0;
  }

  isOpen(site: number): boolean {
    return this.siteOpen[site] === 1;
  }

  /** Whether site s is open, from the state arrays (what `siteOpen` caches). */
  private openInCell(site: number): boolean {
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
    this.opened++;
    this.siteOpen[site] = 1;
    const firstClosed = this.cellStart[c]! + this.cellOpen[c]!;
    this.swap(slot, firstClosed);
    if (this.cellOpen[c]!++ === 0) {
      this.flipOpenBit(c);
      this.openCellPos[c] = this.counts[0]!;
      this.openCells[this.counts[0]!++] = c;
    }
    this.counts[1]!++;
  }

  /** Marks a site as closed (no work left to claim). No-op when it is not open. */
  close(site: number): void {
    if (!this.isOpen(site)) return;
    this.siteOpen[site] = 0;
    const c = this.siteCell[site]!;
    const lastOpen = this.cellStart[c]! + this.cellOpen[c]! - 1;
    this.swap(this.sitePos[site]!, lastOpen);
    if (--this.cellOpen[c]! === 0) {
      this.flipOpenBit(c);
      const at = this.openCellPos[c]!;
      const last = this.openCells[--this.counts[0]!]!;
      this.openCells[at] = last;
      this.openCellPos[last] = at;
      this.openCellPos[c] = -1;
    }
    this.counts[1]!--;
  }

  /** Cell c has just gained its first open site or lost its last. */
  private flipOpenBit(c: number): void {
    const ix = this.cellIx[c]!;
    const w = (this.cellIz[c]! * this.ny + this.cellIy[c]!) * this.rowWords + (ix >>> 5);
    this.openBits[w] = this.openBits[w]! ^ (1 << (ix & 31));
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

  private scanCell(c: number, openOnly: boolean): void {
    const start = this.cellStart[c]!;
    const end = openOnly ? start + this.cellOpen[c]! : this.cellStart[c + 1]!;
    const p = this.px;
    const sites = this.cellSites;
    const q = this.query;
    const x = q[0]!;
    const y = q[1]!;
    const z = q[2]!;
    let bestD = q[3]!;
    let best = this.best;
    for (let slot = start; slot < end; slot++) {
      const s = sites[slot]!;
      const dx = p[s * 3]! - x;
      const dy = p[s * 3 + 1]! - y;
      const dz = p[s * 3 + 2]! - z;
      const d = dx * dx + dy * dy + dz * dz;
      if (d < bestD || (d === bestD && s < best)) {
        bestD = d;
        best = s;
      }
    }
    q[3] = bestD;
    this.best = best;
  }

  /**
   * Scans the cells of shell r around cell (cx, cy, cz) (those whose largest offset on any axis is r) that
   * lie in the grid and hold candidates. Rows of cells along x are walked as runs clipped to the grid and to
   * the row's occupied stretch (rowFrom..rowTo), so the many empty cells around a surface cost little.
   */
  private walkShell(cx: number, cy: number, cz: number, r: number, openOnly: boolean): void {
    const nx = this.nx;
    const ny = this.ny;
    const z0 = Math.max(cz - r, 0);
    const z1 = Math.min(cz + r, this.nz - 1);
    const y0 = Math.max(cy - r, 0);
    const y1 = Math.min(cy + r, ny - 1);
    const rowFrom = this.rowFrom;
    const rowTo = this.rowTo;
    const counts = openOnly ? this.cellOpen : this.cellFilled;
    for (let iz = z0; iz <= z1; iz++) {
      const zFace = iz === cz - r || iz === cz + r;
      for (let iy = y0; iy <= y1; iy++) {
        const row = iz * ny + iy;
        const lo = rowFrom[row]!;
        const hi = rowTo[row]!;
        if (lo > hi) continue;
        const base = row * nx;
        if (zFace || iy === cy - r || iy === cy + r) {
          const x0 = Math.max(cx - r, lo);
          const x1 = Math.min(cx + r, hi);
          for (let ix = x0; ix <= x1; ix++) if (counts[base + ix] !== 0) this.scanCell(base + ix, openOnly);
        } else {
          const xa = cx - r;
          if (xa >= lo && xa <= hi && counts[base + xa] !== 0) this.scanCell(base + xa, openOnly);
          const xb = cx + r;
          if (r > 0 && xb >= lo && xb <= hi && counts[base + xb] !== 0) this.scanCell(base + xb, openOnly);
        }
      }
    }
  }

  /**
   * `walkShell` among open sites: the cells of each row are found from its bits (openBits), so closed and
   * empty cells cost nothing.
   */
  private walkShellOpen(cx: number, cy: number, cz: number, r: number): void {
    const nx = this.nx;
    const ny = this.ny;
    const words = this.rowWords;
    const bits = this.openBits;
    const z0 = Math.max(cz - r, 0);
    const z1 = Math.min(cz + r, this.nz - 1);
    const y0 = Math.max(cy - r, 0);
    const y1 = Math.min(cy + r, ny - 1);
    const x0 = Math.max(cx - r, 0);
    const x1 = Math.min(cx + r, nx - 1);
    for (let iz = z0; iz <= z1; iz++) {
      const zFace = iz === cz - r || iz === cz + r;
      for (let iy = y0; iy <= y1; iy++) {
        const row = iz * ny + iy;
        const at = row * words;
        const base = row * nx;
        if (zFace || iy === cy - r || iy === cy + r) {
          // The run x0..x1, word by word: keep its bits, then visit each set one.
          for (let w = x0 >>> 5; w <= x1 >>> 5; w++) {
            let set = bits[at + w]!;
            if (set === 0) continue;
            const first = w << 5;
            if (x0 > first) set &= -1 << (x0 - first);
            if (x1 < first + 31) set &= -1 >>> (31 - (x1 - first));
            while (set !== 0) {
              const low = set & -set;
              set ^= low;
              const ix = first + 31 - Math.clz32(low);
              this.scanCell(base + ix, true);
            }
          }
        } else {
          const xa = cx - r;
          if (xa >= 0 && (bits[at + (xa >>> 5)]! >>> (xa & 31)) & 1) this.scanCell(base + xa, true);
          const xb = cx + r;
          if (r > 0 && xb < nx && (bits[at + (xb >>> 5)]! >>> (xb & 31)) & 1) this.scanCell(base + xb, true);
        }
      }
    }
  }

  /**
   * The nearest site to (x, y, z): among open sites when `openOnly`, else among all indexed sites.
   * Returns -1 when there is none.
   */
  nearest(x: number, y: number, z: number, openOnly: boolean): number {
    const q = this.query;
    q[0] = x;
    q[1] = y;
    q[2] = z;
    return this.search(openOnly);
  }

  /** `nearest` to the point `coords[3i..3i+2]` (a site's or a bot's position): no number crosses a call. */
  nearestTo(coords: Float32Array, i: number, openOnly: boolean): number {
    const q = this.query;
    q[0] = coords[i * 3]!;
    q[1] = coords[i * 3 + 1]!;
    q[2] = coords[i * 3 + 2]!;
    return this.search(openOnly);
  }

  /**
   * The nearest open site to site `site`'s own position: `nearestTo(positions, site, true)`, answered from
   * the last such search while that answer still holds (see `fromSite`).
   */
  nearestOpenToSite(site: number): number {
    if (this.fromSiteAt[site] === this.opened) {
      const k = this.fromSite[site]!;
      if (k < 0 || this.isOpen(k)) return k;
    }
    const k = this.nearestTo(this.px, site, true);
    this.fromSite[site] = k;
    this.fromSiteAt[site] = this.opened;
    return k;
  }

  /**
   * The state arrays were put back (from a snapshot): drops every remembered answer and rebuilds what is
   * derived from them (the open cells' bits and the open flags).
   */
  restored(): void {
    this.opened++;
    this.openBits.fill(0);
    for (let c = 0; c < this.cellOpen.length; c++) if (this.cellOpen[c]! > 0) this.flipOpenBit(c);
    for (let s = 0; s < this.siteOpen.length; s++) this.siteOpen[s] = this.openInCell(s) ? 1 : 0;
  }

  private search(openOnly: boolean): number {
    if (openOnly ? this.counts[1] === 0 : this.indexedCount === 0) return -1;
    const q = this.query;
    this.best = -1;
    q[3] = Infinity;
    // The point's cell, clamped to the grid (written out: a helper would take the coordinate as a double).
    const nx = this.nx;
    const ny = this.ny;
    const nz = this.nz;
    const fx = Math.floor((q[0]! - this.ox) * this.inv);
    const fy = Math.floor((q[1]! - this.oy) * this.inv);
    const fz = Math.floor((q[2]! - this.oz) * this.inv);
    const cx = fx < 0 ? 0 : fx >= nx ? nx - 1 : fx;
    const cy = fy < 0 ? 0 : fy >= ny ? ny - 1 : fy;
    const cz = fz < 0 ? 0 : fz >= nz ? nz - 1 : fz;
    const maxR = Math.max(nx, ny, nz);
    const h = this.cellSize;
    for (let r = 0; r <= maxR; r++) {
      if (r > SHELL_LIMIT && this.best < 0) {
        // Nothing in the first shells: an exact search over the cells that hold candidates, skipping those
        // farther than the best so far. Written out here rather than in a method of its own: this path runs
        // rarely, and a rarely called method stays unoptimised and boxes every number it computes, while
        // this one is compiled with the search it belongs to.
        const list = openOnly ? this.openCells : this.filledCells;
        const n = openOnly ? this.counts[0]! : this.filledCells.length;
        const x = q[0]!;
        const y = q[1]!;
        const z = q[2]!;
        const cellIx = this.cellIx;
        const cellIy = this.cellIy;
        const cellIz = this.cellIz;
        for (let j = 0; j < n; j++) {
          const c = list[j]!;
          const ix = cellIx[c]!;
          const iy = cellIy[c]!;
          const iz = cellIz[c]!;
          // Distance from the point to the cell's box, axis by axis.
          const lx = this.ox + ix * h;
          const ly = this.oy + iy * h;
          const lz = this.oz + iz * h;
          const gx = x < lx ? lx - x : x > lx + h ? x - lx - h : 0;
          const gy = y < ly ? ly - y : y > ly + h ? y - ly - h : 0;
          const gz = z < lz ? lz - z : z > lz + h ? z - lz - h : 0;
          if (gx * gx + gy * gy + gz * gz > q[3]!) continue;
          this.scanCell(c, openOnly);
        }
        return this.best;
      }
      if (openOnly) this.walkShellOpen(cx, cy, cz, r);
      else this.walkShell(cx, cy, cz, r, false);
      // Every cell not yet visited lies beyond a face of the box of cells walked so far (shells 0 to r):
      // the nearest such face bounds the distance to anything unvisited. Faces at the grid's edge have
      // nothing beyond them. Sites are filed into cells by rounded arithmetic, so the bound is shaded by a
      // millionth of a cell: an early stop is never wrong, at worst one shell late.
      if (this.best >= 0) {
        let bound = Infinity;
        if (cx - r > 0) bound = Math.min(bound, q[0]! - (this.ox + (cx - r) * h));
        if (cx + r < nx - 1) bound = Math.min(bound, this.ox + (cx + r + 1) * h - q[0]!);
        if (cy - r > 0) bound = Math.min(bound, q[1]! - (this.oy + (cy - r) * h));
        if (cy + r < ny - 1) bound = Math.min(bound, this.oy + (cy + r + 1) * h - q[1]!);
        if (cz - r > 0) bound = Math.min(bound, q[2]! - (this.oz + (cz - r) * h));
        if (cz + r < nz - 1) bound = Math.min(bound, this.oz + (cz + r + 1) * h - q[2]!);
        bound -= h * 1e-6;
        if (bound === Infinity || (bound > 0 && q[3]! <= bound * bound)) return this.best;
      }
    }
    return this.best;
  }
}
