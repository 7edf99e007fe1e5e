#!/usr/bin/env node
// The app icon, drawn for this project: a seal with a serrated edge, a gold
// ring of dots and a courthouse. One list of shapes produces both
// assets/icon.svg (kept in the repo) and the PNG electron-builder needs
// (written at packaging time to dist/icons/icon.png, never committed).
// Plain JavaScript with no dependencies: a small scanline rasterizer and a
// PNG encoder on node:zlib, so packaging works on any machine with Node.
//
//   node electron/make-icon.mjs          writes assets/icon.svg and dist/icons/icon.png
//   node electron/make-icon.mjs --check  fails if assets/icon.svg is out of date
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

export const SIZE = 1024;
const NAVY = '#1f3a5f';
const GOLD = '#c9a227';
const CREAM = '#f7f2e3';

const C = SIZE / 2;
const round = (n) => Math.round(n * 10) / 10;

function regularPoints(count, radiusAt, phase = 0) {
  return Array.from({ length: count }, (_, i) => {
    const angle = phase + (i / count) * 2 * Math.PI;
    const r = radiusAt(i);
    return [round(C + r * Math.cos(angle)), round(C + r * Math.sin(angle))];
  });
}

const rect = (x, y, width, height, fill) => ({ kind: 'polygon', fill, points: [[x, y], [x + width, y], [x + width, y + height], [x, y + height]] });
const circle = (cx, cy, r, fill) => ({ kind: 'circle', fill, cx, cy, r });

/** The icon, back to front. */
export function iconShapes() {
  const shapes = [
    // Serrated seal edge: 60 teeth.
    { kind: 'polygon', fill: NAVY, points: regularPoints(120, (i) => (i % 2 === 0 ? 506 : 476), -Math.PI / 2) },
    circle(C, C, 446, GOLD),
    circle(C, C, 428, NAVY),
    ...regularPoints(40, () => 392, -Math.PI / 2).map(([x, y]) => circle(x, y, 11, GOLD)),
    circle(C, C, 352, GOLD),
    circle(C, C, 338, CREAM),
  ];
  // The courthouse: pediment, entablature, four columns, two steps.
  shapes.push({ kind: 'polygon', fill: NAVY, points: [[C, 262], [C + 214, 378], [C - 214, 378]] });
  shapes.push({ kind: 'polygon', fill: CREAM, points: [[C, 300], [C + 128, 362], [C - 128, 362]] });
  shapes.push(rect(C - 200, 390, 400, 34, NAVY));
  for (const x of [-170, -75, 29, 124]) shapes.push(rect(C + x, 436, 46, 220, NAVY));
  shapes.push(rect(C - 214, 668, 428, 30, NAVY));
  shapes.push(rect(C - 246, 708, 492, 34, GOLD));
  return shapes;
}

export function renderSvg(shapes = iconShapes()) {
  const body = shapes.map((shape) =>
    shape.kind === 'circle'
      ? `  <circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" fill="${shape.fill}"/>`
      : `  <polygon points="${shape.points.map(([x, y]) => `${x},${y}`).join(' ')}" fill="${shape.fill}"/>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}">`,
    '  <title>NextGen Trainer</title>',
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

function hexColor(hex) {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
}

function outline(shape) {
  if (shape.kind === 'polygon') return shape.points;
  const segments = Math.max(32, Math.ceil(shape.r * 1.5));
  return Array.from({ length: segments }, (_, i) => {
    const angle = (i / segments) * 2 * Math.PI;
    return [shape.cx + shape.r * Math.cos(angle), shape.cy + shape.r * Math.sin(angle)];
  });
}

/**
 * Coverage of one convex-or-not polygon (even-odd), exact across each
 * sub-row and sampled at `SUB` sub-rows per pixel.
 */
function coverage(points, size) {
  const SUB = 4;
  const cover = new Float32Array(size * size);
  const ys = points.map(([, y]) => y);
  const top = Math.max(0, Math.floor(Math.min(...ys)));
  const bottom = Math.min(size, Math.ceil(Math.max(...ys)));
  for (let row = top * SUB; row < bottom * SUB; row += 1) {
    const y = (row + 0.5) / SUB;
    const crossings = [];
    for (let i = 0; i < points.length; i += 1) {
      const [x0, y0] = points[i];
      const [x1, y1] = points[(i + 1) % points.length];
      if (y0 <= y === y1 <= y) continue;
      crossings.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
    }
    crossings.sort((a, b) => a - b);
    const line = Math.floor(y) * size;
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      const from = Math.max(0, crossings[i]);
      const to = Math.min(size, crossings[i + 1]);
      for (let px = Math.floor(from); px < to; px += 1) {
        const covered = Math.min(px + 1, to) - Math.max(px, from);
        if (covered > 0) cover[line + px] += covered / SUB;
      }
    }
  }
  return cover;
}

/** RGBA pixels of the icon at `size` × `size`, transparent outside the seal. */
export function rasterize(shapes = iconShapes(), size = SIZE) {
  const scale = size / SIZE;
  const pixels = new Float32Array(size * size * 4); // premultiplied
  for (const shape of shapes) {
    const points = outline(shape).map(([x, y]) => [x * scale, y * scale]);
    const cover = coverage(points, size);
    const [r, g, b] = hexColor(shape.fill);
    for (let i = 0; i < cover.length; i += 1) {
      const a = Math.min(1, cover[i]);
      if (a === 0) continue;
      const o = i * 4;
      pixels[o] = r * a + pixels[o] * (1 - a);
      pixels[o + 1] = g * a + pixels[o + 1] * (1 - a);
      pixels[o + 2] = b * a + pixels[o + 2] * (1 - a);
      pixels[o + 3] = a + pixels[o + 3] * (1 - a);
    }
  }
  const rgba = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i += 1) {
    const a = pixels[i * 4 + 3];
    for (let c = 0; c < 3; c += 1) rgba[i * 4 + c] = a > 0 ? Math.round(pixels[i * 4 + c] / a) : 0;
    rgba[i * 4 + 3] = Math.round(a * 255);
  }
  return rgba;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(rgba, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function renderPng(size = SIZE) {
  return encodePng(rasterize(iconShapes(), size), size);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const svgPath = join(root, 'assets', 'icon.svg');
  if (process.argv.includes('--check')) {
    if (readFileSync(svgPath, 'utf8') !== renderSvg()) {
      console.error('assets/icon.svg is out of date: run node electron/make-icon.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(svgPath, renderSvg());
    const pngPath = join(root, 'dist', 'icons', 'icon.png');
    mkdirSync(dirname(pngPath), { recursive: true });
    writeFileSync(pngPath, renderPng());
    console.log(`Wrote assets/icon.svg and dist/icons/icon.png (${SIZE}×${SIZE}).`);
  }
}
