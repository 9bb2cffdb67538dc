// Reading a filled workbook from bytes: the browser-safe path (the task pane reads dropped files with it).

import ExcelJS from 'exceljs';
import type { WorkbookInput } from '../core/types';
import { READ_REASON } from '../core/messages';
import { ReadError } from './errors';
import { guardZip, toBytes, type ZipLimits } from './zip-guard';
import { readExcelWorkbook, type ReadOptions } from './read-workbook';
import { DEFAULT_BUDGETS, StructureScan } from './structure-guard';

export interface ReadBufferOptions extends ReadOptions {
  limits?: Partial<ZipLimits>;
}

/** Load with exceljs after the zip guard; exceljs failures become a ReadError naming the file. */
export async function loadWorkbook(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    // others' whole-column validations expand to a million entries each: never parse them
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations'] } as Partial<ExcelJS.XlsxReadOptions>);
  } catch (e) {
    throw new ReadError('file/unreadable', file, { reason: READ_REASON.corrupt, detail: e instanceof Error ? e.message : String(e) });
  }
  return wb;
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
  await guardZip(bytes, fileName, opts.limits, scan);
  if (scan.ownOutput) throw new ReadError('file/own-output', fileName);
  const wb = await loadWorkbook(bytes, fileName);
  return readExcelWorkbook(wb, fileName, opts);
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
