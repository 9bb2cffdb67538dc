// The little styling the merged workbook's plain sheets share.

import type ExcelJS from 'exceljs';

export function styleHeader(ws: ExcelJS.Worksheet, width: number): void {
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.height = 32;
  for (let c = 1; c <= width; c++) {
    row.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  }
}

/** Filters on the header row and a frozen header. */
export function filterAndFreeze(ws: ExcelJS.Worksheet, width: number, rows: number): void {
  if (rows > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows + 1, column: width } };
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
}
