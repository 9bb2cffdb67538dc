// The two summary sheets: per application and per reporting unit. Every figure is a formula over the detail
// sheets (or the problem list), written with the value the core computed, so viewers that never recalculate
// still show the right numbers.

import type ExcelJS from 'exceljs';
import type { TableId } from '../core/types';
import { APP_TYPES } from '../core/tables';
import { columnLetter } from '../core/columns';
import { FIGURES, figureHeader, STATUS_LABEL } from '../core/rollup';
import { PROVINCE_LABEL, type UnitRollup } from '../core/rollup-units';
import { exactCriterion, figureFormula, wholeColumn, type DetailRef } from '../core/rollup-formulas';
import type { Application } from '../core/merge';
import { ISSUE_COLUMNS, ISSUES_SHEET, SEVERITY_TEXT } from './merged-issues';
import { styleHeader } from './merged-style';

export const BY_UNIT_SHEET = '汇总（按地市）';
export const BY_APP_SHEET = '汇总（按申报项目）';

const APP_LEAD = ['地市', '申报类型', '申报项目', '来源文件'];
const FIRST_FIGURE_COL = APP_LEAD.length + 1;

type Refs = Partial<Record<TableId, DetailRef>>;

function issueCount(filterLetter: string, value: string, severity: 'error' | 'warning'): string {
  const col = (k: string) => wholeColumn(ISSUES_SHEET, ISSUE_COLUMNS[k]);
  return `COUNTIFS(${wholeColumn(ISSUES_SHEET, filterLetter)},${exactCriterion(value)},${col('severity')},${exactCriterion(SEVERITY_TEXT[severity])})`;
}

/** Column letters of the per-application sheet, for the per-unit formulas. */
export interface AppSheetColumns {
  city: string;
  type: string;
  errors: string;
}

export function writeAppSummary(ws: ExcelJS.Worksheet, apps: Application[], refs: Refs): AppSheetColumns {
  const headers = [...APP_LEAD, ...FIGURES.map(figureHeader), '错误数', '警告数', '状态'];
  ws.addRow(headers);
  styleHeader(ws, headers.length);
  const errCol = columnLetter(FIRST_FIGURE_COL + FIGURES.length);
  const warnCol = columnLetter(FIRST_FIGURE_COL + FIGURES.length + 1);
  apps.forEach((a, i) => {
    const r = i + 2;
    const row = ws.getRow(r);
    [a.city, a.typeLabel, a.name, a.file.name].forEach((v, j) => (row.getCell(j + 1).value = v));
    const filters = [{ column: '@city', equals: a.city }, { column: '@type', equals: a.typeLabel }, { column: '@app', equals: a.name }];
    FIGURES.forEach((f, j) => {
      row.getCell(FIRST_FIGURE_COL + j).value = { formula: figureFormula(f, refs, filters), result: a.rollup.figures[f.key] };
    });
    const n = FIRST_FIGURE_COL + FIGURES.length;
    row.getCell(n).value = { formula: issueCount(ISSUE_COLUMNS.file, a.file.name, 'error'), result: a.rollup.errors };
    row.getCell(n + 1).value = { formula: issueCount(ISSUE_COLUMNS.file, a.file.name, 'warning'), result: a.rollup.warnings };
    row.getCell(n + 2).value = {
      formula: `IF(${errCol}${r}>0,"${STATUS_LABEL.errors}",IF(${warnCol}${r}>0,"${STATUS_LABEL.warnings}","${STATUS_LABEL.pass}"))`,
      result: STATUS_LABEL[a.rollup.status],
    };
  });
  finish(ws, headers, [10, 22, 26, 26], FIRST_FIGURE_COL);
  return { city: 'A', type: 'B', errors: errCol };
}

export function writeUnitSummary(ws: ExcelJS.Worksheet, units: UnitRollup[], province: UnitRollup, refs: Refs, app: AppSheetColumns): void {
  const headers = ['地市', '报送情况', ...APP_TYPES.map((t) => t.shortLabel), '申报项目数', '其中：无错误',
    ...FIGURES.map(figureHeader), '错误数', '警告数'];
  ws.addRow(headers);
  styleHeader(ws, headers.length);
  const appCol = (letter: string) => wholeColumn(BY_APP_SHEET, letter);
  units.forEach((u, i) => {
    const row = ws.getRow(i + 2);
    const city = exactCriterion(u.unit);
    let c = 1;
    row.getCell(c++).value = u.unit;
    row.getCell(c++).value = u.submitted ? '已报送' : '未报送';
    for (const t of APP_TYPES) {
      row.getCell(c++).value = {
        formula: `COUNTIFS(${appCol(app.city)},${city},${appCol(app.type)},${exactCriterion(t.label)})`, result: u.byType[t.id],
      };
    }
    row.getCell(c++).value = { formula: `COUNTIFS(${appCol(app.city)},${city})`, result: u.applications };
    row.getCell(c++).value = { formula: `COUNTIFS(${appCol(app.city)},${city},${appCol(app.errors)},0)`, result: u.clean };
    for (const f of FIGURES) {
      row.getCell(c++).value = { formula: figureFormula(f, refs, [{ column: '@city', equals: u.unit }]), result: u.figures[f.key] };
    }
    row.getCell(c++).value = { formula: issueCount(ISSUE_COLUMNS.city, u.unit, 'error'), result: u.errors };
    row.getCell(c++).value = { formula: issueCount(ISSUE_COLUMNS.city, u.unit, 'warning'), result: u.warnings };
    if (!u.submitted) row.font = { color: { argb: 'FF808080' } };
  });
  // 全省合计: the unit rows added up
  const last = units.length + 1;
  const total = ws.getRow(last + 1);
  total.getCell(1).value = PROVINCE_LABEL;
  total.getCell(2).value = `${units.filter((u) => u.submitted).length} 个单位已报送`;
  const values = [...APP_TYPES.map((t) => province.byType[t.id]), province.applications, province.clean,
    ...FIGURES.map((f) => province.figures[f.key]), province.errors, province.warnings];
  values.forEach((v, j) => {
    const letter = columnLetter(3 + j);
    total.getCell(3 + j).value = { formula: `SUM(${letter}2:${letter}${last})`, result: v };
  });
  total.font = { bold: true };
  finish(ws, headers, [14, 16], 3 + APP_TYPES.length + 2);
}

/** Money figures show two decimals; counts none. `firstFigure` is the 1-based column of FIGURES[0]. */
function finish(ws: ExcelJS.Worksheet, headers: string[], leadWidths: number[], firstFigure: number): void {
  headers.forEach((h, i) => {
    const col = ws.getColumn(i + 1);
    col.width = leadWidths[i] ?? Math.max(10, Math.min(18, h.length * 2 + 2));
    const f = FIGURES[i + 1 - firstFigure];
    if (i >= leadWidths.length) col.numFmt = f && f.unit?.startsWith('万') ? '#,##0.00' : '#,##0';
  });
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
}
