// What our own workbooks carry besides the forms: the hidden `_torch` sheet (which sheet holds which form: a hint,
// headers decide) and the 信用代码确认 sheet (people's confirmations of credit codes that fail their checksum).

import type { SheetGrid } from './sheet-grid';
import type { Confirmation, TableId } from '../core/types';
import { readMetaRows } from '../core/form/meta';
import { TABLES } from '../core/tables';
import { parseConfirmations } from '../core/confirmations';

export { CONFIRM_SHEET } from '../core/form/constants';

const TABLE_IDS = new Set<string>(TABLES.map((t) => t.id));

export interface MetaHints {
  /** sheet name -> table id */
  tables: Record<string, TableId>;
  coverSheet?: string;
}

/** The sheet's values as rows of cells, both by their sheet numbers (index 0 unused). */
function sheetValues(ws: SheetGrid): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    if (!ws.hasRow(r)) continue;
    const row: unknown[] = [];
    for (const { col, value } of ws.cells(r)) row[col] = value;
    rows[r] = row;
  }
  return rows;
}

export function readMetaHints(ws: SheetGrid | undefined): MetaHints {
  const hints: MetaHints = { tables: {} };
  if (!ws) return hints;
  for (const m of readMetaRows(sheetValues(ws))) {
    if (m.kind === 'cover') hints.coverSheet = m.sheet;
    else if (TABLE_IDS.has(m.table)) hints.tables[m.sheet] = m.table as TableId;
  }
  return hints;
}

/** The confirmations recorded on the 信用代码确认 sheet. */
export function readConfirmations(ws: SheetGrid | undefined): Confirmation[] {
  if (!ws) return [];
  return parseConfirmations(sheetValues(ws));
}
