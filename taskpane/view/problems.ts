// 问题清单 from 校验 (the open workbook) and 校验文件 (picked files): the rows of the CSV the merge writes
// (src/returns/problems-csv.ts turns them into the file, in the lazy chunk), one per issue, confirmed ones marked as
// the merge marks them.
import type { Issue } from '../../src/core/types';
import type { ProblemRow } from '../../src/core/merge/types';
import { problemRows } from '../../src/core/merge/problems';
import { paneText } from '../../src/core/messages';
import type { CheckedFile } from './file-list';

/** the file column of the open workbook's rows */
const OPEN_WORKBOOK = paneText('check/open-workbook');

export function workbookProblemRows(issues: Issue[]): ProblemRow[] {
  return problemRows([{ city: '', file: OPEN_WORKBOOK, issues }]);
}

/** Every readable file's issues and every unreadable file's reason. */
export function filesProblemRows(files: CheckedFile[]): ProblemRow[] {
  return problemRows(
    files.map((f) => ({
      city: f.city ?? '',
      file: f.file,
      issues: f.error ? [{ code: f.error.code, severity: 'error' as const, file: f.file, message: f.error.message }] : f.issues,
    })),
  );
}
