// The tables of one sheet read into rows: each from under its header down to the 合计 row or the footer, then what
// lies below it (read-outside.ts) down to the next table stacked under it (core/headers/stacked.ts), if any.

import type { CellInput, Issue, RowInput, TableDef, TableInput } from '../core/types';
import { columnLetter } from '../core/columns';
import {
  ROW_LABEL_COLS, TITLE_LINES, type RowKind, type TableFound, headerAgainNotice, layoutOf, mayBeHeader, mergesDown, rowLabel, spreadMerged,
  stackedRowAt, subtotalNotice,
} from '../core/headers';
import type { SheetGrid } from './sheet-grid';
import { isBlankRow } from '../core/checks/row';
import { carriedValue } from '../core/shown';
import { addUnheaded, rowsBelow } from './read-outside';
import { cellText, rowTexts } from './read-cell';

/** The texts of a row's first columns, where 合计 and footer labels are written. */
function rowLabels(ws: SheetGrid, row: number): string[] {
  const out: string[] = [];
  for (let c = 1; c <= ROW_LABEL_COLS; c++) out.push(ws.text(row, c));
  return out;
}

/** What the first row under `r` holding anything is (undefined at the sheet's end). */
function nextFilledKind(ws: SheetGrid, r: number): RowKind | undefined {
  for (let q = r + 1; q <= ws.rowCount; q++) if (ws.hasRow(q) && ws.cells(q).length) return rowLabel(rowLabels(ws, q)).kind;
  return undefined;
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

  let rows: RowInput[] = [];
  let total: RowInput | undefined;
  let end: { row: number; kind: 'total' | 'footer' } | undefined;
  let notices: Issue[] = [];
  let next: FoundAt | undefined;
  let last = ws.rowCount;
  for (let r = firstDataRow; r <= ws.rowCount; r++) {
    if (!ws.hasRow(r)) continue;
    if (mayBeHeader(ws.cells(r).map((c) => cellText(c.value)))) {
      const from = Math.max(firstDataRow, r - TITLE_LINES);
      const texts: string[][] = [];
      for (let q = from; q <= r + 2; q++) texts.push(rowTexts(ws, q));
      const s = stackedRowAt(texts, r - from, defs, { def, layout });
      if (s?.kind === 'table') {
        next = { found: s.found, firstRow: from };
        last = from + s.start - 1;
        break;
      }
      if (s?.kind === 'repeat' && !end) {
        notices.push(headerAgainNotice(layout, r));
        r += s.lines - 1;
        continue;
      }
    }
    if (end) continue; // rows below the end are sorted after the loop
    const labels = rowLabels(ws, r);
    const { kind, index } = rowLabel(labels);
    if (kind === 'subtotal') {
      notices.push(subtotalNotice(layout, r, columnLetter(index + 1), labels[index].trim()));
      continue;
    }
    // 合计 typed first, the enterprises under it: the table's total, its data rows below it
    if (kind === 'total' && !total && rows.length === 0 && nextFilledKind(ws, r) === 'data') {
      total = readRow(r);
      continue;
    }
    if (kind === 'total') total = readRow(r);
    if (kind !== 'data') {
      end = { row: r, kind };
      continue;
    }
    const row = readAll(r);
    if (!isBlankRow(row)) rows.push(row);
  }
  if (next) {
    // the next table's title and the lines under it are not this table's
    rows = rows.filter((x) => x.row <= last);
    notices = notices.filter((i) => (i.row ?? 0) <= last);
    if (total && total.row > last) total = undefined;
    if (end && end.row > last) end = undefined;
  }

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
