// Tables laid one under another on one sheet (骨干企业情况表, its 合计 or a blank gap, then 主要关联企业情况表's title,
// header and rows): a person reads each table under its own header. The rule both readers apply, row by row below
// a table's header: a row holding another table's header (found as at the top of a sheet, by findTable) starts that
// table, from its title when the title is on the lines just above; the table above ends there. A row repeating the
// table's own header (the same columns, as printed on each page) is no new table and no enterprise: it is skipped,
// with a notice, and the table goes on.

import type { Issue, TableDef, TableLayout } from '../types';
import { message } from '../messages';
import { columnIndex } from '../columns';
import { looksLikeCode } from '../uscc';
import { isFigure, rowKindOf } from './row-kind';
import { findTable, titleRowOf, type FindOptions, type TableFound } from './find';

/** How many lines above a stacked table's header may hold its title (a name line or a units note between). */
export const TITLE_LINES = 3;

/**
 * Whether a row can be a header row at all, from the texts of its non-blank cells (merged followers left out): three
 * or more, none a figure or a credit code, the first no 合计, 小计 or footer label (「说明：企业名称、…」 under a table is a note,
 * whatever columns it names). Data rows hold a 序号 or figures; this keeps the header search off nearly all of them.
 */
export function mayBeHeader(texts: string[]): boolean {
  let n = 0;
  for (const t of texts) {
    const s = t.trim();
    if (!s) continue;
    if (isFigure(s) || looksLikeCode(s) || (n === 0 && rowKindOf([s]) !== 'data')) return false;
    n++;
  }
  return n >= 3;
}

export type StackedRow =
  /** another table's header: `found` indexes into the rows given; `start` is its first row (title, else header) */
  | { kind: 'table'; found: TableFound; start: number }
  /** the current table's header again, over `lines` rows from `at` (a two-row header, a units row) */
  | { kind: 'repeat'; lines: number };

/** Two rows of one header block: at least two cells alike in the same columns (header cells merged down both). */
function sameBlock(a: (string | undefined)[], b: (string | undefined)[] | undefined): boolean {
  let n = 0;
  for (let i = 0; b && i < a.length; i++) if ((a[i] ?? '').trim() !== '' && (a[i] ?? '').trim() === (b[i] ?? '').trim()) n++;
  return n >= 2;
}

/**
 * What row `at` of `rows` (texts, merged cells spread; rows from `at - TITLE_LINES` to `at + 2` are looked at) is
 * below the table `current`: another table's header (in this row, or in the next when both are one header block),
 * the current header repeated, or neither (undefined).
 */
export function stackedRowAt(rows: (string | undefined)[][], at: number, defs: TableDef[], current: { def: TableDef; layout: TableLayout }): StackedRow | undefined {
  const from = Math.max(0, at - TITLE_LINES);
  const window = rows.slice(from, at + 3);
  const found = findTable(window, defs);
  const own = at - from;
  if (!found || !(found.headerRow === own || (found.headerRow === own + 1 && sameBlock(window[own], window[own + 1])))) return undefined;
  if (found.def === current.def) return sameColumns(found, current.layout) ? { kind: 'repeat', lines: (found.unitsRow ?? found.headerRow) - own + 1 } : undefined;
  // its title, and the `label：value` lines right above the header (基地名称：…, 单位：万元), are the table's own
  let start = titleRowOf(window.slice(0, own), found.def) ?? own;
  for (let r = own - 1; r >= 0 && labelLine(window[r]); r--) start = Math.min(start, r);
  const shifted: TableFound = { ...found, headerRow: found.headerRow + from, unitsRow: found.unitsRow === undefined ? undefined : found.unitsRow + from };
  return { kind: 'table', found: shifted, start: start + from };
}

/** A line of `label：value` texts only (a name line, a units note), never a table row. */
function labelLine(row: (string | undefined)[]): boolean {
  const texts = row.map((c) => (c ?? '').trim()).filter((t) => t !== '');
  return texts.length > 0 && texts.every((t) => /^[^:：]{1,12}[:：]/.test(t));
}

function sameColumns(found: TableFound, layout: TableLayout): boolean {
  const cols = Object.entries(found.match.columns);
  return cols.length === Object.keys(layout.columns).length && cols.every(([k, i]) => layout.columns[k] !== undefined && columnIndex(layout.columns[k]) === i + 1);
}

/**
 * The first table of a sheet from its first rows: the best header there (findTable), or a table above it when
 * two are stacked within those rows (the one below is then found again as stacked under the first).
 */
export function firstTable(rows: (string | undefined)[][], defs: TableDef[], opts: FindOptions = {}): TableFound | undefined {
  let found = findTable(rows, defs, opts);
  while (found) {
    const start = titleRowOf(rows.slice(0, found.headerRow), found.def) ?? found.headerRow;
    const earlier = findTable(rows.slice(0, start), defs.filter((d) => d !== found!.def), opts);
    // a table of its own has a line of its own (a row, a 合计) before the next: not the upper row of a two-row header
    const lines = earlier ? rows.slice((earlier.unitsRow ?? earlier.headerRow) + 1, start) : [];
    if (!earlier || !lines.some((r) => r.some((c) => c && c.trim()) && !mayBeHeader(r.map((c) => c ?? '')))) break;
    found = earlier;
  }
  return found;
}

/** What lies under a table besides its own rows, down to the next table (both readers, rows numbered as they number them). */
export interface StackedBelow {
  /** rows repeating the table's header (the first carries the notice, core/headers/split-rows.ts) */
  headerAgain: Set<number>;
  /** the next table: `found` in the rows from `firstRow` on; `start` is the row of its first line */
  next?: { found: TableFound; firstRow: number; start: number };
}

/**
 * Rows `from` to `to` under `current`'s header searched for its header typed again and for another table's header.
 * `cells` gives a row's non-blank texts (undefined for a row the sheet does not hold), `texts` a row's texts with
 * merged cells spread.
 */
export function stackedBelow(
  from: number, to: number, cells: (row: number) => string[] | undefined, texts: (row: number) => (string | undefined)[],
  defs: TableDef[], current: { def: TableDef; layout: TableLayout },
): StackedBelow {
  const headerAgain = new Set<number>();
  for (let r = from; r <= to; r++) {
    const own = cells(r);
    if (!own || !mayBeHeader(own)) continue;
    const first = Math.max(from, r - TITLE_LINES);
    const rows: (string | undefined)[][] = [];
    for (let q = first; q <= Math.min(r + 2, to); q++) rows.push(texts(q));
    const s = stackedRowAt(rows, r - first, defs, current);
    if (s?.kind === 'table') return { headerAgain, next: { found: s.found, firstRow: first, start: first + s.start } };
    if (s?.kind === 'repeat') {
      for (let q = 0; q < s.lines; q++) headerAgain.add(r + q);
      r += s.lines - 1;
    }
  }
  return { headerAgain };
}

/** The notice for the table's header typed again among its rows. */
export function headerAgainNotice(layout: TableLayout, row: number): Issue {
  return { code: 'row/header-again', severity: 'notice', sheet: layout.sheet, row, message: message('row/header-again', { row }) };
}
