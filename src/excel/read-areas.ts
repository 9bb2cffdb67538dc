// Reading table areas in requests that stay under Excel on the web's 5 MB response limit. Values, value types
// and number formats cost about 35–50 bytes a cell together, so a request holds at most MAX_READ_CELLS cells: a
// 5,000-row paste of a 17-column table is still one request, a 10,000-row one two. This is the one place where
// the number of round trips grows with the data, by design: one per 5 MB, never one per row.

import type { Grid } from './cell-values';
import { columnLetter } from '../core/columns';

export const MAX_READ_CELLS = 90_000;

/** A block of a sheet: rows r1..r2 and columns c1..c2, 1-based. */
export interface Area {
  sheet: string;
  r1: number;
  r2: number;
  c1: number;
  c2: number;
}

interface Piece {
  area: number;
  range?: Excel.Range;
  r1: number;
  r2: number;
}

/**
 * The grid of every area, read in as few requests as fit under `maxCells` each. Anything already queued on the
 * context (other loads) goes with the first request; there is always at least one sync.
 */
export async function readAreas(context: Excel.RequestContext, areas: Area[], maxCells = MAX_READ_CELLS): Promise<Grid[]> {
  const width = (a: Area) => a.c2 - a.c1 + 1;
  const pieces: Piece[] = [];
  areas.forEach((a, i) => {
    const rowsPer = Math.max(1, Math.floor(maxCells / width(a)));
    for (let r = a.r1; r <= a.r2; r += rowsPer) pieces.push({ area: i, r1: r, r2: Math.min(a.r2, r + rowsPer - 1) });
  });
  let cells = 0;
  for (const p of pieces) {
    const a = areas[p.area];
    const n = (p.r2 - p.r1 + 1) * width(a);
    if (cells > 0 && cells + n > maxCells) {
      await context.sync();
      cells = 0;
    }
    p.range = context.workbook.worksheets.getItem(a.sheet)
      .getRange(`${columnLetter(a.c1)}${p.r1}:${columnLetter(a.c2)}${p.r2}`)
      .load('values,valueTypes,numberFormat');
    cells += n;
  }
  await context.sync();
  const grids: Grid[] = areas.map(() => ({ values: [], valueTypes: [], numberFormat: [] }));
  for (const p of pieces) {
    const g = grids[p.area];
    const r = p.range!;
    g.values.push(...r.values);
    g.valueTypes!.push(...(r.valueTypes as string[][]));
    g.numberFormat!.push(...r.numberFormat);
  }
  return grids;
}
