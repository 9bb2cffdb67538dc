// Rows and cells outside a table, planted in a generated return the way clerks type them (issue 10.3): the file
// reader's test and the open-workbook reader's test plant the same ones.
import type ExcelJS from 'exceljs';
import { columnIndex, columnLetter } from '../../src/core/columns';
import { code } from '../xlsx/merged-returns';

export interface Planted {
  totalRow: number;
  /** the column without a header that holds 另有分厂 (second data row) */
  extraCol: string;
}

/**
 * Below the 合计 row: an enterprise at +5 (a data row), two figures at +7 (no row), a remark at +9 (a note);
 * and a value two columns right of the table in the second data row.
 */
export function plantOutside(ws: ExcelJS.Worksheet, layout: { columns: Record<string, string>; firstDataRow: number }): Planted {
  const col = (key: string) => layout.columns[key];
  let totalRow = 0;
  ws.eachRow((row, r) => {
    if (!totalRow && /^合\s*计$/.test(String(row.getCell(1).value ?? row.getCell(2).value ?? '').trim())) totalRow = r;
  });
  if (!totalRow) throw new Error('the return has no 合计 row');
  const late = ws.getRow(totalRow + 5);
  late.getCell(col('name')).value = '山西迟到科技有限公司';
  late.getCell(col('uscc')).value = code(90);
  late.getCell(col('revenue')).value = 321;
  ws.getRow(totalRow + 7).getCell(col('revenue')).value = 999;
  ws.getRow(totalRow + 7).getCell(col('staff')).value = 5;
  ws.getRow(totalRow + 9).getCell(1).value = '注：本表数据截至2017年底';
  const width = Math.max(...Object.values(layout.columns).map(columnIndex));
  const extraCol = columnLetter(width + 2);
  ws.getCell(`${extraCol}${layout.firstDataRow + 1}`).value = '另有分厂';
  return { totalRow, extraCol };
}
