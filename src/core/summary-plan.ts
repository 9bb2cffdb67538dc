// The 汇总 sheet of a clerk's own workbook as plain sheet data: the application's roll-up figures (the same
// FIGURES as the merge's per-application row) as COUNTIFS/SUMIFS formulas over the data rows of each table
// sheet, the application's name, type and city, and the counts of the last check. Host-neutral: the Office.js
// adapter writes it into the open workbook.

import type { TableId } from './types';
import type { SheetCell, SheetData } from './sheet-data';
import { FIGURES, type FigureDef } from './rollup-figures';
import { figureFormula, type DetailRef } from './rollup-formulas';

export const SUMMARY_SHEET = '汇总';
/** The first cell of a 汇总 sheet this tool wrote: a sheet of that name without it is the clerk's own. */
export const SUMMARY_TITLE = '申报数据汇总';
export const SUMMARY_NOTE = '由申报表助手生成。数值是对各表数据行（不含合计行）的公式，修改表格后自动重算；'
  + '增加或删除行、移动合计行后，请在任务窗格中点「刷新汇总」。';
export const SUMMARY_LABELS = { name: '项目名称', type: '项目类型', city: '项目地市' } as const;
export const FIGURE_HEADERS = ['指标', '单位', '数值'];
export const CHECK_HEADERS = ['上次检查', '错误', '警告'];
export const SOURCE_HEADERS = ['表', '工作表', '数据行'];

/** Where one table's data rows are in the clerk's workbook, as the reader found them. */
export interface SummaryTable {
  table: TableId;
  /** the table's name as people know it (骨干企业情况表) */
  label: string;
  sheet: string;
  /** field key -> column letter */
  columns: Record<string, string>;
  /** the column whose filled cells are the rows counted (the table's name column; default `name`) */
  nameKey?: string;
  /** first and last data row: the 合计 row and the footer are left out */
  firstRow: number;
  lastRow: number;
}

export interface SummaryInput {
  tables: SummaryTable[];
  app: { name?: string; type?: string; city?: string };
  /** the last check's counts; `at` as shown (2018-06-01 09:30) */
  check?: { errors: number; warnings: number; at: string };
}

/**
 * Where a table's layout says data rows are: from the first data row (under a 合计 typed first) to the row above the
 * 合计 row or the footer.
 */
export function dataRows(t: { firstDataRow: number; totalRow?: number; totalFirst?: number; footerRow?: number; lastRow?: number }): { first: number; last: number } {
  const first = t.totalFirst !== undefined ? t.totalFirst + 1 : t.firstDataRow;
  const end = t.totalRow !== undefined ? t.totalRow - 1 : t.footerRow !== undefined ? t.footerRow - 1 : (t.lastRow ?? first);
  return { first, last: Math.max(end, first) };
}

function refOf(t: SummaryTable): DetailRef {
  // a row counts when its name is filled in
  return { sheet: t.sheet, columns: t.columns, rows: { first: t.firstRow, last: t.lastRow }, countBy: t.nameKey ?? 'name' };
}

/**
 * A figure over every table of the workbook. A workbook may hold a table twice (two 骨干企业 sheets); the
 * engine's roll-up adds both, so the formula adds one term group per copy.
 */
export function summaryFigureFormula(f: FigureDef, tables: SummaryTable[]): string {
  const layers: Partial<Record<TableId, DetailRef>>[] = [];
  for (const t of tables) {
    let layer = layers.find((l) => !l[t.table]);
    if (!layer) layers.push((layer = {}));
    layer[t.table] = refOf(t);
  }
  const parts = layers.map((refs) => figureFormula(f, refs)).filter((p) => p !== '0');
  return parts.length ? parts.join('+') : '0';
}

const text = (s: string | undefined): SheetCell => (s === undefined || s === '' ? null : s);

/** The whole 汇总 sheet: title, application, one row per figure, the last check, where the figures come from. */
export function buildSummarySheet(input: SummaryInput, name: string = SUMMARY_SHEET): SheetData {
  const rows: SheetCell[][] = [
    [SUMMARY_TITLE],
    [SUMMARY_NOTE],
    [],
    [SUMMARY_LABELS.name, text(input.app.name)],
    [SUMMARY_LABELS.type, text(input.app.type)],
    [SUMMARY_LABELS.city, text(input.app.city)],
    [],
  ];
  const headerRow = rows.length + 1;
  rows.push(FIGURE_HEADERS);
  for (const f of FIGURES) rows.push([f.label, f.unit ?? null, { formula: summaryFigureFormula(f, input.tables) }]);
  rows.push([]);
  rows.push(CHECK_HEADERS);
  const c = input.check;
  rows.push(c ? [c.at, c.errors, c.warnings] : ['尚未检查', null, null]);
  rows.push([]);
  rows.push(SOURCE_HEADERS);
  if (input.tables.length === 0) rows.push(['未找到申报表', null, null]);
  for (const t of input.tables) rows.push([t.label, t.sheet, `第${t.firstRow}行至第${t.lastRow}行`]);
  return { name, rows, widths: [24, 10, 20], headerRow };
}
