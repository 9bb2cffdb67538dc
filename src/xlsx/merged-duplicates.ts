// 跨项目重复: every credit code found in more than one application, one row per occurrence.

import type ExcelJS from 'exceljs';
import type { DuplicateCode } from '../core/merge';
import { DETAIL_SHEET_NAMES } from './merged-detail';
import { filterAndFreeze, styleHeader } from './merged-style';

export const DUPLICATES_SHEET = '跨项目重复';
export const DUPLICATE_HEADERS = ['统一社会信用代码', '涉及申报项目数', '名称是否不同', '地市', '申报类型', '申报项目', '明细表', '单位名称', '来源文件', '原工作表', '原行号'];
const WIDTHS = [22, 10, 10, 12, 22, 26, 14, 30, 28, 18, 8];

export function writeDuplicates(ws: ExcelJS.Worksheet, duplicates: DuplicateCode[]): number {
  ws.addRow(DUPLICATE_HEADERS);
  styleHeader(ws, DUPLICATE_HEADERS.length);
  let rows = 0;
  for (const d of duplicates) {
    for (const o of d.occurrences) {
      ws.addRow([d.code, d.applications, d.namesDiffer ? '是' : '否', o.city, o.typeLabel, o.app, DETAIL_SHEET_NAMES[o.table], o.name, o.file, o.sheet, o.row]);
      rows++;
    }
  }
  if (duplicates.length === 0) ws.addRow(['未发现跨申报项目重复的统一社会信用代码']);
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  filterAndFreeze(ws, DUPLICATE_HEADERS.length, rows);
  return rows;
}
