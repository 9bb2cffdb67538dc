// 问题清单: one row per issue, ready to send back to the cities.

import type ExcelJS from 'exceljs';
import type { Severity } from '../core/types';
import { SEVERITY_LABEL } from '../core/messages';
import type { ProblemRow } from '../core/merge';
import { filterAndFreeze, styleHeader } from './merged-style';

export const ISSUES_SHEET = '问题清单';
export const ISSUE_HEADERS = ['地市', '文件', '工作表', '单元格', '字段', '值', '级别', '说明'];
/** column letters the summaries count on */
export const ISSUE_COLUMNS: Record<string, string> = { city: 'A', file: 'B', severity: 'G' };
export const SEVERITY_TEXT: Record<Severity, string> = SEVERITY_LABEL;

const WIDTHS = [12, 30, 20, 8, 20, 24, 6, 70];

export function writeIssues(ws: ExcelJS.Worksheet, problems: ProblemRow[]): void {
  ws.addRow(ISSUE_HEADERS);
  styleHeader(ws, ISSUE_HEADERS.length);
  for (const p of problems) {
    // every value is text: a value such as `=SUM(A1)` typed in a return stays text here
    ws.addRow([p.city, p.file, p.sheet, p.cell, p.field, p.value, SEVERITY_TEXT[p.severity], p.message]);
  }
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(8).alignment = { wrapText: true, vertical: 'top' };
  filterAndFreeze(ws, ISSUE_HEADERS.length, problems.length);
}
