// 问题清单 from 校验 (the open workbook) and 校验文件 (picked files): the same CSV as after a merge
// (src/returns/problems-csv.ts), one row per open issue, confirmed ones marked as the merge marks them.
import type { Issue } from '../../src/core/types';
import { problemRows } from '../../src/core/merge/problems';
import { problemsCsv } from '../../src/returns/problems-csv';
import type { CheckedFile } from './file-list';

export const OPEN_WORKBOOK = '当前工作簿';

export function workbookProblemsCsv(issues: Issue[], file = OPEN_WORKBOOK): string {
  return problemsCsv(problemRows([{ city: '', file, issues }]));
}

/** Every readable file's issues and every unreadable file's reason. */
export function filesProblemsCsv(files: CheckedFile[]): string {
  return problemsCsv(
    problemRows(
      files.map((f) => ({
        city: f.city ?? '',
        file: f.file,
        issues: f.error ? [{ code: f.error.code, severity: 'error' as const, file: f.file, message: f.error.message }] : f.issues,
      })),
    ),
  );
}
