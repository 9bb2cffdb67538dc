// One table sheet read into rows: from under the header down to the 合计 row or the footer.

import type { Worksheet } from 'exceljs';
import type { CellInput, Issue, RowInput, TableInput } from '../core/types';
import { type TableFound, isFooterLabel, isTotalLabel } from '../core/headers';
import { colLetter } from '../core/form/a1';
import { cellText, isBlank, rawValue } from './read-cell';
import { message } from '../core/messages';

/** Units written the same way under different names. */
const SAME_UNIT: Record<string, string> = { 万元人民币: '万元', 人民币万元: '万元' };

/** What starts a row, for telling 合计 and footer lines from data: its first non-empty cell. */
function rowLead(ws: Worksheet, row: number, lastCol: number): string {
  const r = ws.findRow(row);
  if (!r) return '';
  for (let c = 1; c <= lastCol; c++) {
    const cell = r.findCell(c);
    const t = cell ? cellText(cell.value).trim() : '';
    if (t) return t;
  }
  return '';
}

export interface SheetTable {
  table: TableInput;
  issues: Issue[];
}

/** Read the table `found` in `ws`. Row numbers are the sheet's own; values are passed on raw. */
export function readTableSheet(ws: Worksheet, found: TableFound): SheetTable {
  const { def, match } = found;
  const headerRow = (found.unitsRow ?? found.headerRow) + 1; // sheet row number of the header block's last row
  const fields = Object.entries(match.columns).map(([key, i]) => ({ key, col: i + 1 }));
  const extras = match.extras.map((e) => ({ header: e.header, col: e.index + 1 }));
  const lastCol = Math.max(...fields.map((f) => f.col), ...extras.map((e) => e.col), 1);
  const serialCol = match.columns.serial !== undefined ? match.columns.serial + 1 : undefined;

  const layout = {
    sheet: ws.name,
    headerRow,
    columns: Object.fromEntries(fields.map((f) => [f.key, colLetter(f.col)])),
    extras: Object.fromEntries(extras.map((e) => [e.header, colLetter(e.col)])),
  };

  const readRow = (r: number): RowInput => {
    const values: Record<string, CellInput> = {};
    for (const f of fields) values[f.key] = rawValue(ws, r, f.col);
    const row: RowInput = { row: r, values };
    if (extras.length) {
      row.extras = {};
      for (const e of extras) row.extras[e.header] = rawValue(ws, r, e.col);
    }
    return row;
  };

  const rows: RowInput[] = [];
  let total: RowInput | undefined;
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    if (!ws.findRow(r)) continue;
    const lead = rowLead(ws, r, lastCol);
    if (isTotalLabel(lead)) {
      total = readRow(r);
      break;
    }
    if (isFooterLabel(lead)) break;
    // a prepared 序号 alone does not make a row: it needs something else filled in
    const filled = fields.some((f) => f.col !== serialCol && !isBlank(rawValue(ws, r, f.col)))
      || extras.some((e) => !isBlank(rawValue(ws, r, e.col)));
    if (filled) rows.push(readRow(r));
  }

  const issues: Issue[] = [];
  for (const [key, unit] of Object.entries(match.units)) {
    const col = def.columns.find((c) => c.key === key);
    if (!col?.unit || (SAME_UNIT[unit] ?? unit) === col.unit) continue;
    issues.push({
      code: 'table/unit-mismatch',
      severity: 'warning',
      sheet: ws.name,
      row: headerRow,
      column: layout.columns[key],
      field: col.header,
      value: unit,
      message: message('table/unit-mismatch', { field: col.header, found: unit, expected: col.unit }),
    });
  }
  return { table: { def, layout, rows, total }, issues };
}
