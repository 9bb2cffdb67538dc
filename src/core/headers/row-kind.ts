// Telling the 合计 row and the footer from data rows: by the first text among a row's first columns, where those
// labels are written on the forms. Both readers use this one rule.

import { isFooterLabel, isTotalLabel } from './normalise';

export type RowKind = 'data' | 'total' | 'footer';

/** Only the first columns are looked at: a remark such as 「说明:…」 far right in a data row is no footer. */
export const ROW_LABEL_COLS = 3;

export function rowKindOf(cells: (string | undefined)[]): RowKind {
  for (let c = 0; c < Math.min(ROW_LABEL_COLS, cells.length); c++) {
    const t = (cells[c] ?? '').trim();
    if (!t) continue;
    // a serial number or a figure first: a data row (no 合计 or footer label starts with a digit)
    if (t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57) return 'data';
    if (isTotalLabel(t)) return 'total';
    if (isFooterLabel(t)) return 'footer';
    return 'data';
  }
  return 'data';
}
