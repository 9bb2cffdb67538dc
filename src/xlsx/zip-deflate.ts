// A workbook's parts zipped with Node's native zlib (exceljs zips with JSZip's JavaScript deflate, the largest
// single cost of writing a big merged workbook): exceljs writes its parts uncompressed, the output check reads
// them there without inflating, and each part is deflated here once. Node only.

import * as zlib from 'node:zlib';
import { inspectZip } from './zip-guard';

export interface ZipPart {
  name: string;
  data: Uint8Array;
}

const NO_LIMITS = { maxFileBytes: Number.MAX_SAFE_INTEGER, maxTotalUncompressed: Number.MAX_SAFE_INTEGER, maxRatio: Number.MAX_SAFE_INTEGER };

/** The parts of a zip whose entries are all stored (method 0), in their order. */
export function storedParts(bytes: Uint8Array): ZipPart[] {
  return inspectZip(bytes, 'output', NO_LIMITS).map((e) => {
    if (e.method !== 0) throw new Error(`${e.name}: not stored`);
    return { name: e.name, data: bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize) };
  });
}

let table: Uint32Array | undefined;

/** CRC-32 of the zip format: zlib's own where Node has it (20.15+), else a table. */
function crc32(data: Uint8Array): number {
  const native = (zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32;
  if (native) return native(data) >>> 0;
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const deflate = (data: Uint8Array): Promise<Buffer> =>
  new Promise((resolve, reject) => zlib.deflateRaw(data, { level: 6 }, (err, out) => (err ? reject(err) : resolve(out))));

/** DOS date and time of 1980-01-01 00:00, the zip's earliest: the output does not depend on the clock. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** The parts as one zip, each deflated with native zlib (UTF-8 names, no zip64: a merged workbook stays far below 4 GB). */
export async function deflatedZip(parts: ZipPart[]): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const data = await deflate(p.data);
    const crc = crc32(p.data);
    if (offset + data.length > 0xfffffff0 || p.data.length > 0xfffffff0) throw new Error('merged workbook too large for a zip without zip64');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(p.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    local.copy(entry, 8, 6, 28); // flags, method, time, date, crc, sizes, name length
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    chunks.push(local, name, data);
    offset += local.length + name.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}
