// What Excel stores when a string is written to Range.values (or Range.formulas): the same as if the clerk had
// typed it. Office.js documents only the formula part ("If the returned value starts with a plus ("+"), minus
// ("-"), or equal sign ("="), Excel interprets this value as a formula",
// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member); the rest is how
// typing behaves in Excel ("Stop automatically changing numbers to dates", "Keeping leading zeros":
// https://support.microsoft.com/office/keeping-leading-zeros-and-large-numbers-1bf7b935-36e1-4985-842f-5dfa51f85fe7).
// A cell whose number format is text (`@`) keeps the string exactly.

export type Stored = { value: string | number | boolean } | { formula: string } | { empty: true };
export interface Coerced {
  stored: Stored;
  /** a number format Excel gives the cell on the way (a date typed into a General cell) */
  format?: string;
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?\d+(\.\d+)?%$/;
const DATE = /^(\d{4})(?:[-/](\d{1,2})[-/](\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Days since 1899-12-30, Excel's date serial. */
function serial(y: number, m: number, d: number): number | undefined {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** An apostrophe typed first makes the rest text; the apostrophe is not part of the value. */
function apostrophe(s: string): Coerced | undefined {
  return s.startsWith("'") ? { stored: s.length > 1 ? { value: s.slice(1) } : { empty: true } } : undefined;
}

/** Digit strings become numbers: `03514921797` loses its leading zero, `1,234` its separator. */
function number(s: string): Coerced | undefined {
  const t = s.trim();
  if (NUMBER.test(t)) return { stored: { value: Number(t.replace(/,/g, '')) } };
  if (PERCENT.test(t)) return { stored: { value: Number(t.slice(0, -1)) / 100 }, format: '0%' };
  return undefined;
}

/** `=`, `+`, `-` start a formula (a bare `-5` or `+86` is a number, caught before). */
function formula(s: string): Coerced | undefined {
  if (s.length < 2 || !'=+-'.includes(s[0])) return undefined;
  return { stored: { formula: s[0] === '=' ? s : `=${s}` } };
}

/** `2018-6-1`, `2018/06/01` and (Chinese Excel) `2018年6月1日` become a date serial shown as a date. */
function date(s: string): Coerced | undefined {
  const m = DATE.exec(s.trim());
  if (!m) return undefined;
  const n = serial(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
  return n === undefined ? undefined : { stored: { value: n }, format: 'yyyy/m/d' };
}

/** `9:30` becomes a fraction of a day shown as a time. */
function time(s: string): Coerced | undefined {
  const m = TIME.exec(s.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) return undefined;
  return { stored: { value: (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) / 86_400 }, format: 'h:mm' };
}

function logical(s: string): Coerced | undefined {
  const u = s.trim().toUpperCase();
  return u === 'TRUE' || u === 'FALSE' ? { stored: { value: u === 'TRUE' } } : undefined;
}

/** What a cell holds after `v` was written to it, given the cell's number format at that moment. */
export function coerce(v: unknown, numberFormat: string | undefined): Coerced {
  if (v === null || v === undefined || v === '') return { stored: { empty: true } };
  if (typeof v === 'number' || typeof v === 'boolean') return { stored: { value: v } };
  if (typeof v !== 'string') throw new Error(`InvalidArgument: a cell value must be a string, number or boolean, not ${typeof v}`);
  if (numberFormat === '@') return { stored: { value: v } };
  return apostrophe(v) ?? number(v) ?? formula(v) ?? date(v) ?? time(v) ?? logical(v) ?? { stored: { value: v } };
}
