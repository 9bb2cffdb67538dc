// One table sheet read into rows: from under the header down to the 合计 row or the footer, then what lies
// below it and in columns without a header (read-outside.ts).

import type { CellInput, Issue, RowInput, TableInput } from '../core/types';
import { columnLetter } from '../core/columns';
import { ROW_LABEL_COLS, type TableFound, layoutOf, mergesDown, rowLabel, spreadMerged, subtotalNotice } from '../core/headers';
import type { SheetGrid } from './sheet-grid';
import { isBlankRow } from '../core/checks/row';
import { carriedValue } from '../core/shown';
import { addUnheaded, rowsBelow } from './read-outside';

/** The texts of a row's first columns, where 合计 and footer labels are written. */
function rowLabels(ws: SheetGrid, row: number): string[] {
  const out: string[] = [];
  for (let c = 1; c <= ROW_LABEL_COLS; c++) out.push(ws.text(row, c));
  return out;
}

/** Read the table `found` in `ws`. Row numbers are the sheet's own; values are passed on raw. */
export function readTableSheet(ws: SheetGrid, found: TableFound): TableInput {
  const { def, match } = found;
  const { layout, firstDataRow } = layoutOf(found, ws.name);
  const fields = Object.entries(match.columns).map(([key, i]) => ({ key, col: i + 1 }));
  const extras = match.extras.map((e) => ({ header: e.header, col: e.index + 1 }));

  const carried = (r: number, c: number) => carriedValue(ws.value(r, c), ws.numFmt(r, c));
  const readRow = (r: number): RowInput => {
    const values: Record<string, CellInput> = {};
    for (const f of fields) values[f.key] = ws.value(r, f.col);
    const row: RowInput = { row: r, values };
    if (extras.length) {
      row.extras = {};
      for (const e of extras) row.extras[e.header] = carried(r, e.col);
    }
    return row;
  };

  const known = new Set([...fields.map((f) => f.col), ...extras.map((e) => e.col)]);
  const readAll = (r: number): RowInput => {
    const row = readRow(r);
    addUnheaded(ws, row, known, layout.extras);
    return row;
  };

  const rows: RowInput[] = [];
  let total: RowInput | undefined;
  let end: { row: number; kind: 'total' | 'footer' } | undefined;
  const subtotals: Issue[] = [];
  for (let r = firstDataRow; r <= ws.rowCount; r++) {
    if (!ws.hasRow(r)) continue;
    const labels = rowLabels(ws, r);
    const { kind, index } = rowLabel(labels);
    if (kind === 'subtotal') {
      subtotals.push(subtotalNotice(layout, r, columnLetter(index + 1), labels[index].trim()));
      continue;
    }
    if (kind === 'total') total = readRow(r);
    if (kind !== 'data') {
      end = { row: r, kind };
      break;
    }
    const row = readAll(r);
    if (!isBlankRow(row)) rows.push(row);
  }

  const merged = mergesDown(ws.merges(), layout, firstDataRow);
  const notices = spreadMerged(def, layout, rows, merged, (r, c, extra) => (extra ? carried(r, c) : ws.value(r, c)));
  const table: TableInput = { def, layout, rows, total };
  if (notices.length || subtotals.length) table.notices = [...subtotals, ...notices];
  if (end) {
    const below = rowsBelow(ws, end.row + 1, def, Object.fromEntries(fields.map((f) => [f.key, f.col])));
    table.below = end.kind;
    if (below.data.length) {
      table.afterEnd = below.data;
      for (const r of below.data) rows.push(readAll(r));
    }
    if (below.outside.length) table.outside = below.outside;
  }
  return table;
}
