// The merged workbook written to disk (Node only; merged.ts stays browser-safe for the task pane): exceljs lays
// out the parts uncompressed, the output check reads them as they are, native zlib deflates each once
// (zip-deflate.ts), and the bytes are written atomically.

import type ExcelJS from 'exceljs';
import type { MergePlan } from '../core/merge';
import { buildMergedWorkbook, type RunInfo } from './merged';
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

/** Build, check and write atomically (a temporary file renamed over the target). */
export async function writeMergedWorkbook(plan: MergePlan, filePath: string, run: RunInfo): Promise<string[]> {
  const { workbook, mismatches } = buildMergedWorkbook(plan, run);
  await writeFileAtomic(filePath, await mergedFileBytes(workbook));
  return mismatches;
}
