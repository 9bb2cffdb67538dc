// The open workbook's part of rows and cells outside a table (the rule is core/outside-table.ts, as for files):
// values in columns without a header, and the rows below the 合计 row or the footer. Works on the grid the table's
// area read already returned (columns 1 to the used range's last): no request of its own.
import type { RowInput, TableInput, TableLayout } from '../core/types';
import { columnIndex } from '../core/columns';
import { keepUnheaded, sortRowsBelow, type OutsideCell } from '../core/outside-table';
import { type Grid, gridCell, isBlankValue } from './cell-values';
import { rowInput, type OpenTable } from './table-rows';

/** The non-blank cells of grid row i (the grid's column 0 is sheet column 1). */
function cellsOf(g: Grid, i: number): OutsideCell[] {
  const out: OutsideCell[] = [];
  (g.values[i] ?? []).forEach((v, j) => {
    if (!isBlankValue(v)) out.push({ col: j + 1, text: String(v) });
  });
  return out;
}

/**
 * What keeps the values of a row (grid row i) in columns the header does not name: under 「（无表头）K列」, the
 * column recorded in the layout so the merge carries it and the checker can name it.
 */
export function unheadedReader(g: Grid, layout: TableLayout): (row: RowInput, i: number) => void {
  const known = new Set([...Object.values(layout.columns), ...Object.values(layout.extras)].map(columnIndex));
  return (row, i) => {
    for (const c of cellsOf(g, i)) {
      if (!known.has(c.col)) keepUnheaded(row, layout.extras, c.col, gridCell(g, i, c.col - 1));
    }
  };
}

/**
 * Rows below the 合计 row or the footer of a table read from `g` (its first row is the first data row): those
 * that read as data join the rows (with their unheaded values), the rest with values is reported.
 * `open.beyond` records whether anything below the end was kept or reported.
 */
export function readBelow(g: Grid, open: OpenTable, t: TableInput, unheaded: (row: RowInput, i: number) => void): void {
  const { layout, firstDataRow } = open;
  const end = open.totalRow ?? open.footerRow;
  if (end === undefined) return;
  t.below = open.totalRow !== undefined ? 'total' : 'footer';
  const rows = [];
  for (let i = end - firstDataRow + 1; i < g.values.length; i++) rows.push({ row: firstDataRow + i, cells: cellsOf(g, i) });
  const columns = Object.fromEntries(Object.entries(layout.columns).map(([k, letter]) => [k, columnIndex(letter)]));
  const below = sortRowsBelow(rows, t.def, columns);
  for (const r of below.data) {
    const row = rowInput(g, r - firstDataRow, r, layout);
    unheaded(row, r - firstDataRow);
    t.rows.push(row);
  }
  if (below.data.length) t.afterEnd = below.data;
  if (below.outside.length) t.outside = below.outside;
  open.beyond = below.data.length > 0 || below.outside.length > 0;
}
