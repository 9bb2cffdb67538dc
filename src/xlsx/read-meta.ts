// What our own workbooks carry besides the forms: the hidden `_torch` sheet (which sheet holds which form: a hint,
// headers decide) and the 信用代码确认 sheet (people's confirmations of credit codes that fail their checksum).

import type { Worksheet } from 'exceljs';
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

export function readMetaHints(ws: Worksheet | undefined): MetaHints {
  const hints: MetaHints = { tables: {} };
  if (!ws) return hints;
  const rows = (ws.getSheetValues() as unknown[]).map((r) => (Array.isArray(r) ? r : []));
  for (const m of readMetaRows(rows)) {
    if (m.kind === 'cover') hints.coverSheet = m.sheet;
    else if (TABLE_IDS.has(m.table)) hints.tables[m.sheet] = m.table as TableId;
  }
  return hints;
}

/** The confirmations recorded on the 信用代码确认 sheet. */
export function readConfirmations(ws: Worksheet | undefined): Confirmation[] {
  if (!ws) return [];
  return parseConfirmations((ws.getSheetValues() as unknown[]).map((r) => (Array.isArray(r) ? r : [])));
}
