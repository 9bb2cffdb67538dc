// The reader's part of rows and cells outside a table (the rule is core/outside-table.ts): values in columns
// without a header, and the rows below the 合计 row or the footer.

import type { Worksheet } from 'exceljs';
import type { CellInput, RowInput, TableDef } from '../core/types';
import { keepUnheaded, sortRowsBelow, type BelowRows, type OutsideCell } from '../core/outside-table';
import { cellText, cellValue, isBlank, isMergeFollower } from './read-cell';

/** The non-blank cells of a sheet row (merge followers left out), by 1-based column. */
function rowCells(ws: Worksheet, r: number): { col: number; value: CellInput }[] {
  const out: { col: number; value: CellInput }[] = [];
  ws.findRow(r)?.eachCell((cell, col) => {
    if (isMergeFollower(cell)) return;
    const value = cellValue(cell);
    if (!isBlank(value)) out.push({ col, value });
  });
  return out;
}

/**
 * Values of `row` in columns the header does not name are kept as extras under 「（无表头）K列」, and the column
 * recorded in `extrasLayout` so the merge carries it and the checker can name it.
 */
export function addUnheaded(ws: Worksheet, row: RowInput, known: Set<number>, extrasLayout: Record<string, string>): void {
  for (const { col, value } of rowCells(ws, row.row)) {
    if (!known.has(col)) keepUnheaded(row, extrasLayout, col, value);
  }
}

/** Sort the rows from `from` to the end of the sheet (see core/outside-table.ts belowKind). */
export function rowsBelow(ws: Worksheet, from: number, def: TableDef, columns: Record<string, number>): BelowRows {
  const rows: { row: number; cells: OutsideCell[] }[] = [];
  for (let r = from; r <= ws.rowCount; r++) {
    if (!ws.findRow(r)) continue;
    rows.push({ row: r, cells: rowCells(ws, r).map((c) => ({ col: c.col, text: cellText(c.value) })) });
  }
  return sortRowsBelow(rows, def, columns);
}
