// The tables of one sheet read into rows: each from under its header down to the 合计 row or the footer (the core's
// rule, core/headers/split-rows.ts), then what lies below it (read-outside.ts) down to the next table stacked under
// it (core/headers/stacked.ts), if any.

import type { CellInput, RowInput, TableDef, TableInput } from '../core/types';
import { ROW_LABEL_COLS, type TableFound, layoutOf, mergesDown, spreadMerged, splitTableRows, stackedBelow } from '../core/headers';
import type { SheetGrid } from './sheet-grid';
import { carriedValue } from '../core/shown';
import { addUnheaded, rowsBelow } from './read-outside';
import { cellText, rowTexts } from './read-cell';

/** The texts of a row's first columns, where 合计 and footer labels are written. */
function rowLabels(ws: SheetGrid, row: number): string[] {
  const out: string[] = [];
  for (let c = 1; c <= ROW_LABEL_COLS; c++) out.push(ws.text(row, c));
  return out;
}

/** A table found in a sheet, `firstRow` the sheet row of the first of the rows it was found in. */
interface FoundAt {
  found: TableFound;
  firstRow: number;
}

/** Read every table of `ws`, from the one `found` at the top down through those stacked under it. */
export function readSheetTables(ws: SheetGrid, found: TableFound, defs: TableDef[]): TableInput[] {
  const out: TableInput[] = [];
  for (let at: FoundAt | undefined = { found, firstRow: 1 }; at; ) {
    const one = readTableSheet(ws, at, defs);
    out.push(one.table);
    at = one.next;
  }
  return out;
}

/** Read the table `at` in `ws` down to the next table. Row numbers are the sheet's own; values are passed on raw. */
function readTableSheet(ws: SheetGrid, at: FoundAt, defs: TableDef[]): { table: TableInput; next?: FoundAt } {
  const { def, match } = at.found;
  const { layout, firstDataRow } = layoutOf(at.found, ws.name, at.firstRow);
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

  const cells = (r: number): string[] | undefined => (ws.hasRow(r) ? ws.cells(r).map((c) => cellText(c.value)) : undefined);
  const stacked = stackedBelow(firstDataRow, ws.rowCount, cells, (r) => rowTexts(ws, r), defs, { def, layout });
  const next: FoundAt | undefined = stacked.next && { found: stacked.next.found, firstRow: stacked.next.firstRow };
  const last = stacked.next ? stacked.next.start - 1 : ws.rowCount;
  const split = splitTableRows({
    layout,
    from: firstDataRow,
    to: last,
    labels: (r) => (ws.hasRow(r) ? rowLabels(ws, r) : undefined),
    filled: (r) => ws.hasRow(r) && ws.cells(r).length > 0,
    read: readAll,
    headerAgain: (r) => stacked.headerAgain.has(r),
  });
  const { rows, end, notices } = split;
  const totalAt = end?.kind === 'total' ? end.row : split.totalFirst;
  const total = totalAt === undefined ? undefined : readRow(totalAt);

  const merged = mergesDown(ws.merges().filter((b) => b.r1 <= last), layout, firstDataRow);
  const spread = spreadMerged(def, layout, rows, merged, (r, c, extra) => (extra ? carried(r, c) : ws.value(r, c)));
  const table: TableInput = { def, layout, rows, total };
  if (spread.length || notices.length) table.notices = [...notices, ...spread];
  if (end) {
    const below = rowsBelow(ws, end.row + 1, last, def, Object.fromEntries(fields.map((f) => [f.key, f.col])));
    table.below = end.kind;
    if (below.data.length) {
      table.afterEnd = below.data;
      for (const r of below.data) rows.push(readAll(r));
    }
    if (below.outside.length) table.outside = below.outside;
  }
  return { table, next };
}
