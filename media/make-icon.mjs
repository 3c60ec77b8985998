// Draws media/icon.png (128x128 RGBA): a rounded blue tile with a white "!" in a speech bubble.
// Run: node media/make-icon.mjs. No dependencies beyond Node's zlib.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const px = new Uint8Array(SIZE * SIZE * 4);

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

// 4x4 supersampling for smooth edges.
function coverage(test, x, y) {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (test(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

const tile = (x, y) => inRoundedRect(x, y, 4, 4, 124, 124, 24);
const bubble = (x, y) =>
  inRoundedRect(x, y, 24, 22, 104, 90, 16) || (y >= 88 && y <= 108 && x >= 40 && x <= 60 && x - 40 <= (108 - y) * 1.0);
const bang = (x, y) => inRoundedRect(x, y, 58, 32, 70, 66, 6) || (x - 64) ** 2 + (y - 77) ** 2 <= 7 * 7;

for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    const t = coverage(tile, x, y);
    const b = coverage(bubble, x, y);
    const e = coverage(bang, x, y);
    // Blue gradient tile, white bubble, orange "!".
    const blue = [0, Math.round(100 + (x + y) * 0.25), Math.round(220 - y * 0.3)];
    let rgb = blue;
    rgb = rgb.map((c) => c * (1 - b) + 255 * b);
    rgb = rgb.map((c, i) => c * (1 - e) + [255, 120, 0][i] * e);
    const o = (y * SIZE + x) * 4;
    px[o] = Math.round(rgb[0]);
    px[o + 1] = Math.round(rgb[1]);
    px[o + 2] = Math.round(rgb[2]);
    px[o + 3] = Math.round(255 * t);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  Buffer.from(px.buffer, y * SIZE * 4, SIZE * 4).copy(raw, y * (SIZE * 4 + 1) + 1);
}
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(fileURLToPath(new URL('./icon.png', import.meta.url)), png);
