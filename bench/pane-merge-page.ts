// The page bench/pane-merge.ts opens in headless Chromium: the pane's merge of the picked returns, then its merged
// workbook as the Blob a download hands to the browser — today's way (writeBuffer's bytes, checked, wrapped in a
// Blob) or part by part (workbookFile). Built by webpack as the pane is (ES5 output, exceljs's browser build).

import { mergePickedFiles, workbookBytes, workbookFile, type BrowserMerge } from '../src/returns/merge-files';
import { pickedFile } from '../taskpane/file-tools-loader';
import { XLSX_TYPE } from '../taskpane/download';

let merged: BrowserMerge | null = null;

const bench = {
  /** Merges the files of the page's file input; rows read. */
  async merge(): Promise<number> {
    const input = document.getElementById('files') as HTMLInputElement;
    const files: File[] = [];
    for (let i = 0; i < input.files!.length; i++) files.push(input.files![i]);
    merged = await mergePickedFiles(files.map(pickedFile));
    let rows = 0;
    for (const f of merged!.plan.files) for (const t of f.tables) rows += t.read;
    return rows;
  },
  /** The merged workbook as the Blob a download takes; its size. `bytes`: today's way, `blob`: part by part. */
  async write(kind: 'bytes' | 'blob'): Promise<number> {
    const workbook = merged!.workbook;
    const blob = kind === 'bytes' ? new Blob([(await workbookBytes(workbook)) as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }) : await workbookFile(workbook, XLSX_TYPE);
    return blob.size;
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
