// The province merge in the browser: the same steps as the CLI's mergeFiles (read every return, plan, build the
// workbook with its rows-read = rows-written check), ending in bytes to download instead of a file on disk.

import type ExcelJS from 'exceljs';
import { buildMergePlan, type MergePlan } from '../core/merge';
import { TABLE_VERSION } from '../core/tables';
import { buildMergedWorkbook, mergedWorkbookBytes } from '../xlsx/merged';
import { workbookBlob } from '../xlsx/workbook-blob';
import { canDeflateRaw } from '../xlsx/zip-blob';
import { TOOL_VERSION } from '../version';
import { readPickedFiles, type FileProgress, type PickedFile, type StopSignal } from './picked-files';
import type { Sha256 } from './read-return';

export const MERGED_FILE_NAME = '全省汇总.xlsx';

export interface BrowserMerge {
  plan: MergePlan;
  /** rows written that differ from rows read; empty when nothing was lost */
  mismatches: string[];
  startedAt: string;
  workbook: ExcelJS.Workbook;
}

/** Resolves to null when `stop` was set before every file was read: a merge of some of the files is no merge. */
export async function mergePickedFiles(picked: PickedFile[], progress?: FileProgress, sha256?: Sha256, stop?: StopSignal): Promise<BrowserMerge | null> {
  const startedAt = new Date().toISOString();
  const files = await readPickedFiles(picked, progress, sha256, stop);
  if (files.length < picked.length) return null;
  const plan = buildMergePlan(files);
  const { workbook, mismatches } = buildMergedWorkbook(plan, { startedAt, toolVersion: TOOL_VERSION, templateVersion: TABLE_VERSION });
  return { plan, mismatches, startedAt, workbook };
}

/** The .xlsx file's bytes, every XML part checked (as the CLI checks what it writes). */
export { mergedWorkbookBytes as workbookBytes };

/**
 * The same file as a Blob of `type`, assembled part by part (each part rendered, checked, deflated and let go) where
 * the browser deflates in a stream; from the whole file's bytes elsewhere.
 */
export async function workbookFile(workbook: ExcelJS.Workbook, type: string): Promise<Blob> {
  if (canDeflateRaw()) return workbookBlob(workbook, type);
  return new Blob([(await mergedWorkbookBytes(workbook)) as Uint8Array<ArrayBuffer>], { type });
}
