#!/usr/bin/env node
// Draws the Tooth Rebirth icon and writes every file electron-builder needs:
//   build/icon.png (1024 px, macOS and the fallback), build/icon.ico (Windows), build/icon.icns (macOS),
//   build/icons/<n>x<n>.png (Linux).
// `node build/icons.mjs` regenerates them; the output depends on nothing but this file.
//
// The icon is drawn from signed distance functions, each size rendered directly (not scaled down), so
// small sizes stay crisp. Only + - * / and Math.sqrt/min/max/abs are used, which IEEE 754 makes exact on
// every platform, so the pixels are reproducible bit for bit. The PNG/ICO/ICNS containers are simple enough
// to write here with node:zlib, which spares the project an image-processing dependency for one icon.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

// --- colours (sRGB, 0..255) -------------------------------------------------------------------------
const BACKGROUND_TOP = [31, 47, 63]; // the clinic's blue-grey, lit from above
const BACKGROUND_BOTTOM = [11, 18, 26];
const ENAMEL_TOP = [250, 246, 238]; // translucent warm white
const ENAMEL_BOTTOM = [226, 206, 168]; // dentin warmth towards the roots
const ENAMEL_RIM = [196, 182, 158];
const NANOBOT = [64, 232, 214]; // cyan-teal, distinct from every enamel colour

// --- shapes, in units of the icon's width; y points down ---------------------------------------------
const clamp01 = (x) => Math.min(1, Math.max(0, x));
const mix = (a, b, t) => a + (b - a) * t;

function roundedBox(px, py, cx, cy, hx, hy, r) {
  const qx = Math.abs(px - cx) - hx + r;
  const qy = Math.abs(py - cy) - hy + r;
  const ox = Math.max(qx, 0);
  const oy = Math.max(qy, 0);
  return Math.sqrt(ox * ox + oy * oy) + Math.min(Math.max(qx, qy), 0) - r;
}

function circle(px, py, cx, cy, r) {
  const dx = px - cx;
  const dy = py - cy;
  return Math.sqrt(dx * dx + dy * dy) - r;
}

/** A cone with rounded ends, radius r1 at (ax, ay) and r2 at (bx, by): the shape of a root. */
function roundCone(px, py, ax, ay, bx, by, r1, r2) {
  const bax = bx - ax;
  const bay = by - ay;
  const l2 = bax * bax + bay * bay;
  const rr = r1 - r2;
  const a2 = l2 - rr * rr;
  const il2 = 1 / l2;
  const pax = px - ax;
  const pay = py - ay;
  const y = pax * bax + pay * bay;
  const z = y - l2;
  const wx = pax * l2 - bax * y;
  const wy = pay * l2 - bay * y;
  const x2 = wx * wx + wy * wy;
  const y2 = y * y * l2;
  const z2 = z * z * l2;
  const k = Math.sign(rr) * rr * rr * x2;
  if (Math.sign(z) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - r2;
  if (Math.sign(y) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - r1;
  return (Math.sqrt(x2 * a2 * il2) + y * rr) * il2 - r1;
}

/** Union that blends the two shapes over a distance k, so crown, cusps and roots read as one tooth. */
function smoothUnion(a, b, k) {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

function smoothSubtract(a, b, k) {
  return -smoothUnion(-a, b, k);
}

/** A molar seen from the side: two cusps, a crown, two roots. */
function tooth(px, py) {
  let d = roundedBox(px, py, 0.5, 0.44, 0.2, 0.115, 0.075);
  d = smoothUnion(d, circle(px, py, 0.385, 0.34, 0.098), 0.05);
  d = smoothUnion(d, circle(px, py, 0.615, 0.34, 0.098), 0.05);
  d = smoothSubtract(d, circle(px, py, 0.5, 0.235, 0.055), 0.04); // the groove between the cusps
  d = smoothUnion(d, roundCone(px, py, 0.41, 0.52, 0.39, 0.765, 0.072, 0.03), 0.06);
  d = smoothUnion(d, roundCone(px, py, 0.59, 0.52, 0.61, 0.765, 0.072, 0.03), 0.06);
  return smoothSubtract(d, circle(px, py, 0.5, 0.72, 0.062), 0.05); // the fork between the roots
}

/** Nanobots arriving at the crown: position and radius. */
const BOTS = [
  [0.2, 0.27, 0.022],
  [0.245, 0.185, 0.017],
  [0.315, 0.13, 0.013],
  [0.8, 0.27, 0.022],
  [0.755, 0.185, 0.017],
  [0.685, 0.13, 0.013],
  [0.5, 0.115, 0.016],
];

/** Renders the icon at `size` x `size` pixels; returns RGBA bytes, not premultiplied. */
export function renderIcon(size) {
  const rgba = new Uint8Array(size * size * 4);
  const px1 = 1 / size; // one pixel, in icon units
  // Smaller icons get a larger margin-to-body ratio on no platform; one layout serves every size.
  for (let y = 0; y < size; y++) {
    const py = (y + 0.5) / size;
    for (let x = 0; x < size; x++) {
      const px = (x + 0.5) / size;

      const dBackground = roundedBox(px, py, 0.5, 0.5, 0.41, 0.41, 0.18);
      const backgroundAlpha = clamp01(0.5 - dBackground / px1);
      if (backgroundAlpha === 0) continue;
      const tb = clamp01((py - 0.09) / 0.82);
      let r = mix(BACKGROUND_TOP[0], BACKGROUND_BOTTOM[0], tb);
      let g = mix(BACKGROUND_TOP[1], BACKGROUND_BOTTOM[1], tb);
      let b = mix(BACKGROUND_TOP[2], BACKGROUND_BOTTOM[2], tb);

      const dTooth = tooth(px, py);
      const toothAlpha = clamp01(0.5 - dTooth / px1);
      if (toothAlpha > 0) {
        const tt = clamp01((py - 0.24) / 0.53);
        // A soft rim: the edge of the enamel is a little darker than its face.
        const rim = 1 - clamp01(-dTooth / 0.045);
        const tr = mix(mix(ENAMEL_TOP[0], ENAMEL_BOTTOM[0], tt), ENAMEL_RIM[0], rim * 0.55);
        const tg = mix(mix(ENAMEL_TOP[1], ENAMEL_BOTTOM[1], tt), ENAMEL_RIM[1], rim * 0.55);
        const tbl = mix(mix(ENAMEL_TOP[2], ENAMEL_BOTTOM[2], tt), ENAMEL_RIM[2], rim * 0.55);
        r = mix(r, tr, toothAlpha);
        g = mix(g, tg, toothAlpha);
        b = mix(b, tbl, toothAlpha);
      }

      // Each bot: a solid core and an additive glow falling off as 1 / (1 + (d / width)^2).
      let glow = 0;
      let core = 0;
      for (const [bx, by, br] of BOTS) {
        const d = circle(px, py, bx, by, br);
        core = Math.max(core, clamp01(0.5 - d / px1));
        if (d > 0) {
          const q = d / (br * 1.2);
          glow += 0.55 / (1 + q * q * 4);
        }
      }
      glow = clamp01(glow) * (1 - core);
      r = Math.min(255, mix(r, NANOBOT[0], core) + NANOBOT[0] * glow * 0.6);
      g = Math.min(255, mix(g, NANOBOT[1], core) + NANOBOT[1] * glow * 0.6);
      b = Math.min(255, mix(b, NANOBOT[2], core) + NANOBOT[2] * glow * 0.6);

      const i = (y * size + x) * 4;
      rgba[i] = Math.round(r);
      rgba[i + 1] = Math.round(g);
      rgba[i + 2] = Math.round(b);
      rgba[i + 3] = Math.round(backgroundAlpha * 255);
    }
  }
  return rgba;
}

// --- containers -------------------------------------------------------------------------------------
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA PNG. Rows use the "Up" filter, which suits the icon's vertical gradients. */
export function encodePng(width, height, rgba) {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const out = y * (stride + 1);
    raw[out] = y === 0 ? 0 : 2;
    for (let i = 0; i < stride; i++) {
      const value = rgba[y * stride + i];
      const above = y === 0 ? 0 : rgba[(y - 1) * stride + i];
      raw[out + 1 + i] = (value - above) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Reads back an RGBA PNG written by encodePng (for the tests): { width, height, rgba }. */
export function decodePng(buffer) {
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 6) throw new Error('decodePng reads 8-bit RGBA only');
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const value = raw[y * (stride + 1) + 1 + i];
      const left = i >= 4 ? rgba[y * stride + i - 4] : 0;
      const above = y > 0 ? rgba[(y - 1) * stride + i] : 0;
      const aboveLeft = y > 0 && i >= 4 ? rgba[(y - 1) * stride + i - 4] : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = above;
      else if (filter === 3) predicted = (left + above) >> 1;
      else if (filter === 4) {
        const p = left + above - aboveLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - above);
        const pc = Math.abs(p - aboveLeft);
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? above : aboveLeft;
      }
      rgba[y * stride + i] = (value + predicted) & 0xff;
    }
  }
  return { width, height, rgba };
}

/** A Windows .ico holding PNG images (supported since Windows Vista). */
export function encodeIco(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header[entry] = size >= 256 ? 0 : size;
    header[entry + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, entry + 4); // planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

/** A macOS .icns holding PNG images, each under its OSType. */
export function encodeIcns(entries) {
  const parts = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** OSType -> pixel size (the @2x types hold twice their point size). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];

/** Writes every icon file into `outDir`; returns the paths written. */
export function writeIcons(outDir) {
  const cache = new Map();
  const png = (size) => {
    if (!cache.has(size)) cache.set(size, encodePng(size, size, renderIcon(size)));
    return cache.get(size);
  };
  const written = [];
  const write = (relative, data) => {
    const file = path.join(outDir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, data);
    written.push(file);
  };
  write('icon.png', png(1024));
  write('icon.ico', encodeIco(ICO_SIZES.map((size) => ({ size, png: png(size) }))));
  write('icon.icns', encodeIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: png(size) }))));
  for (const size of LINUX_SIZES) write(path.join('icons', `${size}x${size}.png`), png(size));
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const outDir = path.dirname(fileURLToPath(import.meta.url));
  for (const file of writeIcons(outDir)) console.log(path.relative(process.cwd(), file));
}
