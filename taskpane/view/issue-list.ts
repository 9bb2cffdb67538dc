// The 校验 tab as data: issues filtered, grouped by sheet and turned into what one list entry shows.
// No DOM here, so it is tested in Node.

import type { Issue, Severity } from '../../src/core/types';
import { paneText, SEVERITY_LABEL } from '../../src/core/messages';
import { sortIssues } from '../../src/core/report';
import { openIssueCounts } from '../../src/core/outcome';

export type SeverityFilter = 'all' | Severity;

export const FILTERS: { id: SeverityFilter; label: string }[] = [
  { id: 'all', label: paneText('check/all') },
  { id: 'error', label: SEVERITY_LABEL.error },
  { id: 'warning', label: SEVERITY_LABEL.warning },
  { id: 'notice', label: SEVERITY_LABEL.notice },
];

/** Issues a person has confirmed (credit codes) no longer count as problems (the rule is src/core/outcome.ts's). */
export const countOpenIssues = openIssueCounts;

/** How many issues each filter button would show. */
export function filterCounts(issues: Issue[]): Record<SeverityFilter, number> {
  const c = countOpenIssues(issues);
  return { all: c.errors + c.warnings + c.notices, error: c.errors, warning: c.warnings, notice: c.notices };
}

export function filterIssues(issues: Issue[], filter: SeverityFilter): Issue[] {
  return issues.filter((i) => !i.confirmed && (filter === 'all' || i.severity === filter));
}

/** Credit codes a person has confirmed, once each, in the order they first appear (the 已确认 list). */
export function confirmedCodes(issues: Issue[]): { code: string; places: number }[] {
  const out: { code: string; places: number }[] = [];
  for (const i of issues) {
    if (!i.confirmed || !i.value) continue;
    const code = i.value.trim().toUpperCase();
    const seen = out.filter((c) => c.code === code)[0];
    if (seen) seen.places++;
    else out.push({ code, places: 1 });
  }
  return out;
}

export const CHECKSUM_CODE = 'cell/uscc-checksum';

export interface IssueView {
  /** stable across checks while the issue stays (code, sheet and place): keeps focus on it after a re-check */
  key: string;
  code: string;
  /** column letter, or '' */
  column: string;
  severity: Severity;
  severityLabel: string;
  /** "B5", "第 5 行" or "" */
  location: string;
  field: string;
  /** the message does not name the field itself: show it above the message (never both) */
  showField: boolean;
  message: string;
  /** where clicking the entry goes; absent when the issue has no place in a sheet */
  target?: { sheet: string; address: string };
  /** the credit code a person may confirm as correct (checksum failures only) */
  confirmCode?: string;
}

export function issueView(issue: Issue): IssueView {
  const hasCell = issue.row !== undefined && !!issue.column;
  const location = hasCell ? `${issue.column}${issue.row}` : issue.row !== undefined ? paneText('check/row', { row: issue.row }) : issue.column ? paneText('check/column', { column: issue.column }) : '';
  let target: IssueView['target'];
  if (issue.sheet) {
    const address = hasCell
      ? `${issue.column}${issue.row}`
      : issue.row !== undefined
        ? `${issue.row}:${issue.row}`
        : issue.column
          ? `${issue.column}:${issue.column}`
          : 'A1';
    target = { sheet: issue.sheet, address };
  }
  const code = issue.code === CHECKSUM_CODE && !issue.confirmed && issue.value ? issue.value.trim() : '';
  return {
    key: `${issue.code}:${issue.sheet ?? ''}!${location}`,
    code: issue.code,
    column: issue.column ?? '',
    severity: issue.severity,
    severityLabel: SEVERITY_LABEL[issue.severity],
    location,
    field: issue.field ?? '',
    showField: !!issue.field && issue.message.indexOf(`「${issue.field}」`) < 0,
    message: issue.message,
    target,
    confirmCode: code || undefined,
  };
}

export const WORKBOOK_GROUP = paneText('check/workbook');

export interface SheetGroup {
  /** sheet name, or WORKBOOK_GROUP for issues that belong to no sheet */
  title: string;
  issues: IssueView[];
}

/** Issues grouped by sheet: workbook-wide issues first, then sheets in the order their first issue appears. */
export function groupBySheet(issues: Issue[]): SheetGroup[] {
  const groups = new Map<string, Issue[]>();
  const workbook: Issue[] = [];
  for (const issue of issues) {
    if (!issue.sheet) {
      workbook.push(issue);
      continue;
    }
    const list = groups.get(issue.sheet);
    if (list) list.push(issue);
    else groups.set(issue.sheet, [issue]);
  }
  const out: SheetGroup[] = [];
  const views = (list: Issue[]) => sortIssues(list).map((i) => issueView(i));
  if (workbook.length) out.push({ title: WORKBOOK_GROUP, issues: views(workbook) });
  groups.forEach((list, sheet) => out.push({ title: sheet, issues: views(list) }));
  return out;
}
