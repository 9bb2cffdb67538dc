// Office.js hands a range back as parallel 2-D arrays (values, valueTypes, numberFormat). The engine wants
// CellInput: empty as null, errors as { error }, dates as Date. Nothing here judges a value.
import type { CellInput } from '../core/types';
import { excelSerialToDate } from '../core/normalise';

/** What one range read gives back; valueTypes and numberFormat may be absent (then no error/date detection). */
export interface Grid {
  values: unknown[][];
  valueTypes?: string[][];
  numberFormat?: unknown[][];
}

/** A number format that shows a date: y, d, or m without h/s (m alone in h:mm means minutes). */
export function isDateFormat(fmt: unknown): boolean {
  if (typeof fmt !== 'string' || fmt === '' || /^general$/i.test(fmt) || fmt === '@') return false;
  const bare = fmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '').split(';')[0];
  if (/[yd]/i.test(bare)) return true;
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}

export function cellInput(value: unknown, valueType?: string, numberFormat?: unknown): CellInput {
  if (value === null || value === undefined || value === '') return null;
  if (valueType === 'Error') return { error: String(value) };
  if (typeof value === 'number' && valueType !== 'String' && isDateFormat(numberFormat)) return excelSerialToDate(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** A value as a range read returns it that holds nothing: empty, or blank text. */
export const isBlankValue = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Cell (row i, column j) of a grid, converted. */
export const gridCell = (g: Grid, i: number, j: number): CellInput =>
  cellInput(g.values[i]?.[j], g.valueTypes?.[i]?.[j], g.numberFormat?.[i]?.[j]);

/** A row of a grid as display text, for header matching. */
export const gridTexts = (g: Grid, i: number): string[] =>
  (g.values[i] ?? []).map((v) => (v === null || v === undefined ? '' : String(v)));
