// 校验文件 in the browser: every picked return read and checked as `torch-tables validate` does, issues in
// workbook order; a file that cannot be read is reported with its reason and the others go on.

import type { Issue } from '../core/types';
import type { ReturnFile } from '../core/merge';
import { sheetOrder } from '../core/validate';
import { sortIssues, summariseIssues, type IssueCounts } from '../core/report';
import { outcomeOfCounts } from '../core/outcome';
import { identify } from '../core/merge/identify';
import { readPickedFiles, type FileProgress, type PickedFile, type StopSignal } from './picked-files';
import type { Sha256 } from './read-return';

export interface FileCheck {
  file: string;
  /** the reporting unit, as the merge names it (cover, else file name); for the pane's problem list */
  city?: string;
  /** no error-level issue, and the file could be read */
  ok: boolean;
  /** why the file could not be read */
  error?: { code: string; message: string };
  /** why the file was not read as a return (this tool's own output, the same file twice, not a workbook) */
  skipped?: { code: string; message: string };
  counts: IssueCounts;
  issues: Issue[];
}

export async function checkPickedFiles(picked: PickedFile[], progress?: FileProgress, sha256?: Sha256, stop?: StopSignal): Promise<FileCheck[]> {
  return (await readPickedFiles(picked, progress, sha256, stop)).map(fileCheck);
}

/** One read return as a check report: its issues in workbook order, or why it could not be read. */
export function fileCheck(f: ReturnFile): FileCheck {
  if (f.skipped) return { file: f.name, ok: true, skipped: f.skipped, counts: { errors: 0, warnings: 0, notices: 0 }, issues: [] };
  if (!f.input || !f.result) {
    const error = f.failure ?? { code: 'file/unreadable', message: f.name };
    return { file: f.name, ok: false, error, counts: { errors: 1, warnings: 0, notices: 0 }, issues: [] };
  }
  const issues = sortIssues(f.result.issues, sheetOrder(f.input));
  const counts = summariseIssues(issues);
  const city = identify(f.name, f.result.cover, f.result.appType).city;
  return { file: f.name, city, ok: outcomeOfCounts(counts) !== 'return', counts, issues };
}
