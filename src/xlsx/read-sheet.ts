// One table sheet read into rows: from under the header down to the 合计 row or the footer.

import type { Worksheet } from 'exceljs';
import type { CellInput, RowInput, TableInput } from '../core/types';
import { type TableFound, isFooterLabel, isTotalLabel, layoutOf } from '../core/headers';
import { cellText, rawValue } from './read-cell';
import { isBlankRow } from '../core/checks/row';

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

/** Read the table `found` in `ws`. Row numbers are the sheet's own; values are passed on raw. */
export function readTableSheet(ws: Worksheet, found: TableFound): TableInput {
  const { def, match } = found;
  const { layout, firstDataRow, lastCol } = layoutOf(found, ws.name);
  const fields = Object.entries(match.columns).map(([key, i]) => ({ key, col: i + 1 }));
  const extras = match.extras.map((e) => ({ header: e.header, col: e.index + 1 }));

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
  for (let r = firstDataRow; r <= ws.rowCount; r++) {
    if (!ws.findRow(r)) continue;
    const lead = rowLead(ws, r, lastCol);
    if (isTotalLabel(lead)) {
      total = readRow(r);
      break;
    }
    if (isFooterLabel(lead)) break;
    const row = readRow(r);
    if (!isBlankRow(row)) rows.push(row);
  }

  return { def, layout, rows, total };
}
