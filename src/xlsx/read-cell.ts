// Cell access for the reader: the raw value as the engine wants it, and plain text for finding headers.

import type { Cell, Worksheet } from 'exceljs';
import type { CellInput } from '../core/types';

/** Text of an exceljs value, for header and label matching only (values go to the engine raw). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return o.richText.map((p: { text?: unknown }) => String(p.text ?? '')).join('');
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) return cellText(o.result);
    if ('text' in o) return cellText(o.text);
  }
  return '';
}

/** A merged cell other than the top-left one: it only mirrors the master's value. */
export function isMergeFollower(cell: Cell): boolean {
  return cell.isMerged && cell.master !== cell && cell.master.address !== cell.address;
}

/** The value as exceljs reads it, except that merge followers are empty (no duplicated values in the data area). */
export function rawValue(ws: Worksheet, row: number, col: number): CellInput {
  const r = ws.findRow(row);
  if (!r) return null;
  const cell = r.findCell(col);
  if (!cell || isMergeFollower(cell)) return null;
  return cellValue(cell);
}

/**
 * A cell's value for the engine. exceljs's `cell.value` leaves out a formula's cached result when it is
 * falsy (0, FALSE), which would read a formula that computed 0 as one never calculated; `cell.result` keeps it.
 */
export function cellValue(cell: Cell): CellInput {
  const v = cell.value as CellInput;
  if (v === undefined) return null;
  if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v) && v.result === undefined) {
    const result = cell.result as CellInput;
    if (result !== undefined && result !== '') return { ...v, result };
  }
  return v;
}

/**
 * True when a raw value holds nothing: empty, blank text, or a formula whose result is empty, 0 or FALSE
 * (formulas copied down a column compute 0 on rows nobody filled in).
 */
export function isBlank(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (typeof v === 'object' && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if ('error' in o) return false;
    if ('formula' in o || 'sharedFormula' in o) return o.result === 0 || o.result === false || isBlank(o.result);
    return cellText(v).trim() === '';
  }
  return false;
}

/**
 * The first `maxRows` rows as text, merged ranges spread over every cell they cover (as a reader sees
 * them printed). Row i of the result is sheet row i + 1; column j is sheet column j + 1.
 */
export function sheetTexts(ws: Worksheet, maxRows: number, maxCols = 200): string[][] {
  const rows: string[][] = [];
  const last = Math.min(ws.rowCount, maxRows);
  const width = Math.min(ws.columnCount, maxCols);
  for (let r = 1; r <= last; r++) {
    const out: string[] = [];
    const row = ws.findRow(r);
    for (let c = 1; c <= width; c++) {
      const cell = row?.findCell(c);
      out.push(cell ? cellText(cell.value).trim() : '');
    }
    while (out.length && out[out.length - 1] === '') out.pop();
    rows.push(out);
  }
  return rows;
}
