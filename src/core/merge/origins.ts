// Detail rows with their origins: every row of every merged return, its official values, and the
// unrecognised columns carried as text. Values the engine could not read stay as the text the clerk typed.

import type { CellInput, FieldValue, Issue, NormalRow, RowInput, TableId, TableInput } from '../types';
import { cover as coverDef, fieldHeader, TABLES } from '../tables';
import { contentText, unwrapCell } from '../normalise';
import { listed, message } from '../messages';
import { splitCellAddress } from '../columns';
import { cutToCell, EXCEL_MAX_TEXT, textTrouble } from '../xml-text';
import type { Application, DetailRow, DetailSheet } from './types';

export function emptyDetails(): Record<TableId, DetailSheet> {
  return Object.fromEntries(TABLES.map((t) => [t.id, { table: t, extras: [], rows: [] }])) as unknown as Record<TableId, DetailSheet>;
}

function displayOf(v: CellInput): string | null {
  const c = unwrapCell(v);
  // a formula never calculated has no value to carry (the checker reports it): not its text, which for a
  // shared formula's follower is only the address of the cell it was copied from
  if (c.kind === 'formula-no-result') return null;
  const t = contentText(c);
  return t === '' ? null : t;
}

/** A row's values in the official column order: the normalised value, or the typed text when that is empty. */
function rowValues(table: TableInput, raw: RowInput, normal: NormalRow | undefined): FieldValue[] {
  return table.def.columns.map((col) => {
    const v = normal?.values[col.key];
    if (v !== null && v !== undefined) return v;
    const typed = raw.values[col.key];
    return typed === undefined ? null : displayOf(typed);
  });
}

function extrasOf(raw: RowInput, normal: NormalRow | undefined): Record<string, string> {
  if (normal) return normal.extras;
  const out: Record<string, string> = {};
  for (const [h, v] of Object.entries(raw.extras ?? {})) {
    const t = displayOf(v);
    if (t !== null) out[h] = t;
  }
  return out;
}

/**
 * A text value as the merged workbook can hold it: control and non-XML characters are reported (the writer
 * keeps them in Excel's escaped form), text longer than a cell holds is cut, with a warning.
 */
function safeValue<T extends FieldValue>(v: T, at: Omit<Issue, 'code' | 'severity' | 'message'>, issues: Issue[]): T {
  if (typeof v !== 'string') return v;
  const trouble = textTrouble(v);
  if (!trouble) return v;
  const shown = v.length > 40 ? `${v.slice(0, 40)}…` : v;
  if (trouble.chars.length) {
    issues.push({ code: 'cell/unsafe-char', severity: 'notice', ...at, value: shown,
      message: message('cell/unsafe-char', { field: at.field, chars: listed(trouble.chars) }) });
  }
  if (trouble.tooLong !== undefined) {
    issues.push({ code: 'cell/text-cut', severity: 'warning', ...at, value: shown,
      message: message('cell/text-cut', { field: at.field, length: trouble.tooLong, limit: EXCEL_MAX_TEXT }) });
    return cutToCell(v) as T;
  }
  return v;
}

/**
 * Append the rows of one application to the detail sheets. Rows are taken from what the reader read
 * (so a row the engine dropped as blank after folding is still carried), in sheet order. Returns what the
 * merged workbook cannot hold as typed (control characters, overlong text), as issues on the source cells.
 */
export function addApplicationRows(details: Record<TableId, DetailSheet>, app: Application): Issue[] {
  const input = app.file.input;
  const result = app.file.result;
  const issues: Issue[] = [];
  if (!input) return issues;
  // the application's name and the carried headers are written too: what they cannot hold is said at their cells
  const cover = input.cover;
  if (cover) {
    for (const key of ['appName', 'city']) {
      const cell = cover.cells[key];
      const v = app.file.result?.cover?.[key];
      if (typeof v === 'string' && cell) {
        const a = splitCellAddress(cell);
        safeValue(v, { file: app.file.name, sheet: cover.sheet, row: a?.row, column: a?.column, field: fieldHeader(coverDef.fields, key) }, issues);
      }
    }
  }
  input.tables.forEach((table, ti) => {
    const sheet = details[table.def.id];
    // the checker's tables stand in the reader's order (a continued table may appear on several sheets)
    const checked = result?.tables[ti]?.def.id === table.def.id ? result.tables[ti] : undefined;
    const { layout } = table;
    const at = (row: number, column: string | undefined, field: string) => ({ file: app.file.name, sheet: layout.sheet, row, column, field });
    const normals = new Map((checked?.rows ?? []).map((r) => [r.row, r]));
    const extraIndex = new Map(sheet.extras.map((h, i) => [h, i]));
    for (const raw of [...table.rows].sort((a, b) => a.row - b.row)) {
      const normal = normals.get(raw.row);
      const extras = extrasOf(raw, normal);
      for (const [h, v] of Object.entries(extras)) extras[h] = safeValue(v, at(raw.row, layout.extras[h], h), issues);
      for (const h of Object.keys(extras)) {
        if (!extraIndex.has(h)) {
          safeValue(h, at(layout.headerRow, layout.extras[h], h), issues);
          extraIndex.set(h, sheet.extras.length);
          sheet.extras.push(h);
        }
      }
      const extraValues: (string | null)[] = [];
      for (const [h, v] of Object.entries(extras)) extraValues[extraIndex.get(h)!] = v;
      const row: DetailRow = {
        origin: { city: app.city, typeLabel: app.typeLabel, app: app.name, file: app.file.name, sheet: table.layout.sheet, row: raw.row },
        values: rowValues(table, raw, normal).map((v, i) => {
          const col = table.def.columns[i];
          return safeValue(v, at(raw.row, layout.columns[col.key], col.header), issues);
        }),
        extras: extraValues,
      };
      sheet.rows.push(row);
    }
  });
  return issues;
}

/** Pad every row's extras to the sheet's final width (later returns may add columns). */
export function padExtras(sheet: DetailSheet): void {
  const n = sheet.extras.length;
  for (const r of sheet.rows) {
    for (let i = 0; i < n; i++) if (r.extras[i] === undefined) r.extras[i] = null;
  }
}
