// Shared by the sample-return tests: where the committed samples are and what expected.json says about them.
import { readFileSync } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import type { Expected } from '../../examples/generator/expected';

export const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
export const RETURNS = path.join(EXAMPLES, 'returns');

export function committedExpected(): Expected {
  return JSON.parse(readFileSync(path.join(EXAMPLES, 'expected.json'), 'utf8')) as Expected;
}

/** A cell value as plain comparable data (dates as ISO text, formulas with their results). */
export function plain(v: ExcelJS.CellValue): unknown {
  if (v instanceof Date) return `date:${v.toISOString()}`;
  if (v === undefined) return null;
  return v;
}

/** Every sheet of a workbook: name, visibility, merges and the value of every non-empty cell. */
export function workbookValues(wb: ExcelJS.Workbook): Record<string, { state: string; cells: Record<string, unknown> }> {
  const out: Record<string, { state: string; cells: Record<string, unknown> }> = {};
  for (const ws of wb.worksheets) {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        cells[cell.address] = plain(cell.value);
      });
    });
    out[ws.name] = { state: ws.state, cells };
  }
  return out;
}
