// Rows and cells outside a table's rows, where clerks still type data: enterprises added below the 合计 row
// or the footer, a table continued on sheets 骨干企业情况表(2)…, values in a column without a header. The rule a
// person applies: what reads as a row of the table is merged (with a word to move it); a value under no header
// is kept under a made-up one; anything else with a value is reported cell by cell and counted as left out —
// never dropped in silence. Host-neutral: both readers hand over plain texts.

import type { CellInput, Issue, RowInput, TableDef, TableInput } from './types';
import { columnIndex, columnLetter } from './columns';
import { listed, message, TABLE_END } from './messages';
import { normaliseHeader, rowKindOf, ROW_LABEL_COLS } from './headers';
import { looksLikeCode } from './uscc';

/** A non-blank cell of a row below the table: 1-based column and its text. */
export interface OutsideCell {
  col: number;
  text: string;
}

/** header: a table's header row (another table below this one): it and all after it are left out */
export type BelowKind = 'data' | 'note' | 'outside' | 'header';

/**
 * What a row below the 合计 row or the footer is. `columns` maps the table's field keys to 1-based columns.
 * data: a name and either something like a credit code or two more fields filled, as a table row has;
 * note: text only in the label columns (a remark under the footer), or a footer or 合计 line itself;
 * outside: values that are neither, to be reported and left out.
 */
export function belowKind(def: TableDef, columns: Record<string, number>, cells: OutsideCell[]): BelowKind {
  if (cells.length === 0) return 'note';
  const byCol = new Map(cells.map((c) => [c.col, c.text.trim()]));
  const firstCols = Array.from({ length: ROW_LABEL_COLS }, (_, i) => byCol.get(i + 1) ?? '');
  if (rowKindOf(firstCols) !== 'data') return 'note';
  const at = (key: string) => (columns[key] ? byCol.get(columns[key]) ?? '' : '');
  if ([def.nameKey, def.codeKey].some((key) => isHeaderOf(def, key, at(key)))) return 'header';
  const name = at(def.nameKey);
  const others = Object.keys(columns).filter((k) => k !== def.nameKey && k !== def.codeKey && k !== 'serial' && at(k) !== '').length;
  if (name && (looksLikeCode(at(def.codeKey).replace(/\s/g, '')) || others >= 2)) return 'data';
  if (cells.every((c) => c.col <= ROW_LABEL_COLS)) return 'note';
  return 'outside';
}

/** The rows below a table sorted: those read as data, and those whose values are left out (their cells' addresses). */
export interface BelowRows {
  data: number[];
  outside: { row: number; cells: string[] }[];
}

/**
 * Sorts the non-blank rows below a table's end, top to bottom (belowKind); once another table's header is met,
 * nothing after it is this table's. Both readers hand their rows' texts to this one rule.
 */
export function sortRowsBelow(rows: { row: number; cells: OutsideCell[] }[], def: TableDef, columns: Record<string, number>): BelowRows {
  const below: BelowRows = { data: [], outside: [] };
  let otherTable = false;
  for (const { row, cells } of rows) {
    if (cells.length === 0) continue;
    const kind = otherTable ? 'outside' : belowKind(def, columns, cells);
    if (kind === 'header') otherTable = true;
    if (kind === 'data') below.data.push(row);
    else if (kind === 'outside' || kind === 'header') below.outside.push({ row, cells: cells.map((c) => `${columnLetter(c.col)}${row}`) });
  }
  return below;
}

/** The text is the header (or an alias) of the field `key`: 企业名称, 单位名称, 统一社会信用代码. */
function isHeaderOf(def: TableDef, key: string, text: string): boolean {
  const col = def.columns.find((c) => c.key === key);
  const t = normaliseHeader(text);
  return !!col && t !== '' && [col.header, ...(col.aliases ?? [])].some((h) => normaliseHeader(h) === t);
}

/** The made-up header of a column that has values but no header: 「（无表头）K列」. */
export function unheadedHeader(col: number): string {
  return `（无表头）${columnLetter(col)}列`;
}

/** Keeps a value in a column the header does not name under 「（无表头）K列」, its column recorded in `extrasLayout`. */
export function keepUnheaded(row: RowInput, extrasLayout: Record<string, string>, col: number, value: CellInput): void {
  const header = unheadedHeader(col);
  extrasLayout[header] = columnLetter(col);
  (row.extras ??= {})[header] = value;
}

/** What the reader noticed about the rows and cells outside a table, as issues on its sheet. */
export function outsideIssues(t: TableInput): Issue[] {
  const sheet = t.layout.sheet;
  const out: Issue[] = [];
  const where = TABLE_END[t.below ?? 'total'];
  for (const row of t.afterEnd ?? []) {
    out.push({ code: 'table/after-total', severity: 'warning', sheet, row, message: message('table/after-total', { row, where }) });
  }
  for (const o of t.outside ?? []) {
    out.push({ code: 'table/outside-cells', severity: 'error', sheet, row: o.row, column: o.cells[0]?.replace(/\d+$/, ''),
      message: message('table/outside-cells', { row: o.row, where, cells: listed(o.cells) }) });
  }
  for (const [header, column] of Object.entries(t.layout.extras)) {
    if (header !== unheadedHeader(columnIndex(column))) continue;
    const cells = t.rows.filter((r) => r.extras?.[header] !== undefined && r.extras[header] !== null && r.extras[header] !== '').map((r) => `${column}${r.row}`);
    out.push({ code: 'table/no-header-column', severity: 'warning', sheet, row: cells.length ? Number(cells[0].slice(column.length)) : t.layout.headerRow, column,
      message: message('table/no-header-column', { column, cells: listed(cells), header }) });
  }
  return out;
}

/** A sheet that continues another: its name is the other's with (2), （3）, 续 or 续表 after it. */
export function continues(sheet: string, first: string): boolean {
  if (sheet === first) return false;
  const rest = sheet.startsWith(first) ? sheet.slice(first.length).trim() : '';
  return /^([(（]\s*\d+\s*[)）]|\d+|[-_]\s*\d+|续表?|[(（]续表?[)）])$/.test(rest);
}

/**
 * Tables left out by keepOnePerTable that continue a kept one: a sheet named as the kept one with (2)… after
 * it, holding the same table under the same header (the same columns in the same places). They are read as
 * tables of their own (their rows keep their sheet and row), with a notice.
 */
export function continuationSheets(found: TableInput[], kept: number[]): { index: number; issue: Issue }[] {
  const out: { index: number; issue: Issue }[] = [];
  const sameHeader = (a: TableInput, b: TableInput) => JSON.stringify(a.layout.columns) === JSON.stringify(b.layout.columns);
  found.forEach((t, i) => {
    if (kept.includes(i)) return;
    const first = kept.map((k) => found[k]).find((k) => k.def.id === t.def.id);
    if (!first || !continues(t.layout.sheet, first.layout.sheet) || !sameHeader(first, t)) return;
    out.push({ index: i, issue: { code: 'table/continued', severity: 'notice', sheet: t.layout.sheet,
      message: message('table/continued', { sheet: t.layout.sheet, first: first.layout.sheet }) } });
  });
  return out;
}
