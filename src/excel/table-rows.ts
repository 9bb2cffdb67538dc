// A table's data zone in a sheet: rows between the header and the 合计 row (or the footer), turned into RowInput.
import type { CellInput, Issue, RowInput, TableDef, TableLayout } from '../core/types';
import type { MergedDown } from '../core/headers';
import { columnIndex } from '../core/columns';
import { ROW_LABEL_COLS, rowKindOf, splitTableRows, type RowKind } from '../core/headers';
import { type Grid, gridCell, isBlankValue } from './cell-values';
import { carriedValue } from '../core/shown';

/** Where one table sits in an open sheet: what a reader found and what live checking needs to re-read rows. */
export interface OpenTable {
  def: TableDef;
  layout: TableLayout;
  firstDataRow: number;
  /** the 合计 row, when the sheet has one */
  totalRow?: number;
  /** a 合计 row typed first, right under the header (the data below it): checked as the total, ends nothing */
  totalFirst?: number;
  /** first row of the footer (填表人 ...), when there is one without a 合计 row */
  footerRow?: number;
  /** the table's right-most column (1-based), extras included */
  lastCol: number;
  /** last row of the sheet's used range when it was read */
  lastRow?: number;
  /** ranges merged down the table's rows, with the value each gave its rows when the table was read */
  merges?: OpenMerge[];
  /** the worksheet's id: reads by id keep working after a rename */
  sheetId?: string;
  /** text bytes of the longest row when last read: what the next read of this table is estimated from */
  rowText?: number;
  /** rows below the 合计 row or the footer were merged or reported when it was read (read-outside.ts) */
  beyond?: boolean;
}

export type { RowKind };

export interface OpenMerge extends MergedDown {
  value: CellInput;
}

/** The columns a row of the table is read from: its header's, and those carried under 「（无表头）K列」. */
export function rowColumns(t: OpenTable): { c1: number; c2: number } {
  const cols = [...Object.values(t.layout.columns), ...Object.values(t.layout.extras)].map(columnIndex);
  return { c1: Math.min(...cols), c2: Math.max(t.lastCol, ...cols) };
}

/** What a row is, judged by its first texts (the core's rule). */
export function rowKind(g: Grid, i: number): RowKind {
  return rowKindOf(rowLabels(g, i));
}

const rowLabels = (g: Grid, i: number): string[] =>
  (g.values[i] ?? []).slice(0, ROW_LABEL_COLS).map((v) => (v === null || v === undefined ? '' : String(v)));

const filled = (g: Grid, i: number): boolean => (g.values[i] ?? []).some((v) => !isBlankValue(v));

/** One grid row as a RowInput. The grid's column 0 is sheet column `firstCol`. */
export function rowInput(g: Grid, i: number, sheetRow: number, layout: TableLayout, firstCol = 1): RowInput {
  const values: RowInput['values'] = {};
  for (const [key, letter] of Object.entries(layout.columns)) values[key] = gridCell(g, i, columnIndex(letter) - firstCol);
  const extras: NonNullable<RowInput['extras']> = {};
  let anyExtra = false;
  for (const [header, letter] of Object.entries(layout.extras)) {
    const j = columnIndex(letter) - firstCol;
    const v = carriedValue(gridCell(g, i, j), g.numberFormat?.[i]?.[j]);
    if (v !== null) {
      extras[header] = v;
      anyExtra = true;
    }
  }
  return anyExtra ? { row: sheetRow, values, extras } : { row: sheetRow, values };
}

/**
 * Splits a grid read from the first data row down by the core's rule (splitTableRows): data rows until the 合计 row
 * or the footer, each handed to `more` (values under no header) before blank ones are left out. Returns where the
 * total and footer were found.
 */
export function splitRows(
  g: Grid, firstRow: number, layout: TableLayout, more?: (row: RowInput, i: number) => void, headerAgain: Set<number> = new Set(),
): { rows: RowInput[]; total?: RowInput; totalRow?: number; totalFirst?: number; footerRow?: number; subtotals: Issue[] } {
  const i = (r: number): number => r - firstRow;
  const split = splitTableRows({
    layout,
    from: firstRow,
    to: firstRow + g.values.length - 1,
    labels: (r) => rowLabels(g, i(r)),
    filled: (r) => filled(g, i(r)),
    read: (r) => {
      const row = rowInput(g, i(r), r, layout);
      more?.(row, i(r));
      return row;
    },
    headerAgain: (r) => headerAgain.has(i(r)),
  });
  const { end, totalFirst } = split;
  const totalRow = end?.kind === 'total' ? end.row : undefined;
  const totalAt = totalRow ?? totalFirst;
  return {
    rows: split.rows,
    total: totalAt === undefined ? undefined : rowInput(g, i(totalAt), totalAt, layout),
    totalRow,
    totalFirst: totalRow === undefined ? totalFirst : undefined,
    footerRow: end?.kind === 'footer' ? end.row : undefined,
    subtotals: split.notices,
  };
}
