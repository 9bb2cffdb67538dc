// The open workbook's part of tables stacked on one sheet (the rule is core/headers/stacked.ts, as for files): the
// grid a table's area read returned (from its first data row to the used range's end) is searched for the table's
// header typed again and for another table's header; no request of its own.
import type { TableDef } from '../core/types';
import { type CellBox, type StackedBelow, stackedBelow } from '../core/headers';
import { type Grid, gridTexts } from './cell-values';
import type { OpenTable } from './table-rows';

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
 * own rows, down to the next table (the core's rule, stackedBelow), in grid rows; `next.firstRow` and `next.start`
 * are sheet rows.
 */
export function stackedIn(g: Grid, t: OpenTable, defs: TableDef[], boxes: CellBox[]): StackedBelow {
  const s = stackedBelow(0, g.values.length - 1, (i) => texts(g, i), (i) => spreadTexts(g, i, t.firstDataRow, boxes), defs, t);
  if (!s.next) return s;
  const { found, firstRow, start } = s.next;
  return { headerAgain: s.headerAgain, next: { found, firstRow: t.firstDataRow + firstRow, start: t.firstDataRow + start } };
}

/** Rows `from` (inclusive) to `to` (exclusive) of a grid. */
export function sliceGrid(g: Grid, from: number, to = g.values.length): Grid {
  return {
    values: g.values.slice(from, to),
    valueTypes: g.valueTypes?.slice(from, to),
    numberFormat: g.numberFormat?.slice(from, to),
  };
}
