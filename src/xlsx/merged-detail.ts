// One detail sheet of the merged workbook: origin columns, the official columns, carried extra columns,
// as an Excel table (filters) with a frozen header. Values only: text is written as text, never as a formula.

import type ExcelJS from 'exceljs';
import type { TableId } from '../core/types';
import type { DetailSheet } from '../core/merge';
import type { DetailRef } from '../core/rollup-formulas';
import { headerText } from '../core/form';
import { columnLetter } from '../core/columns';
import { excelXmlText } from '../core/xml-text';

export const DETAIL_SHEET_NAMES: Record<TableId, string> = {
  backbone: '骨干企业',
  related: '关联企业',
  cluster: '集群企业和机构',
  services: '科技服务机构',
};

/** The order of the detail sheets in the merged workbook. */
export const DETAIL_ORDER: TableId[] = ['backbone', 'related', 'cluster', 'services'];

export const ORIGIN_COLUMNS: { key: string; header: string; width: number }[] = [
  { key: '@city', header: '地市', width: 12 },
  { key: '@type', header: '申报类型', width: 22 },
  { key: '@app', header: '申报项目', width: 26 },
  { key: '@file', header: '来源文件', width: 26 },
  { key: '@sheet', header: '原工作表', width: 18 },
  { key: '@row', header: '原行号', width: 8 },
];

/** Excel table column names must be unique (case-insensitively): a clashing extra header gets a suffix. */
export function uniqueHeaders(headers: string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h) => {
    const base = excelXmlText(h.replace(/\s+/g, ' ').trim() || '列');
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}(${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

export interface WrittenDetail {
  ref: DetailRef;
  /** `file\u0000sheet` -> data rows found in the written sheet */
  counts: Map<string, number>;
  rows: number;
}

export interface DetailLayout {
  headers: string[];
  /** column key -> letter, for the summaries' formulas */
  columns: Record<string, string>;
  /** one style object per column, given to every data cell: exceljs registers a style once per object */
  styles: Partial<ExcelJS.Style>[];
  widths: number[];
}

/** Headers, column letters, styles and widths of a detail sheet, decided before any row is written. */
export function detailLayout(detail: DetailSheet): DetailLayout {
  const def = detail.table;
  const headers = uniqueHeaders([
    ...ORIGIN_COLUMNS.map((c) => c.header),
    ...def.columns.map(headerText),
    ...detail.extras,
  ]);
  const columns: Record<string, string> = {};
  ORIGIN_COLUMNS.forEach((c, i) => (columns[c.key] = columnLetter(i + 1)));
  const first = ORIGIN_COLUMNS.length + 1;
  def.columns.forEach((c, i) => (columns[c.key] = columnLetter(first + i)));
  const styles: Partial<ExcelJS.Style>[] = headers.map((_, i) => {
    const col = def.columns[i - ORIGIN_COLUMNS.length];
    const numFmt = col?.type === 'number' ? '#,##0.00' : col?.type === 'integer' ? '0' : undefined;
    return numFmt ? { numFmt } : {};
  });
  const widths = headers.map((_, i) => ORIGIN_COLUMNS[i]?.width ?? def.columns[i - ORIGIN_COLUMNS.length]?.width ?? 14);
  return { headers, columns, styles, widths };
}

/** A detail row as the sheet holds it: the origin columns, the official values, the carried extras. */
export function detailRowValues(r: DetailSheet['rows'][number]): (string | number | null)[] {
  const o = r.origin;
  return [o.city, o.typeLabel, o.app, o.file, o.sheet, o.row, ...r.values, ...r.extras];
}

/** The Excel table of a detail sheet (filters, banded rows), without its rows. */
export function detailTable(def: DetailSheet['table'], headers: string[]): Omit<ExcelJS.TableProperties, 'rows'> {
  return {
    name: `T_${def.id}`,
    ref: 'A1',
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
  };
}

/** The frozen origin columns and header row of a detail sheet. */
export const DETAIL_VIEWS: Partial<ExcelJS.WorksheetView>[] = [{ state: 'frozen', xSplit: 3, ySplit: 1, topLeftCell: 'D2', activeCell: 'D2' }];

export function writeDetailSheet(ws: ExcelJS.Worksheet, detail: DetailSheet): WrittenDetail {
  const def = detail.table;
  const { headers, columns, styles, widths } = detailLayout(detail);
  ws.columns = widths.map((width, i) => ({ width, style: styles[i] }));

  const rows = detail.rows.map(detailRowValues);
  // a table needs a data row; an empty detail sheet gets one blank row (not counted as data)
  const tableRows = rows.length ? rows : [headers.map(() => null)];
  ws.addTable({ ...detailTable(def, headers), rows: tableRows });
  for (let r = 2; r <= tableRows.length + 1; r++) {
    const row = ws.getRow(r);
    for (let c = 0; c < styles.length; c++) row.getCell(c + 1).style = styles[c];
  }
  ws.views = DETAIL_VIEWS.map((v) => ({ ...v }));
  ws.getRow(1).font = { bold: true };
  return { ref: { sheet: ws.name, columns }, counts: countWritten(ws, rows.length), rows: rows.length };
}

/** Count the data rows actually in the sheet, by the origin they carry (the tool's own "nothing lost" check). */
export function countWritten(ws: ExcelJS.Worksheet, dataRows: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let r = 2; r <= dataRows + 1; r++) {
    const row = ws.getRow(r);
    countOrigin(counts, row.getCell(4).value, row.getCell(5).value);
  }
  return counts;
}

/** Counts a row under its origin file and sheet (the values of columns D and E); a blank row counts nowhere. */
export function countOrigin(counts: Map<string, number>, file: unknown, sheet: unknown): void {
  if (typeof file !== 'string' || typeof sheet !== 'string') return;
  const k = `${file}\u0000${sheet}`;
  counts.set(k, (counts.get(k) ?? 0) + 1);
}
