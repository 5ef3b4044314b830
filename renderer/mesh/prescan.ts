// Pre-scans of OBJ and PLY files: the triangles and vertices a file would produce, counted from its bytes and
// its header and checked against the limits and the file's real size, before a reader allocates for them.
// (glTF and GLB: prescanGltf.ts. Binary STL: its one count is checked in formats.ts.)
import { assertTriangleLimit, MAX_VERTICES, MeshLoadError } from './types';

const NL = 0x0a;
const CR = 0x0d;
const BACKSLASH = 0x5c;

/** ASCII whitespace, or the lead byte of a multi-byte character (which may be a Unicode space): counting it as a
 * separator can only overcount tokens, never undercount them. */
function isSeparator(b: number): boolean {
  return b <= 0x20 || b >= 0xc0;
}

/**
 * Count, without decoding the text, what three's OBJ reader would build: a line starting with `f` fans its
 * corners into corners − 2 triangles; `v` lines are vertices; `l` and `p` lines store one vertex per token.
 * Refuses a file over the triangle or vertex limits, or with a face of more corners than the file has vertices
 * (such a face repeats vertices: a fan of degenerate triangles).
 */
export function prescanObj(bytes: Uint8Array): void {
  let triangles = 0;
  let vertices = 0;
  let otherCorners = 0;
  let widestFace = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    // Start of a line: skip leading whitespace (the reader trims it).
    while (i < n && bytes[i] !== NL && isSeparator(bytes[i]!)) i++;
    if (i >= n) break;
    const kind = bytes[i]!;
    if (kind === 0x76 /* v */) {
      if (i + 1 < n && isSeparator(bytes[i + 1]!) && bytes[i + 1] !== NL) vertices++;
    }
    const counting = kind === 0x66 /* f */ || kind === 0x6c /* l */ || kind === 0x70; /* p */
    if (counting) i++; // the reader drops the first character of these lines
    let tokens = 0;
    let inToken = false;
    for (; i < n; i++) {
      const b = bytes[i]!;
      if (b === NL) break;
      // A backslash at the end of a line joins the next line to it.
      if (b === BACKSLASH && (bytes[i + 1] === NL || (bytes[i + 1] === CR && bytes[i + 2] === NL))) {
        i += bytes[i + 1] === NL ? 1 : 2;
        inToken = false;
        continue;
      }
      if (!counting) continue;
      if (isSeparator(b)) inToken = false;
      else if (!inToken) {
        inToken = true;
        tokens++;
      }
    }
    i++;
    if (kind === 0x66) {
      if (tokens > 2) triangles += tokens - 2;
      if (tokens > widestFace) widestFace = tokens;
    } else if (counting) otherCorners += tokens;
  }
  assertTriangleLimit(triangles, 'OBJ file');
  if (vertices > MAX_VERTICES) {
    throw new MeshLoadError(
      'too-large',
      `This OBJ file lists ${vertices.toLocaleString('en')} vertices; the limit is ${MAX_VERTICES.toLocaleString('en')}.`,
    );
  }
  if (otherCorners > MAX_VERTICES) {
    throw new MeshLoadError(
      'too-large',
      `This OBJ file lists ${otherCorners.toLocaleString('en')} line and point corners; the limit is ${MAX_VERTICES.toLocaleString('en')}.`,
    );
  }
  if (widestFace > Math.max(vertices, 3)) {
    throw new MeshLoadError(
      'corrupt',
      `This OBJ file is damaged: a face has ${widestFace.toLocaleString('en')} corners but the file has only ${vertices.toLocaleString('en')} vertices.`,
    );
  }
}

export interface PlyHeader {
  format: string;
  vertices: number;
  faces: number;
  headerLength: number;
}

const PLY_SIZES: Record<string, number> = {
  char: 1,
  uchar: 1,
  int8: 1,
  uint8: 1,
  short: 2,
  ushort: 2,
  int16: 2,
  uint16: 2,
  int: 4,
  uint: 4,
  int32: 4,
  uint32: 4,
  float: 4,
  float32: 4,
  double: 8,
  float64: 8,
};

function headerText(bytes: Uint8Array, end: number): string {
  let s = '';
  for (let i = 0; i < end; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/**
 * Read a PLY header and check its element counts against the limits and against the bytes the file really
 * holds after the header: each element needs at least its fixed-size properties and its list lengths (binary),
 * or one character and a separator per property (ASCII).
 */
export function prescanPly(bytes: Uint8Array): PlyHeader {
  const head = headerText(bytes, Math.min(bytes.length, 64 * 1024));
  const end = head.search(/end_header\r?\n?/);
  if (end < 0) {
    throw new MeshLoadError('truncated', 'This PLY file has no complete header: it is truncated or damaged.');
  }
  const endLine = /end_header\r?\n?/.exec(head.slice(end))![0];
  const h: PlyHeader = { format: '', vertices: 0, faces: 0, headerLength: end + endLine.length };
  const elements: { count: number; binaryBytes: number; properties: number }[] = [];
  let current = '';
  for (const line of head.slice(0, end).split(/\r?\n|\r/)) {
    const w = line.trim().split(/\s+/);
    if (w[0] === 'format') h.format = w[1] ?? '';
    else if (w[0] === 'element') {
      current = w[1] ?? '';
      const n = Number(w[2]);
      if (!Number.isInteger(n) || n < 0)
        throw new MeshLoadError('corrupt', 'This PLY file has a damaged header.');
      if (current === 'vertex') h.vertices = n;
      else if (current === 'face') h.faces = n;
      elements.push({ count: n, binaryBytes: 0, properties: 0 });
    } else if (w[0] === 'property' && elements.length > 0) {
      const e = elements[elements.length - 1]!;
      // A list costs at least its length field; a scalar its own size.
      e.binaryBytes += PLY_SIZES[(w[1] === 'list' ? w[2] : w[1]) ?? ''] ?? 0;
      e.properties++;
    }
  }
  if (!h.format) throw new MeshLoadError('corrupt', 'This PLY file has a damaged header (no format line).');
  if (h.vertices > MAX_VERTICES) {
    throw new MeshLoadError(
      'too-large',
      `This PLY file declares ${h.vertices.toLocaleString('en')} vertices; the limit is ${MAX_VERTICES.toLocaleString('en')}.`,
    );
  }
  assertTriangleLimit(h.faces, 'PLY file', true);
  const ascii = h.format === 'ascii';
  let need = 0;
  for (const e of elements) need += e.count * (ascii ? 2 * e.properties : e.binaryBytes);
  if (ascii) need = Math.max(0, need - 1); // the last value needs no separator after it
  const have = bytes.length - h.headerLength;
  if (need > have) {
    throw new MeshLoadError(
      'truncated',
      `This PLY file is truncated: its header declares ${h.vertices.toLocaleString('en')} vertices and ${h.faces.toLocaleString('en')} faces, which need at least ${need.toLocaleString('en')} bytes, but it holds ${have.toLocaleString('en')}.`,
    );
  }
  return h;
}
