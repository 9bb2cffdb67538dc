// Detail rows with their origins: every row of every merged return, its official values, and the
// unrecognised columns carried as text. Values the engine could not read stay as the text the clerk typed.

import type { CellInput, FieldValue, NormalRow, RowInput, TableId, TableInput } from '../types';
import { TABLES } from '../tables';
import { contentText, unwrapCell } from '../normalise';
import type { Application, DetailRow, DetailSheet } from './types';

export function emptyDetails(): Record<TableId, DetailSheet> {
  return Object.fromEntries(TABLES.map((t) => [t.id, { table: t, extras: [], rows: [] }])) as unknown as Record<TableId, DetailSheet>;
}

function displayOf(v: CellInput): string | null {
  const t = contentText(unwrapCell(v));
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
 * Append the rows of one application to the detail sheets. Rows are taken from what the reader read
 * (so a row the engine dropped as blank after folding is still carried), in sheet order.
 */
export function addApplicationRows(details: Record<TableId, DetailSheet>, app: Application): void {
  const input = app.file.input;
  const result = app.file.result;
  if (!input) return;
  for (const table of input.tables) {
    const sheet = details[table.def.id];
    const checked = result?.tables.find((t) => t.def.id === table.def.id);
    const normals = new Map((checked?.rows ?? []).map((r) => [r.row, r]));
    const extraIndex = new Map(sheet.extras.map((h, i) => [h, i]));
    for (const raw of [...table.rows].sort((a, b) => a.row - b.row)) {
      const normal = normals.get(raw.row);
      const extras = extrasOf(raw, normal);
      for (const h of Object.keys(extras)) {
        if (!extraIndex.has(h)) {
          extraIndex.set(h, sheet.extras.length);
          sheet.extras.push(h);
        }
      }
      const extraValues: (string | null)[] = [];
      for (const [h, v] of Object.entries(extras)) extraValues[extraIndex.get(h)!] = v;
      const row: DetailRow = {
        origin: { city: app.city, typeLabel: app.typeLabel, app: app.name, file: app.file.name, sheet: table.layout.sheet, row: raw.row },
        values: rowValues(table, raw, normal),
        extras: extraValues,
      };
      sheet.rows.push(row);
    }
  }
}

/** Pad every row's extras to the sheet's final width (later returns may add columns). */
export function padExtras(sheet: DetailSheet): void {
  const n = sheet.extras.length;
  for (const r of sheet.rows) {
    for (let i = 0; i < n; i++) if (r.extras[i] === undefined) r.extras[i] = null;
  }
}
