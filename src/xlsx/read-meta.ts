// The hidden sheets our own workbooks carry: `_torch` (which sheet holds which form: a hint, headers
// decide) and `_confirm` (people's confirmations of credit codes that fail their checksum).

import type { Worksheet } from 'exceljs';
import type { Confirmation, TableId } from '../core/types';
import { readMetaRows } from '../core/form/meta';
import { TABLES } from '../core/tables';
import { cellText } from './read-cell';

export const CONFIRM_SHEET = '_confirm';

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

function text(v: unknown): string {
  return v instanceof Date ? v.toISOString() : cellText(v).trim();
}

/** Rows of code | by | at; a header row (code, 统一社会信用代码, ...) is skipped. */
export function readConfirmations(ws: Worksheet | undefined): Confirmation[] {
  if (!ws) return [];
  const out: Confirmation[] = [];
  ws.eachRow((row) => {
    const code = text(row.getCell(1).value);
    if (!code || !/^[0-9A-Za-z]{6,}$/.test(code) || /^code$/i.test(code)) return;
    const c: Confirmation = { code };
    const by = text(row.getCell(2).value);
    const at = text(row.getCell(3).value);
    if (by) c.by = by;
    if (at) c.at = at;
    out.push(c);
  });
  return out;
}
