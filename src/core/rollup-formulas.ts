// Roll-up figures as Excel formulas over detail sheets (COUNTIFS / SUMIFS on whole columns, or on a table's
// data rows only), so a summary follows later edits of the details. Plain formula text: the same in an .xlsx
// file and through Office.js.

import type { TableId } from './types';
import type { FigureDef, FigureTerm } from './rollup-figures';

/** Where one table's detail rows are: the sheet and the column letter of each field key. */
export interface DetailRef {
  sheet: string;
  /** field key (or origin key such as `@city`) -> column letter */
  columns: Record<string, string>;
  /**
   * Only these rows: a clerk's table between its header and its 合计 row, so the 合计 is not counted twice.
   * Absent: whole columns under a single header row (the merged workbook's detail sheets).
   */
  rows?: { first: number; last: number };
  /** the key whose non-empty cells are counted when a term counts every row (default `@app`, else the first column) */
  countBy?: string;
}

/** A restriction on the detail rows by one of their columns (an origin such as `@city`, or a field). */
export interface RowFilter {
  column: string;
  equals: string;
}

/** `'骨干企业'!$K:$K` */
export function wholeColumn(sheet: string, letter: string): string {
  return `${quoteSheet(sheet)}!$${letter}:$${letter}`;
}

/** `'骨干企业情况表'!$K$5:$K$104` */
export function boundedColumn(sheet: string, letter: string, first: number, last: number): string {
  return `${quoteSheet(sheet)}!$${letter}$${first}:$${letter}$${last}`;
}

/** The cells of one column that hold the detail rows of `ref`. */
export function detailColumn(ref: DetailRef, letter: string): string {
  return ref.rows ? boundedColumn(ref.sheet, letter, ref.rows.first, ref.rows.last) : wholeColumn(ref.sheet, letter);
}

export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** An Excel string literal. */
export function stringLiteral(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * A COUNTIFS/SUMIFS criterion matching exactly `value`: a leading `=` so that text such as `>5` or `=x`
 * is not read as an operator, and `~ * ?` escaped so that they are not wildcards.
 */
export function exactCriterion(value: string): string {
  return stringLiteral('=' + value.replace(/[~*?]/g, (c) => '~' + c));
}

function termFormula(term: FigureTerm, ref: DetailRef, filters: RowFilter[]): string | undefined {
  const pairs: string[] = [];
  const conds = [...filters.map((f) => ({ field: f.column, equals: f.equals })), ...term.where];
  for (const c of conds) {
    const letter = ref.columns[c.field];
    // a condition on a column the sheet lacks can never hold
    if (!letter) return undefined;
    pairs.push(`${detailColumn(ref, letter)},${exactCriterion(c.equals)}`);
  }
  if (term.field !== undefined) {
    const sumLetter = ref.columns[term.field];
    if (!sumLetter) return undefined;
    if (pairs.length === 0) return `SUM(${detailColumn(ref, sumLetter)})`;
    return `SUMIFS(${detailColumn(ref, sumLetter)},${pairs.join(',')})`;
  }
  if (pairs.length === 0) {
    // every data row: the non-empty cells of one column (on a whole column, less the header)
    const any = (ref.countBy && ref.columns[ref.countBy]) || ref.columns['@app'] || Object.values(ref.columns)[0];
    if (ref.rows) return `COUNTA(${detailColumn(ref, any)})`;
    return `(COUNTA(${wholeColumn(ref.sheet, any)})-1)`;
  }
  return `COUNTIFS(${pairs.join(',')})`;
}

/**
 * The formula of a figure over the detail sheets in `refs` (tables without a sheet add nothing), for the
 * rows that pass `filters` — e.g. `[{column: '@city', equals: '太原市'}]` for one unit.
 */
export function figureFormula(f: FigureDef, refs: Partial<Record<TableId, DetailRef>>, filters: RowFilter[] = []): string {
  const parts: string[] = [];
  for (const term of f.terms) {
    const ref = refs[term.table];
    if (!ref) continue;
    const t = termFormula(term, ref, filters);
    if (t) parts.push(t);
  }
  return parts.length ? parts.join('+') : '0';
}
