// Machine-readable description of a workbook's form sheets, kept on the very hidden `_torch` sheet:
// a header row, then one row per form sheet. Plain values only, so exceljs and Office.js read it alike.
import type { AppTypeId } from '../types';
import { addr } from './a1';
import { columnLetter } from '../columns';
import { META_SHEET } from './constants';
import type { PlannedCell, SheetPlan } from './plan-types';

export interface MetaRow {
  kind: 'cover' | 'table';
  /** table id, or 'cover' */
  table: string;
  version: string;
  sheet: string;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** absent for the cover */
  totalRow?: number;
  appType?: AppTypeId;
}

export const META_COLUMNS = ['kind', 'table', 'version', 'sheet', 'headerRow', 'firstDataRow', 'lastDataRow', 'totalRow', 'appType'] as const;

const APP_TYPE_IDS: readonly string[] = ['base', 'cluster', 'industrialization'];

export function buildMetaPlan(rows: MetaRow[]): SheetPlan {
  const cells: PlannedCell[] = META_COLUMNS.map((h, i) => ({ address: addr(i + 1, 1), value: h }));
  rows.forEach((r, i) => {
    META_COLUMNS.forEach((key, j) => {
      const v = r[key];
      if (v !== undefined) cells.push({ address: addr(j + 1, i + 2), value: v });
    });
  });
  return {
    name: META_SHEET,
    kind: 'meta',
    widths: META_COLUMNS.map(() => 14),
    cells,
    // text format on the version column keeps '2018' a string in hosts that convert on write
    rangeStyles: [{ range: `${columnLetter(3)}1:${columnLetter(3)}${rows.length + 1}`, style: { numFmt: '@' } }],
    merges: [],
    rowHeights: {},
    validations: [],
    visibility: 'veryHidden',
  };
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'result' in (v as object)) return text((v as { result: unknown }).result);
  return String(v).trim();
}

function whole(v: unknown): number | undefined {
  const t = text(v);
  if (!/^\d+$/.test(t)) return undefined;
  return Number(t);
}

/**
 * Parse the rows of the `_torch` sheet as a host reads them (exceljs 1-based sparse arrays or Office.js
 * 0-based values alike). Columns are found by header name; rows that do not make sense are skipped.
 */
export function readMetaRows(rows: unknown[][]): MetaRow[] {
  const headerIndex = rows.findIndex((r) => Array.isArray(r) && r.some((c) => text(c) === 'kind') && r.some((c) => text(c) === 'sheet'));
  if (headerIndex < 0) return [];
  const header = rows[headerIndex];
  const col: Record<string, number> = {};
  for (let i = 0; i < header.length; i++) {
    const name = text(header[i]);
    if (name && col[name] === undefined) col[name] = i;
  }
  const get = (row: unknown[], key: string) => (col[key] === undefined ? undefined : row[col[key]]);

  const out: MetaRow[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    if (!Array.isArray(row)) continue;
    const kind = text(get(row, 'kind'));
    const sheet = text(get(row, 'sheet'));
    const headerRow = whole(get(row, 'headerRow'));
    const firstDataRow = whole(get(row, 'firstDataRow'));
    const lastDataRow = whole(get(row, 'lastDataRow'));
    if ((kind !== 'cover' && kind !== 'table') || !sheet) continue;
    if (headerRow === undefined || firstDataRow === undefined || lastDataRow === undefined) continue;
    const m: MetaRow = { kind, table: text(get(row, 'table')), version: text(get(row, 'version')), sheet, headerRow, firstDataRow, lastDataRow };
    const totalRow = whole(get(row, 'totalRow'));
    if (totalRow !== undefined && totalRow > 0) m.totalRow = totalRow;
    const app = text(get(row, 'appType'));
    if (APP_TYPE_IDS.includes(app)) m.appType = app as AppTypeId;
    out.push(m);
  }
  return out;
}
