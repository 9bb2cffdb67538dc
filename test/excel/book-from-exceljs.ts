// A workbook built with exceljs, copied into the strict host as Excel holds it: a merged range's value in its
// top-left cell only (the others empty), dates as serial numbers with their number format, formulas by their
// cached result, and the merged ranges themselves (read by Range.getMergedAreasOrNullObject, strict/merged-areas.ts).
// Test set-up: values go in as they already are in the workbook, with no coercion and no event.
import type ExcelJS from 'exceljs';
import { StrictBook, type StrictBookOptions } from './strict/book';
import { key } from './strict/sheet';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function bookFromExcelJS(wb: ExcelJS.Workbook, opts: StrictBookOptions = {}): StrictBook {
  const book = new StrictBook(wb.worksheets.map((ws) => ws.name), opts);
  for (const ws of wb.worksheets) {
    const sheet = book.sheet(ws.name);
    const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range);
    sheet.merges.push(...merges.map((m) => `${ws.name}!${m}`));
    ws.eachRow((row, r) => row.eachCell((cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      let v: unknown = cell.value;
      if (v && typeof v === 'object' && 'result' in v) v = (v as { result: unknown }).result;
      if (v instanceof Date) {
        v = (v.getTime() - EXCEL_EPOCH_MS) / 86400000;
        sheet.formats.set(key(r, c), 'yyyy-mm-dd');
      }
      if (cell.numFmt) sheet.formats.set(key(r, c), cell.numFmt);
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') sheet.cells.set(key(r, c), v);
    }));
  }
  return book;
}
