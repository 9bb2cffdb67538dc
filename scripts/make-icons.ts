// Draws the add-in's ribbon and store icons (a torch beside a small table on an Office-blue square) and
// writes them as PNG files, so no image tool is needed. Run: npx tsx scripts/make-icons.ts
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgba = [number, number, number, number];

const BLUE: Rgba = [15, 108, 189, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GRID: Rgba = [160, 196, 230, 255];
const HEADER: Rgba = [207, 228, 250, 255];
const FLAME: Rgba = [255, 140, 26, 255];
const FLAME_CORE: Rgba = [255, 214, 64, 255];
const HANDLE: Rgba = [231, 236, 242, 255];

function inRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** A teardrop: a circle with a cone rising to a point above it. */
function inFlame(x: number, y: number, cx: number, cy: number, r: number, height: number): boolean {
  if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) return true;
  const tip = cy - height;
  if (y < tip || y > cy) return false;
  const t = (y - tip) / (cy - tip);
  return Math.abs(x - cx) <= r * Math.sqrt(t);
}

/** The colour at a point of the unit square (0..1 on both axes, y downwards). */
function shade(x: number, y: number): Rgba | null {
  if (!inRoundedRect(x, y, 0, 0, 1, 1, 0.18)) return null;
  // torch: handle and flame on the right
  const handleTop = 0.5;
  if (y >= handleTop && y <= 0.88) {
    const half = 0.075 - (y - handleTop) * 0.09;
    if (Math.abs(x - 0.74) <= half) return HANDLE;
  }
  if (inFlame(x, y, 0.74, 0.41, 0.06, 0.13)) return FLAME_CORE;
  if (inFlame(x, y, 0.74, 0.39, 0.12, 0.28)) return FLAME;
  // table: a white sheet with a header row and grid lines on the left
  const [tx0, ty0, tx1, ty1] = [0.14, 0.3, 0.58, 0.84];
  if (x >= tx0 && x <= tx1 && y >= ty0 && y <= ty1) {
    const line = 0.035;
    const rows = [ty0 + 0.14, ty0 + 0.27, ty0 + 0.40];
    const col = tx0 + 0.16;
    if (y < rows[0]) return HEADER;
    if (rows.some((r) => Math.abs(y - r) < line / 2) || Math.abs(x - col) < line / 2) return GRID;
    return WHITE;
  }
  return BLUE;
}

/** RGBA pixels of the icon at `size`, anti-aliased by 4×4 supersampling. */
export function renderIcon(size: number): Buffer {
  const out = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = shade((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          acc[0] += c[0] * c[3];
          acc[1] += c[1] * c[3];
          acc[2] += c[2] * c[3];
          acc[3] += c[3];
        }
      }
      const i = (py * size + px) * 4;
      const a = acc[3];
      out[i] = a ? Math.round(acc[0] / a) : 0;
      out[i + 1] = a ? Math.round(acc[1] / a) : 0;
      out[i + 2] = a ? Math.round(acc[2] / a) : 0;
      out[i + 3] = Math.round(a / (n * n));
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes 8-bit RGBA pixels as a PNG file. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Width and height from a PNG file's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.readUInt32BE(0) !== 0x89504e47 || png.toString('ascii', 12, 16) !== 'IHDR') throw new Error('not a PNG file');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

if (require.main === module) {
  const dir = process.argv[2] ?? join(__dirname, '..', 'assets');
  const sizes = process.argv[3] ? process.argv[3].split(',').map(Number) : [...ICON_SIZES];
  mkdirSync(dir, { recursive: true });
  for (const size of sizes) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}
