// A hand-written zip writer for bad-file fixtures: entries whose declared sizes lie, encrypted flags,
// ZIP64 records. Real workbooks in tests come from exceljs; this builds what exceljs never would.

import { deflateRawSync, inflateRawSync } from 'zlib';
import { inspectZip } from '../../src/xlsx/zip-guard';
import { crc32 } from '../../src/xlsx/zip-blob';

export interface ZipFixtureEntry {
  name: string;
  data: Buffer | string;
  /** 8 (default) deflates the data; 0 stores it */
  method?: 0 | 8;
  /** write this uncompressed size instead of the real one (a lying entry) */
  declaredSize?: number;
  /** general-purpose flags (bit 0 = encrypted) */
  flags?: number;
  /** write sizes and offset through a ZIP64 extra field */
  zip64?: boolean;
}

/** Build a zip file from entries, with an optional ZIP64 end record. */
export function buildZip(entries: ZipFixtureEntry[], opts: { zip64End?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
    const method = e.method ?? 8;
    const body = method === 8 ? deflateRawSync(raw) : raw;
    const name = Buffer.from(e.name, 'utf8');
    const usize = e.declaredSize ?? raw.length;
    const crc = crc32(raw);
    const extra = e.zip64 ? Buffer.alloc(28) : Buffer.alloc(0);
    if (e.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(usize), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(usize, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.zip64 ? 45 : 20, 4);
    central.writeUInt16LE(e.zip64 ? 45 : 20, 6);
    central.writeUInt16LE(e.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.zip64 ? 0xffffffff : body.length, 20);
    central.writeUInt32LE(e.zip64 ? 0xffffffff : usize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(e.zip64 ? 0xffffffff : offset, 42);
    centrals.push(central, name, extra);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (opts.zip64End) {
    const z = Buffer.alloc(56);
    z.writeUInt32LE(0x06064b50, 0);
    z.writeBigUInt64LE(44n, 4);
    z.writeUInt16LE(45, 12);
    z.writeUInt16LE(45, 14);
    z.writeBigUInt64LE(BigInt(entries.length), 24);
    z.writeBigUInt64LE(BigInt(entries.length), 32);
    z.writeBigUInt64LE(BigInt(cd.length), 40);
    z.writeBigUInt64LE(BigInt(offset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(z, loc);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(opts.zip64End ? 0xffff : entries.length, 8);
  eocd.writeUInt16LE(opts.zip64End ? 0xffff : entries.length, 10);
  eocd.writeUInt32LE(opts.zip64End ? 0xffffffff : cd.length, 12);
  eocd.writeUInt32LE(opts.zip64End ? 0xffffffff : offset, 16);
  return Buffer.concat([...locals, cd, ...tail, eocd]);
}

/** The two parts without which no reader takes a zip for a workbook. */
export const MINIMAL_PARTS: ZipFixtureEntry[] = [
  { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
  { name: 'xl/workbook.xml', data: '<?xml version="1.0"?><workbook/>' },
];

/** Every part of a zip (as written by exceljs or buildZip), inflated. */
export function readZipParts(buf: Buffer): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  const huge = { maxFileBytes: Number.MAX_SAFE_INTEGER, maxTotalUncompressed: Number.MAX_SAFE_INTEGER, maxRatio: Number.MAX_SAFE_INTEGER };
  for (const e of inspectZip(buf, 'fixture', huge)) {
    const data = buf.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    parts.set(e.name, e.method === 8 ? inflateRawSync(data) : Buffer.from(data));
  }
  return parts;
}

/** The same zip with some parts rewritten: name -> new text from the old. */
export function patchZip(buf: Buffer, edits: Record<string, (xml: string) => string>): Buffer {
  const parts = readZipParts(buf);
  return buildZip([...parts].map(([name, data]) => ({ name, data: edits[name] ? edits[name](data.toString('utf8')) : data })));
}
