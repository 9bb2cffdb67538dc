// Telling the 合计 row, a 小计 row and the footer from data rows: by the first text among a row's first columns,
// where those labels are written on the forms. Both readers use this one rule.

import type { Issue, TableLayout } from '../types';
import { message } from '../messages';
import { isFooterLabel, isSubtotalLabel, isTotalLabel } from './normalise';

/** A 小计 row sits among the data rows: it is no enterprise and does not end the table; it is skipped with a notice. */
export type RowKind = 'data' | 'total' | 'subtotal' | 'footer';

/** Only the first columns are looked at: a remark such as 「说明:…」 far right in a data row is no footer. */
export const ROW_LABEL_COLS = 3;

const FIGURE = /^[+-]?\d[\d,]*(\.\d+)?%?$/;

/**
 * A figure as typed (`12`, `-3.5`, `1,234.5`, `3.2%`): a 序号 or an amount. The one rule for a row led by a number:
 * it is a data row, never a 合计, 小计 or footer row (no such label starts with a digit) and never a header row.
 */
export function isFigure(text: string): boolean {
  return FIGURE.test(text);
}

/** What a row is, and the index (among `cells`) of the text that says so (-1 for a row without text there). */
export function rowLabel(cells: (string | undefined)[]): { kind: RowKind; index: number } {
  for (let c = 0; c < Math.min(ROW_LABEL_COLS, cells.length); c++) {
    const t = (cells[c] ?? '').trim();
    if (!t) continue;
    if (isFigure(t)) return { kind: 'data', index: c };
    if (isTotalLabel(t)) return { kind: 'total', index: c };
    if (isSubtotalLabel(t)) return { kind: 'subtotal', index: c };
    if (isFooterLabel(t)) return { kind: 'footer', index: c };
    return { kind: 'data', index: c };
  }
  return { kind: 'data', index: -1 };
}

export function rowKindOf(cells: (string | undefined)[]): RowKind {
  return rowLabel(cells).kind;
}

/** The notice for a 小计 row among the data rows: not read as an enterprise, not counted in 合计 or the summaries. */
export function subtotalNotice(layout: TableLayout, row: number, column: string, value: string): Issue {
  return {
    code: 'row/subtotal', severity: 'notice', sheet: layout.sheet, row, column, value,
    message: message('row/subtotal', { row, value }),
  };
}
