// SheetData cells as Office.js takes them, and what a row costs in a request.
//
// Office.js reads a string written to `values` or `formulas` the way Excel reads typing: `=1+2`, `+86 351`,
// `-5` and `@SUM(A1)` become formulas, `0351` and `2018-06-01` numbers and dates (Range.values docs: "If the
// returned value starts with a plus, minus, or equal sign, Excel interprets this value as a formula"). Text
// from other people's files must stay text, so every string is written behind an apostrophe, the prefix Excel
// itself tells people to type; the cell then holds the string exactly (the apostrophe is not part of the value).
// A text number format set first would do the same for `=` but also turn the column's later numbers into text.

import type { SheetCell } from '../core/sheet-data';

export const TEXT_PREFIX = "'";

export type OfficeCell = string | number | boolean;

export const isFormula = (c: SheetCell | undefined): c is { formula: string } => c !== null && typeof c === 'object';

/** One cell for a `values`/`formulas` write: formulas as `=...`, text behind an apostrophe, empty as ''. */
export function officeCell(c: SheetCell | undefined): OfficeCell {
  if (c === null || c === undefined) return '';
  if (isFormula(c)) return c.formula.charAt(0) === '=' ? c.formula : `=${c.formula}`;
  if (typeof c === 'number') return isFinite(c) ? c : '';
  if (typeof c === 'boolean') return c;
  return c === '' ? '' : TEXT_PREFIX + c;
}

/** A formula run: consecutive formula cells of one row, from column index `col` (0 = A). */
export interface FormulaRun {
  col: number;
  formulas: string[];
}

/**
 * A row for a `values` write (formula cells left empty) and its formula runs for `formulas` writes after it:
 * constants stay plain values, formulas go through the property meant for them.
 */
export function splitRow(row: SheetCell[], width: number): { values: OfficeCell[]; runs: FormulaRun[] } {
  const values = officeRow(row, width);
  const runs: FormulaRun[] = [];
  let run: FormulaRun | undefined;
  for (let i = 0; i < width; i++) {
    if (!isFormula(row[i])) {
      run = undefined;
      continue;
    }
    if (!run) runs.push((run = { col: i, formulas: [] }));
    run.formulas.push(values[i] as string);
    values[i] = '';
  }
  return { values, runs };
}

/** A row padded to `width` cells. */
export function officeRow(row: SheetCell[], width: number): OfficeCell[] {
  const out: OfficeCell[] = new Array(width);
  for (let i = 0; i < width; i++) out[i] = officeCell(row[i]);
  return out;
}

/**
 * Bytes of a string in a JSON request, counted on the safe side: a non-ASCII character as its `\uXXXX`
 * escape (6 bytes; UTF-8 needs at most 3), so the estimate holds however the host encodes the request.
 */
export function jsonBytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n += s.charCodeAt(i) < 0x80 ? 1 : 6;
  return n;
}

/** What a formulas write costs besides its formulas: the action and the range's address. */
export const RUN_OVERHEAD = 160;

/** What one row adds to a request: its cells as JSON plus the separator, and each formula run's write. */
export function rowBytes(row: { values: OfficeCell[]; runs: FormulaRun[] }): number {
  let n = jsonBytes(JSON.stringify(row.values)) + 1;
  for (const r of row.runs) n += RUN_OVERHEAD + jsonBytes(JSON.stringify([r.formulas]));
  return n;
}
