// Saving a file the pane made (merged workbook, problem list) through the browser's own download: nothing is sent anywhere.

import type { ProblemRow } from '../src/core/merge/types';
import { loadFileTools } from './file-tools-loader';
import { datedName } from './view/names';
import { describeError } from './view/errors';
import { paneText } from '../src/core/messages';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv;charset=utf-8';

export function download(data: Blob | Uint8Array | string, name: string, type: string): void {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  document.body.removeChild(a);
  // the browser has taken the blob once the click is handled; keep the URL a little for slow save dialogs
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/**
 * 问题清单 as the merge writes it, named with the day `at`; the CSV writer is in the lazy file-tools chunk. A failure
 * goes to `fail` as one plain sentence (each tab shows it next to its button).
 */
export async function downloadProblems(rows: ProblemRow[], at: Date, fail: (text: string) => void): Promise<void> {
  try {
    const tools = await loadFileTools();
    download(tools.problemsCsv(rows), datedName(tools.PROBLEMS_FILE_NAME, at), CSV_TYPE);
  } catch (e) {
    fail(describeError(e, paneText('action/export-problems')));
  }
}
