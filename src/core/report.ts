// Issues as people read them: sorted, counted, and printed grouped by file and sheet.

import type { Issue, Severity } from './types';
import { paneText, phrases, SEVERITY_LABEL } from './messages';
import { columnIndex } from './columns';

export interface IssueCounts {
  errors: number;
  warnings: number;
  notices: number;
}

export function summariseIssues(issues: Issue[]): IssueCounts {
  const c = { errors: 0, warnings: 0, notices: 0 };
  for (const i of issues) {
    if (i.severity === 'error') c.errors++;
    else if (i.severity === 'warning') c.warnings++;
    else c.notices++;
  }
  return c;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Orders issues by file, sheet (workbook order when `sheetOrder` is given, else by name), row, column, severity. */
export function issueComparator(sheetOrder: string[] = []): (a: Issue, b: Issue) => number {
  const rank = (s: string | undefined) => {
    const i = s === undefined ? -1 : sheetOrder.indexOf(s);
    return i < 0 ? sheetOrder.length : i;
  };
  return (a, b) => (a.file ?? '').localeCompare(b.file ?? '')
    || rank(a.sheet) - rank(b.sheet)
    || (a.sheet ?? '').localeCompare(b.sheet ?? '')
    || (a.row ?? 0) - (b.row ?? 0)
    || columnIndex(a.column ?? '') - columnIndex(b.column ?? '')
    || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

export function sortIssues(issues: Issue[], sheetOrder?: string[]): Issue[] {
  return [...issues].sort(issueComparator(sheetOrder));
}

/** `F7`, or `第3行` for an issue about a whole row, or '' for one about the whole workbook. */
export function cellAddress(i: Issue): string {
  if (i.row === undefined) return '';
  return i.column ? i.column + i.row : `第${i.row}行`;
}

export function countsText(c: IssueCounts): string {
  if (c.errors + c.warnings + c.notices === 0) return paneText('count/none');
  return phrases([paneText('count/errors', { count: c.errors }), paneText('count/warnings', { count: c.warnings }), paneText('count/notices', { count: c.notices })]);
}

/** A plain-text report grouped by file and sheet, one line per issue with its cell address. */
export function formatReport(issues: Issue[], files: string[] = [], sheetOrder?: string[]): string {
  const lines: string[] = [];
  const sorted = sortIssues(issues, sheetOrder);
  const allFiles = [...new Set([...files, ...sorted.map((i) => i.file ?? '')])];
  for (const file of allFiles) {
    const own = sorted.filter((i) => (i.file ?? '') === file);
    if (file) lines.push(`${file}：${countsText(summariseIssues(own))}`);
    let sheet: string | undefined | null = null;
    for (const i of own) {
      if (i.sheet !== sheet) {
        sheet = i.sheet;
        lines.push(`  [${sheet ?? '整个工作簿'}]`);
      }
      const where = cellAddress(i);
      lines.push(`    ${where ? where.padEnd(6) : '      '} ${SEVERITY_LABEL[i.severity]}  ${i.message}${i.confirmed ? '（已确认）' : ''}`);
    }
  }
  return lines.join('\n');
}
