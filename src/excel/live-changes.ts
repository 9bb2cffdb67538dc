// What one onChanged event means for a table: nothing, rows to read again, rows that moved, or a full re-read.
// Pure: no Office calls. Excel.WorksheetChangedEventArgs gives an address (possibly several areas, `A1:B2,D4:E5`)
// and a changeType ("RangeEdited", "RowInserted", "RowDeleted", "ColumnInserted", "ColumnDeleted",
// "CellInserted", "CellDeleted"): https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs
import { type Box, parseAreas } from './address';
import { firstColOf } from './marks';
import type { OpenTable } from './table-rows';

/** What onChanged reports that matters here. */
export interface ChangeEvent {
  address: string;
  changeType?: string;
}

/**
 * Taller changes on a table with no 合计 row or footer to stop at (a fill or Delete down to row 1,048,576) are
 * read through the used range by a full check: reading the whole area would fetch a million empty rows.
 */
export const MAX_LIVE_ROWS = 20_000;

export type ChangePlan =
  | { kind: 'none' }
  | { kind: 'full' }
  /** read these rows again (sheet rows, inclusive) */
  | { kind: 'rows'; spans: [number, number][] }
  /** rows from `at` down moved by `delta` (deleted: negative); the rows from `at` to `oldLast` leave the checker, then `spans` are read */
  | { kind: 'shift'; at: number; delta: number; oldLast: number; spans: [number, number][] };

/** The last row that belongs to the table's data and total: the 合计 row, else the row before the footer, else the used range. */
const stopRow = (t: OpenTable): number | undefined => t.totalRow ?? (t.footerRow !== undefined ? t.footerRow - 1 : undefined);

/** Overlapping or touching spans joined, sorted. */
export function mergeSpans(spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** An edit (typing, paste, fill, Delete): the data rows each area touches. */
function edited(t: OpenTable, boxes: Box[]): ChangePlan {
  const first = firstColOf(t);
  const end = stopRow(t);
  const spans: [number, number][] = [];
  for (const box of boxes) {
    if (box.r2 < t.layout.headerRow) continue; // title and name line: nothing checked there
    if (box.r1 < t.firstDataRow) return { kind: 'full' }; // the header itself changed
    if (box.c2 < first || box.c1 > t.lastCol) continue;
    if (end !== undefined && box.r1 > end) continue; // the footer
    spans.push([box.r1, end === undefined ? box.r2 : Math.min(box.r2, end)]);
  }
  const merged = mergeSpans(spans);
  if (merged.reduce((n, [a, b]) => n + b - a + 1, 0) > MAX_LIVE_ROWS) return { kind: 'full' };
  return merged.length ? { kind: 'rows', spans: merged } : { kind: 'none' };
}

/** Whole rows inserted or deleted: the rows below move; what moved is read again at its new place. */
function rowsMoved(t: OpenTable, box: Box, deleted: boolean): ChangePlan {
  if (box.r1 <= t.layout.headerRow) return { kind: 'full' }; // the table itself moved or lost its header
  const end = stopRow(t);
  const bottom = t.totalRow ?? t.footerRow;
  if (bottom !== undefined && box.r1 > bottom) return { kind: 'none' }; // below the table
  if (deleted && bottom !== undefined && box.r2 >= bottom) return { kind: 'full' }; // the 合计 row or the footer went
  const n = box.r2 - box.r1 + 1;
  const delta = deleted ? -n : n;
  const oldLast = end ?? Math.max(t.lastRow ?? box.r2, box.r2);
  const newLast = oldLast + delta;
  if (newLast - box.r1 + 1 > MAX_LIVE_ROWS) return { kind: 'full' };
  return { kind: 'shift', at: box.r1, delta, oldLast, spans: newLast >= box.r1 ? [[box.r1, newLast]] : [] };
}

export function planChange(t: OpenTable, e: ChangeEvent): ChangePlan {
  const boxes = parseAreas(e.address);
  if (boxes.length === 0) return { kind: 'none' };
  if (e.changeType === 'RowInserted' || e.changeType === 'RowDeleted') {
    return boxes.length === 1 ? rowsMoved(t, boxes[0], e.changeType === 'RowDeleted') : { kind: 'full' };
  }
  // columns or cells shifted: the layout itself may have changed
  if (e.changeType && /Inserted|Deleted/.test(e.changeType)) return { kind: 'full' };
  return edited(t, boxes);
}
