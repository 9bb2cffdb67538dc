// 问题清单 as a CSV file for the cities: UTF-8 with a byte-order mark (so Excel opens the Chinese correctly),
// CRLF line ends, the same columns as the 问题清单 sheet of the merged workbook.

import type { ProblemRow } from '../core/merge';
import { SEVERITY_LABEL } from '../core/messages';

export const PROBLEMS_FILE_NAME = '问题清单.csv';
export const PROBLEM_HEADERS = ['地市', '文件', '工作表', '单元格', '字段', '值', '级别', '说明'];

/**
 * Quoted when needed; text Excel would run as a formula (=, +, -, @ not followed by a plain number, and a leading
 * tab or carriage return, which Excel skips before looking for them) is kept as text.
 */
export function csvField(value: string): string {
  let v = value;
  if ((/^[=+\-@]/.test(v) && !/^[+-]?\d+(\.\d+)?$/.test(v)) || /^[\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function problemsCsv(problems: ProblemRow[]): string {
  const rows = [PROBLEM_HEADERS].concat(
    problems.map((p) => [p.city, p.file, p.sheet, p.cell, p.field, p.value, SEVERITY_LABEL[p.severity], p.message]),
  );
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
