// A table's data zone in a sheet: rows between the header and the 合计 row (or the footer), turned into RowInput.
import type { CellInput, Issue, RowInput, TableDef, TableLayout } from '../core/types';
import type { MergedDown } from '../core/headers';
import { columnIndex, columnLetter } from '../core/columns';
import { ROW_LABEL_COLS, headerAgainNotice, rowKindOf, rowLabel, subtotalNotice, type RowKind } from '../core/headers';
import { isBlankRow } from '../core/checks/row';
import { type Grid, gridCell } from './cell-values';
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

/** What the first grid row under row i holding anything is (undefined at the grid's end). */
function nextFilledKind(g: Grid, i: number): RowKind | undefined {
  for (let q = i + 1; q < g.values.length; q++) if (g.values[q].some((v) => v !== null && v !== undefined && String(v).trim() !== '')) return rowKind(g, q);
  return undefined;
}

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
 * Splits a grid read from the first data row down: data rows until the 合计 row or the footer, each handed to
 * `more` (values under no header) before empty rows are left out. Returns where the total and footer were found.
 */
export function splitRows(
  g: Grid, firstRow: number, layout: TableLayout, more?: (row: RowInput, i: number) => void, firstCol = 1, headerAgain: Set<number> = new Set(),
): { rows: RowInput[]; total?: RowInput; totalRow?: number; totalFirst?: number; footerRow?: number; subtotals: Issue[] } {
  const rows: RowInput[] = [];
  const subtotals: Issue[] = [];
  let first: RowInput | undefined;
  const withFirst = <T extends object>(o: T) => (first ? { ...o, total: first, totalFirst: first.row } : o);
  for (let i = 0; i < g.values.length; i++) {
    if (headerAgain.has(i)) {
      if (!headerAgain.has(i - 1)) subtotals.push(headerAgainNotice(layout, firstRow + i));
      continue;
    }
    const labels = rowLabels(g, i);
    const { kind, index } = rowLabel(labels);
    if (kind === 'subtotal') {
      subtotals.push(subtotalNotice(layout, firstRow + i, columnLetter(firstCol + index), labels[index].trim()));
      continue;
    }
    // 合计 typed first, the enterprises under it: the table's total, its data rows below it
    if (kind === 'total' && !first && rows.length === 0 && nextFilledKind(g, i) === 'data') {
      first = rowInput(g, i, firstRow + i, layout);
      continue;
    }
    if (kind === 'total') return { rows, total: rowInput(g, i, firstRow + i, layout), totalRow: firstRow + i, subtotals };
    if (kind === 'footer') return withFirst({ rows, footerRow: firstRow + i, subtotals });
    const r = rowInput(g, i, firstRow + i, layout);
    more?.(r, i);
    if (!isBlankRow(r)) rows.push(r);
  }
  return withFirst({ rows, subtotals });
}
