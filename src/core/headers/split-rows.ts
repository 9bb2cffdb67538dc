// A table's rows from under its header down, as a person reads them; both readers use this one rule. Data rows run
// to the 合计 row or the footer, which end the table. A 小计 row or the table's header typed again among them is no
// enterprise: skipped with a notice. A 合计 typed first, right under the header with enterprises below it, is the
// table's total and ends nothing. Rows left blank are no data rows.

import type { Issue, RowInput, TableLayout } from '../types';
import { columnLetter } from '../columns';
import { isBlankRow } from '../checks/row';
import { type RowKind, rowLabel, subtotalNotice } from './row-kind';
import { headerAgainNotice } from './stacked';

/** What a reader hands over about the sheet rows `from` to `to` under a table's header. */
export interface RowsToSplit {
  layout: TableLayout;
  from: number;
  to: number;
  /** the texts of a row's first columns (ROW_LABEL_COLS); undefined for a row the sheet does not hold */
  labels(row: number): (string | undefined)[] | undefined;
  /** whether a row holds anything at all, in any column */
  filled(row: number): boolean;
  /** the row as one of the table's rows, values under no header included */
  read(row: number): RowInput;
  /** rows repeating the table's header (core/headers/stacked.ts) */
  headerAgain?(row: number): boolean;
}

export interface SplitRows {
  /** the table's rows, blank ones left out */
  rows: RowInput[];
  /** the 合计 row typed first, right under the header */
  totalFirst?: number;
  /** the row that ends the table: its 合计 row or the footer's first line */
  end?: { row: number; kind: 'total' | 'footer' };
  /** 小计 rows and the header typed again */
  notices: Issue[];
}

/** What the first row under `row` holding anything is (undefined past `to`). */
function nextFilledKind(t: RowsToSplit, row: number): RowKind | undefined {
  for (let r = row + 1; r <= t.to; r++) if (t.filled(r)) return rowLabel(t.labels(r) ?? []).kind;
  return undefined;
}

export function splitTableRows(t: RowsToSplit): SplitRows {
  const out: SplitRows = { rows: [], notices: [] };
  for (let r = t.from; r <= t.to; r++) {
    if (t.headerAgain?.(r)) {
      if (!t.headerAgain(r - 1)) out.notices.push(headerAgainNotice(t.layout, r));
      continue;
    }
    const labels = t.labels(r);
    if (!labels) continue;
    const { kind, index } = rowLabel(labels);
    if (kind === 'subtotal') {
      out.notices.push(subtotalNotice(t.layout, r, columnLetter(index + 1), (labels[index] ?? '').trim()));
      continue;
    }
    if (kind === 'total' && out.totalFirst === undefined && out.rows.length === 0 && nextFilledKind(t, r) === 'data') {
      out.totalFirst = r;
      continue;
    }
    if (kind !== 'data') {
      out.end = { row: r, kind };
      return out;
    }
    const row = t.read(r);
    if (!isBlankRow(row)) out.rows.push(row);
  }
  return out;
}
