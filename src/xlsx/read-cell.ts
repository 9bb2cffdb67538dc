// Cell access for the reader: plain text for finding headers, and what counts as holding nothing.

import type { SheetGrid } from './sheet-grid';
import { cellText } from './sheet-grid';

export { cellText } from './sheet-grid';

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
export function sheetTexts(ws: SheetGrid, maxRows: number, maxCols = 200): string[][] {
  const rows: string[][] = [];
  const last = Math.min(ws.rowCount, maxRows);
  const width = Math.min(ws.columnCount, maxCols);
  for (let r = 1; r <= last; r++) rows.push(rowTexts(ws, r, width));
  return rows;
}

/** Row `r` as text, merged ranges spread, trailing empty cells dropped (column j is sheet column j + 1). */
export function rowTexts(ws: SheetGrid, r: number, width = Math.min(ws.columnCount, 200)): string[] {
  const out: string[] = [];
  if (ws.hasRow(r)) for (let c = 1; c <= width; c++) out.push(ws.text(r, c).trim());
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}
