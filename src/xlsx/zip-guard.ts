// Checks a file before exceljs touches it. No xlsx reader limits what a small file may expand to, and
// exceljs answers odd files with stack traces, so the zip's own directory is read here first.
// Browser-safe: no Node modules (the task pane reads dropped files through the same path).

import { READ_REASON } from '../core/messages';
import { ReadError, formatBytes } from './errors';
import { inflateChunks } from './zip-guard-inflate';
import { DEFAULT_BUDGETS, StructureScan, type StructureBudgets } from './structure-guard';
import { PartText } from './parts/xml-scan';

export interface ZipLimits {
  /** the file itself */
  maxFileBytes: number;
  maxEntries: number;
  /** the sum of the entries' declared uncompressed sizes */
  maxTotalUncompressed: number;
  /** uncompressed : compressed, checked on entries larger than ratioMinBytes */
  maxRatio: number;
  ratioMinBytes: number;
  /** inflate every compressed entry once, counting bytes, to catch sizes that lie (and measuring the structure) */
  checkInflation: boolean;
  /** budgets for the declared structure (structure-guard.ts) */
  budgets?: Partial<StructureBudgets>;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxEntries: 10_000,
  maxTotalUncompressed: 500 * 1024 * 1024,
  maxRatio: 200,
  ratioMinBytes: 1024 * 1024,
  checkInflation: true,
};

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  /** offset of the compressed data in the file */
  dataOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const REQUIRED = ['[Content_Types].xml', 'xl/workbook.xml'];

class Reader {
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  has(pos: number, len: number): boolean {
    return pos >= 0 && pos + len <= this.bytes.length;
  }
  u16(pos: number): number {
    return this.view.getUint16(pos, true);
  }
  u32(pos: number): number {
    return this.view.getUint32(pos, true);
  }
  u64(pos: number): number {
    const n = this.view.getBigUint64(pos, true);
    return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
  }
}

export function toBytes(buf: ArrayBuffer | Uint8Array): Uint8Array {
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf);
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

interface Directory {
  entries: number;
  size: number;
  offset: number;
  /** where the directory must end: the (ZIP64) end record */
  end: number;
}

function findDirectory(r: Reader, file: string): Directory {
  const len = r.bytes.length;
  const stop = Math.max(0, len - 22 - 0xffff);
  let pos = -1;
  for (let p = len - 22; p >= stop; p--) {
    if (r.u32(p) === SIG_EOCD && p + 22 + r.u16(p + 20) <= len) {
      pos = p;
      break;
    }
  }
  if (pos < 0) throw new ReadError('file/truncated', file, { detail: 'no end of central directory' });
  const dir: Directory = { entries: r.u16(pos + 10), size: r.u32(pos + 12), offset: r.u32(pos + 16), end: pos };
  const loc = pos - 20;
  if (r.has(loc, 20) && r.u32(loc) === SIG_ZIP64_LOCATOR) {
    const at = r.u64(loc + 8);
    if (!r.has(at, 56) || r.u32(at) !== SIG_ZIP64_EOCD) throw new ReadError('file/truncated', file, { detail: 'bad zip64 end record' });
    return { entries: r.u64(at + 32), size: r.u64(at + 40), offset: r.u64(at + 48), end: at };
  }
  return dir;
}

/** Sizes and offset of a central-directory entry, reading the ZIP64 extra field where the 32-bit ones overflow. */
function zip64Sizes(r: Reader, extraStart: number, extraLen: number, sizes: { u: number; c: number; off: number }): void {
  const MAX = 0xffffffff;
  let p = extraStart;
  const end = extraStart + extraLen;
  while (p + 4 <= end) {
    const id = r.u16(p);
    const size = r.u16(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      if (sizes.u === MAX && q + 8 <= end) { sizes.u = r.u64(q); q += 8; }
      if (sizes.c === MAX && q + 8 <= end) { sizes.c = r.u64(q); q += 8; }
      if (sizes.off === MAX && q + 8 <= end) sizes.off = r.u64(q);
      return;
    }
    p += 4 + size;
  }
}

function readEntries(r: Reader, dir: Directory, file: string, limits: ZipLimits): ZipEntry[] {
  if (dir.offset + dir.size > dir.end) throw new ReadError('file/truncated', file, { detail: 'central directory beyond end' });
  if (dir.entries > limits.maxEntries) throw new ReadError('file/zip-bomb', file, { detail: `${dir.entries} entries` });
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let p = dir.offset;
  for (let i = 0; i < dir.entries; i++) {
    if (!r.has(p, 46) || r.u32(p) !== SIG_CENTRAL) throw new ReadError('file/truncated', file, { detail: `bad central entry ${i}` });
    const nameLen = r.u16(p + 28);
    const extraLen = r.u16(p + 30);
    const commentLen = r.u16(p + 32);
    const sizes = { c: r.u32(p + 20), u: r.u32(p + 24), off: r.u32(p + 42) };
    zip64Sizes(r, p + 46 + nameLen, extraLen, sizes);
    const name = decoder.decode(r.bytes.subarray(p + 46, p + 46 + nameLen));
    if (!r.has(sizes.off, 30) || r.u32(sizes.off) !== SIG_LOCAL) throw new ReadError('file/truncated', file, { detail: `bad local header ${name}` });
    const dataOffset = sizes.off + 30 + r.u16(sizes.off + 26) + r.u16(sizes.off + 28);
    if (dataOffset + sizes.c > dir.offset) throw new ReadError('file/truncated', file, { detail: `entry ${name} beyond its end` });
    entries.push({ name, method: r.u16(p + 10), flags: r.u16(p + 8), compressedSize: sizes.c, uncompressedSize: sizes.u, dataOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function checkEntries(entries: ZipEntry[], file: string, limits: ZipLimits): void {
  let total = 0;
  for (const e of entries) {
    if (e.flags & 0x1) throw new ReadError('file/encrypted', file, { detail: `encrypted entry ${e.name}` });
    if (e.method !== 0 && e.method !== 8) {
      throw new ReadError('file/unreadable', file, { reason: READ_REASON.compression, detail: `method ${e.method} in ${e.name}` });
    }
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.ratioMinBytes && ratio > limits.maxRatio) {
      throw new ReadError('file/zip-bomb', file, { detail: `${e.name} ratio ${Math.round(ratio)}:1` });
    }
  }
  if (total > limits.maxTotalUncompressed) throw new ReadError('file/zip-bomb', file, { detail: `declares ${total} bytes` });
  const names = new Set(entries.map((e) => e.name));
  if (!REQUIRED.every((n) => names.has(n))) throw new ReadError('file/not-xlsx', file, { detail: 'missing workbook parts' });
}

/** Refuses a file over the size cap; callers that know the size before reading the bytes call it first. */
export function checkFileSize(size: number, file: string, max = DEFAULT_ZIP_LIMITS.maxFileBytes): void {
  if (size > max) throw new ReadError('file/too-large', file, { size: formatBytes(size), limit: formatBytes(max) });
}

/**
 * Everything that can be told from the bytes without inflating: size, magic, the zip's directory, limits,
 * and that the parts of a workbook are there. Throws a ReadError naming `file`.
 */
export function inspectZip(buf: ArrayBuffer | Uint8Array, file: string, opts: Partial<ZipLimits> = {}): ZipEntry[] {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...opts };
  const bytes = toBytes(buf);
  if (bytes.length === 0) throw new ReadError('file/empty', file, { detail: 'zero bytes' });
  checkFileSize(bytes.length, file, limits.maxFileBytes);
  if (startsWith(bytes, OLE_MAGIC)) throw new ReadError('file/encrypted', file, { detail: 'OLE compound file' });
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ReadError('file/not-zip', file);
  const r = new Reader(bytes);
  const entries = readEntries(r, findDirectory(r, file), file, limits);
  checkEntries(entries, file, limits);
  return entries;
}

/** Who else reads a part's text on the guard's pass (the workbook reader, parts/collect.ts). */
export interface PartCollector {
  forPart(name: string): ((text: string) => void) | undefined;
}

/**
 * inspectZip, then inflate each entry once to catch declared sizes that lie, measuring the sheets, the workbook
 * and the document properties against the structure budgets on the way (`scan` then tells this tool's own
 * outputs apart), and handing the text of the parts `collect` wants to it in the same pass.
 */
export async function guardZip(
  buf: ArrayBuffer | Uint8Array, file: string, opts: Partial<ZipLimits> = {},
  scan = new StructureScan(file, { ...DEFAULT_BUDGETS, ...opts.budgets }),
  collect?: PartCollector,
): Promise<ZipEntry[]> {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...opts };
  const bytes = toBytes(buf);
  const entries = inspectZip(bytes, file, limits);
  for (const e of entries) {
    const data = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    const consumers = [scan.forPart(e.name), collect?.forPart(e.name)].filter((c): c is (text: string) => void => !!c);
    const part = consumers.length ? new PartText(consumers) : undefined;
    if (e.method !== 8) {
      part?.push(data);
      part?.end();
      continue;
    }
    if (!limits.checkInflation && !part) continue;
    let broken: unknown;
    const size = await inflateChunks(data, e.uncompressedSize, part && ((chunk) => {
      try {
        part.push(chunk);
        return true;
      } catch (err) {
        broken = err;
        return false;
      }
    }));
    if (broken) throw broken;
    if (size === 'corrupt') throw new ReadError('file/truncated', file, { detail: `${e.name} does not inflate` });
    if (size === 'over') throw new ReadError('file/zip-bomb', file, { detail: `${e.name} inflates past its declared ${e.uncompressedSize} bytes` });
    part?.end();
  }
  return entries;
}
