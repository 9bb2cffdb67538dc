// Comparing a workbook the browser downloaded with the CLI's: every cell of a sheet as comparable text.
import ExcelJS from 'exceljs';

/** Every cell of a sheet as comparable text: formulas with their results, values as JSON. */
export function sheetCells(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value as unknown;
      out.push(`${r},${c}=${JSON.stringify(v instanceof Date ? v.toISOString() : v)}`);
    });
  });
  return out;
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
