// The open workbook's part of tables stacked on one sheet (the rule is core/headers/stacked.ts, as for files): the
// grid a table's area read returned (from its first data row to the used range's end) is searched for the table's
// header typed again and for another table's header; no request of its own.
import type { TableDef } from '../core/types';
import { type CellBox, TITLE_LINES, mayBeHeader, stackedRowAt, type TableFound } from '../core/headers';
import { type Grid, gridTexts } from './cell-values';
import type { OpenTable } from './table-rows';

export interface Stacked {
  /** grid rows repeating the table's header (its first row carries the notice, the others are skipped) */
  headerAgain: Set<number>;
  /** the next table: found in the rows from sheet row `firstRow`; `start` is the sheet row of its first line */
  next?: { found: TableFound; firstRow: number; start: number };
}

const texts = (g: Grid, i: number): string[] => gridTexts(g, i).filter((t) => t.trim() !== '');

/** Grid row i as text with the merged ranges over it spread (as the file reader sees a header merged down two rows). */
function spreadTexts(g: Grid, i: number, first: number, boxes: CellBox[]): string[] {
  const out = gridTexts(g, i);
  const r = first + i;
  for (const b of boxes) {
    if (r < b.r1 || r > b.r2 || b.r1 < first) continue;
    const text = gridTexts(g, b.r1 - first)[b.c1 - 1] ?? '';
    for (let c = b.c1; c <= b.c2; c++) out[c - 1] = text;
  }
  return Array.from(out, (v) => v ?? '');
}

/**
 * What grid `g` (row 0 = the first data row of `t`; `boxes` the merged ranges read with it) holds besides `t`'s
 * own rows, down to the next table.
 */
export function stackedIn(g: Grid, t: OpenTable, defs: TableDef[], boxes: CellBox[]): Stacked {
  const headerAgain = new Set<number>();
  for (let i = 0; i < g.values.length; i++) {
    if (!mayBeHeader(texts(g, i))) continue;
    const from = Math.max(0, i - TITLE_LINES);
    const rows: string[][] = [];
    for (let q = from; q <= Math.min(i + 2, g.values.length - 1); q++) rows.push(spreadTexts(g, q, t.firstDataRow, boxes));
    const s = stackedRowAt(rows, i - from, defs, t);
    if (s?.kind === 'repeat') {
      headerAgain.add(i);
      for (let q = 1; q < s.lines; q++) headerAgain.add(i + q);
      i += s.lines - 1;
    }
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
