// The reader's part of rows and cells outside a table (the rule is core/outside-table.ts): values in columns
// without a header, and the rows below the 合计 row or the footer.

import type { SheetGrid } from './sheet-grid';
import type { CellInput, RowInput, TableDef } from '../core/types';
import { keepUnheaded, sortRowsBelow, type BelowRows, type OutsideCell } from '../core/outside-table';
import { cellText, isBlank } from './read-cell';

/** The non-blank cells of a sheet row (merge followers left out), by 1-based column. */
function rowCells(ws: SheetGrid, r: number): { col: number; value: CellInput }[] {
  return ws.cells(r).filter((c) => !isBlank(c.value));
}

/**
 * Values of `row` in columns the header does not name are kept as extras under 「（无表头）K列」, and the column
 * recorded in `extrasLayout` so the merge carries it and the checker can name it.
 */
export function addUnheaded(ws: SheetGrid, row: RowInput, known: Set<number>, extrasLayout: Record<string, string>): void {
  for (const { col, value } of rowCells(ws, row.row)) {
    if (!known.has(col)) keepUnheaded(row, extrasLayout, col, value);
  }
}

/** Sort the rows from `from` to `to` (see core/outside-table.ts belowKind). */
export function rowsBelow(ws: SheetGrid, from: number, to: number, def: TableDef, columns: Record<string, number>): BelowRows {
  const rows: { row: number; cells: OutsideCell[] }[] = [];
  for (let r = from; r <= to; r++) {
    if (!ws.hasRow(r)) continue;
    rows.push({ row: r, cells: rowCells(ws, r).map((c) => ({ col: c.col, text: cellText(c.value) })) });
  }
  return sortRowsBelow(rows, def, columns);
}
