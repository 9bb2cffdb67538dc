// Reading a filled workbook from bytes: the browser-safe path (the task pane reads dropped files with it).
// One pass: the zip guard inflates each part once, measuring it against the limits, while the reader's part
// parsers take the text of the parts they need (parts/collect.ts); no xlsx library is involved.

import type { WorkbookInput } from '../core/types';
import { ReadError } from './errors';
import { guardZip, toBytes, type ZipLimits } from './zip-guard';
import { readBook, type ReadOptions } from './read-workbook';
import { DEFAULT_BUDGETS, StructureScan } from './structure-guard';
import { BookCollector } from './parts/collect';

export interface ReadBufferOptions extends ReadOptions {
  limits?: Partial<ZipLimits>;
}

/**
 * Read a filled workbook (ours or hand-made) into the engine's input. Throws ReadError for files that cannot be
 * read, over the structure budgets, or that are this tool's own merged workbook (code file/own-output).
 */
export async function readWorkbookBuffer(
  buf: ArrayBuffer | Uint8Array,
  fileName: string,
  opts: ReadBufferOptions = {},
): Promise<WorkbookInput> {
  const bytes = toBytes(buf);
  const scan = new StructureScan(fileName, { ...DEFAULT_BUDGETS, ...opts.limits?.budgets });
  const collect = new BookCollector();
  await guardZip(bytes, fileName, opts.limits, scan, collect);
  if (scan.ownOutput) throw new ReadError('file/own-output', fileName);
  return readBook(collect.book(fileName), fileName, opts);
}

/** True when the bytes are this tool's own merged workbook (see StructureScan.ownOutput); false for anything else. */
export async function isMergedWorkbook(bytes: Uint8Array, fileName: string): Promise<boolean> {
  const scan = new StructureScan(fileName);
  try {
    await guardZip(bytes, fileName, {}, scan);
  } catch {
    return false;
  }
  return scan.ownOutput;
}
