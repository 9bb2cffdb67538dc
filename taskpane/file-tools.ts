// Everything that reads or writes .xlsx files in the pane. Loaded on demand as its own chunk (file-tools-loader.ts):
// exceljs is large and not ES5, so the first bundle must never contain it.

export { checkPickedFiles, type FileCheck } from '../src/returns/check-files';
export { mergePickedFiles, workbookBytes, workbookFile, MERGED_FILE_NAME, type BrowserMerge } from '../src/returns/merge-files';
export { problemsCsv, PROBLEMS_FILE_NAME } from '../src/returns/problems-csv';
export { toSheetData } from '../src/xlsx/to-sheet-data';
export { templateBuffer, templateFileName } from '../src/xlsx/template';
