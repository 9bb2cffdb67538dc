// The merged workbook written to disk (Node only; merged.ts stays browser-safe for the task pane): streamed sheet
// by sheet (merged-stream.ts), every XML part checked, written atomically. mergedFileBytes lays out an in-memory
// workbook's parts uncompressed, checks them as they are and deflates each once with native zlib (zip-deflate.ts).

import type ExcelJS from 'exceljs';
import type { MergePlan } from '../core/merge';
import type { RunInfo } from './merged';
import { streamedWorkbookBytes } from './merged-stream';
import { checkXmlParts } from './output-check';
import { writeFileAtomic } from './write-file';
import { deflatedZip, storedParts } from './zip-deflate';

/** The workbook's .xlsx bytes, every XML part checked (see output-check.ts), deflated with native zlib. */
export async function mergedFileBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Partial<ExcelJS.XlsxWriteOptions>);
  const bytes = stored instanceof Uint8Array ? stored : new Uint8Array(stored as ArrayBuffer);
  await checkXmlParts(bytes);
  return deflatedZip(storedParts(bytes));
}

/** Stream, check and write atomically (a temporary file renamed over the target); the row-count mismatches. */
export async function writeMergedWorkbook(plan: MergePlan, filePath: string, run: RunInfo): Promise<string[]> {
  const { bytes, mismatches } = await streamedWorkbookBytes(plan, run);
  await checkXmlParts(bytes);
  await writeFileAtomic(filePath, bytes);
  return mismatches;
}
