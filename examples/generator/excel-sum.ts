// What Excel itself computes for a 合计 cell: SUM adds numbers only (text that looks like a number is skipped),
// COUNTIF(...,"是") counts the 是 cells. These are the cached results a saved workbook carries.
import type { SampleValue } from './model';
import { round } from './prng';

export function excelSum(values: SampleValue[]): number {
  return round(values.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0), 4);
}

export function excelCountYes(values: SampleValue[]): number {
  return values.filter((v) => v === '是').length;
}

/** The number the checker reads from a cell: numbers, and text holding only a number (half- or full-width). */
export function engineNumber(v: SampleValue): number | null {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return null;
  const t = v.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** The column total the clerk would type by hand (numbers and numbers typed as text alike). */
export function handSum(values: SampleValue[]): number {
  return round(values.reduce<number>((s, v) => s + (engineNumber(v) ?? 0), 0), 4);
}
