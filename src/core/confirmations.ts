// People's confirmations of credit codes that fail their checksum, read from the rows of the 信用代码确认 sheet as
// any host hands them over (exceljs' 1-based sparse rows or Office.js' 0-based ones): the header row names the
// columns; every row under it with a code is one confirmation.

import type { Confirmation } from './types';
import { foldText, isoDate } from './normalise';
import { CONFIRM_HEADERS } from './form/constants';

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'object') {
    const o = v as { text?: unknown; richText?: { text: string }[]; result?: unknown };
    if (Array.isArray(o.richText)) return foldText(o.richText.map((r) => r.text).join(''));
    if ('result' in o) return text(o.result);
    if ('text' in o) return text(o.text);
    return '';
  }
  return foldText(String(v));
}

const [CODE, BY, AT] = CONFIRM_HEADERS;

/** A code as confirmations compare it: folded, without spaces, upper case. */
const codeOf = (v: unknown): string => text(v).replace(/\s+/g, '').toUpperCase();
const headerRow = (rows: unknown[][]): number => rows.findIndex((r) => Array.isArray(r) && r.some((c) => text(c) === CODE));

/** The indices of the rows that confirm `code` (what withdrawing its confirmation removes), in order. */
export function rowsConfirming(rows: unknown[][], code: string): number[] {
  const headerAt = headerRow(rows);
  if (headerAt < 0) return [];
  const c = rows[headerAt].map(text).indexOf(CODE);
  const want = codeOf(code);
  const out: number[] = [];
  for (let i = headerAt + 1; i < rows.length; i++) if (Array.isArray(rows[i]) && codeOf(rows[i][c]) === want) out.push(i);
  return out;
}

export function parseConfirmations(rows: unknown[][]): Confirmation[] {
  const headerAt = headerRow(rows);
  if (headerAt < 0) return [];
  const header = rows[headerAt].map(text);
  const col = (name: string) => header.indexOf(name);
  const [c, b, a] = [col(CODE), col(BY), col(AT)];
  const out: Confirmation[] = [];
  for (const row of rows.slice(headerAt + 1)) {
    if (!Array.isArray(row)) continue;
    const code = codeOf(row[c]);
    if (!code) continue;
    const conf: Confirmation = { code };
    const by = b >= 0 ? text(row[b]) : '';
    const at = a >= 0 ? text(row[a]) : '';
    if (by) conf.by = by;
    if (at) conf.at = at;
    out.push(conf);
  }
  return out;
}
