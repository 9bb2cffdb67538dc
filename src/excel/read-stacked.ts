// The open workbook's part of tables stacked on one sheet (the rule is core/headers/stacked.ts, as for files): the
// grid a table's area read returned (from its first data row to the used range's end) is searched for the table's
// header typed again and for another table's header; no request of its own.
import type { TableDef } from '../core/types';
import { TITLE_LINES, mayBeHeader, stackedRowAt, type TableFound } from '../core/headers';
import { type Grid, gridTexts } from './cell-values';
import type { OpenTable } from './table-rows';

export interface Stacked {
  /** grid rows repeating the table's header */
  headerAgain: Set<number>;
  /** the next table: found in the rows from sheet row `firstRow`; `start` is the sheet row of its first line */
  next?: { found: TableFound; firstRow: number; start: number };
}

const texts = (g: Grid, i: number): string[] => gridTexts(g, i).filter((t) => t.trim() !== '');

/** What grid `g` (row 0 = the first data row of `t`) holds besides `t`'s own rows, down to the next table. */
export function stackedIn(g: Grid, t: OpenTable, defs: TableDef[]): Stacked {
  const headerAgain = new Set<number>();
  for (let i = 0; i < g.values.length; i++) {
    if (!mayBeHeader(texts(g, i))) continue;
    const from = Math.max(0, i - TITLE_LINES);
    const rows: string[][] = [];
    for (let q = from; q <= Math.min(i + 1, g.values.length - 1); q++) rows.push(gridTexts(g, q));
    const s = stackedRowAt(rows, i - from, defs, t);
    if (s?.kind === 'repeat') headerAgain.add(i);
    if (s?.kind === 'table') {
      const firstRow = t.firstDataRow + from;
      return { headerAgain, next: { found: s.found, firstRow, start: firstRow + s.start } };
    }
  }
  return { headerAgain };
}

/** Rows `from` (inclusive) to `to` (exclusive) of a grid. */
export function sliceGrid(g: Grid, from: number, to = g.values.length): Grid {
  return {
    values: g.values.slice(from, to),
    valueTypes: g.valueTypes?.slice(from, to),
    numberFormat: g.numberFormat?.slice(from, to),
  };
}
