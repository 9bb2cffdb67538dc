// What one onChanged event means for a table: nothing, rows to read again, rows that moved, or a full re-read.
// Pure: no Office calls. Excel.WorksheetChangedEventArgs gives an address (possibly several areas, `A1:B2,D4:E5`)
// and a changeType ("RangeEdited", "RowInserted", "RowDeleted", "ColumnInserted", "ColumnDeleted",
// "CellInserted", "CellDeleted"): https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs
import { type Box, mergeSpans, parseAreas } from './address';
import { columnIndex } from '../core/columns';
import { unheadedHeader } from '../core/outside-table';
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

/** The columns a header names (extras included; the made-up 「（无表头）K列」 ones are not). */
function namedColumns(t: OpenTable): Set<number> {
  const extras = Object.entries(t.layout.extras).filter(([h, l]) => h !== unheadedHeader(columnIndex(l))).map(([, l]) => l);
  return new Set([...Object.values(t.layout.columns), ...extras].map(columnIndex));
}

/**
 * Whether an edit reaches a column no header names, where a value is carried under 「（无表头）K列」 and reported
 * by its cells (read-outside.ts): that is decided by the full read, over the used range as it is now. Whole rows
 * (a row cleared or pasted) reach such columns too: a row read cannot know how far right a pasted row goes.
 */
function reachesUnnamed(box: Box, named: Set<number>): boolean {
  for (let c = box.c1; c <= box.c2; c++) if (!named.has(c)) return true;
  return false;
}

/** An edit (typing, paste, fill, Delete): the data rows each area touches. */
function edited(t: OpenTable, boxes: Box[]): ChangePlan {
  const end = stopRow(t);
  const named = namedColumns(t);
  const spans: [number, number][] = [];
  for (const box of boxes) {
    if (box.r2 < t.layout.headerRow) continue; // title and name line: nothing checked there
    if (box.r1 < t.firstDataRow) return { kind: 'full' }; // the header itself changed
    // below the 合计 row or the footer: a row typed there may be data, or values left out (core/outside-table.ts)
    if (end !== undefined && box.r2 > end) return { kind: 'full' };
    if (reachesUnnamed(box, named)) return { kind: 'full' };
    spans.push([box.r1, box.r2]);
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
  // rows below the table that were merged or reported move too, and their row numbers are in the list
  if (t.beyond) return { kind: 'full' };
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
