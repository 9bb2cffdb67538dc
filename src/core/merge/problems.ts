// The problem list sent back to the cities: one row per issue, sorted by unit (official order), then within a
// file as `validate` lists it: sheet by sheet in the workbook's order, then by row and column.

import type { Issue } from '../types';
import { REPORTING_UNITS } from '../cities';
import { cellAddress, issueComparator } from '../report';
import type { ProblemRow } from './types';

const UNIT_ORDER = new Map(REPORTING_UNITS.map((u, i) => [u.name, i]));

export function unitOrder(city: string): number {
  return UNIT_ORDER.get(city) ?? REPORTING_UNITS.length;
}

/** Issues of one file, all of the same unit. */
export interface FileIssues {
  city: string;
  file: string;
  issues: Issue[];
  /** the file's sheets in workbook order (see sheetOrder in validate.ts); sheets not listed sort by name after them */
  sheets?: string[];
}

export function problemRows(groups: FileIssues[]): ProblemRow[] {
  const tagged: { city: string; file: string; issue: Issue }[] = [];
  const order = new Map<string, (a: Issue, b: Issue) => number>();
  for (const g of groups) {
    order.set(g.file, issueComparator(g.sheets));
    for (const i of g.issues) tagged.push({ city: g.city, file: i.file ?? g.file, issue: { ...i, file: i.file ?? g.file } });
  }
  tagged.sort((a, b) => unitOrder(a.city) - unitOrder(b.city) || a.city.localeCompare(b.city) || a.file.localeCompare(b.file)
    || (order.get(a.file) ?? issueComparator())(a.issue, b.issue));
  return tagged.map(({ city, issue }) => ({
    city,
    file: issue.file ?? '',
    sheet: issue.sheet ?? '',
    cell: cellAddress(issue),
    field: issue.field ?? '',
    value: issue.value ?? '',
    severity: issue.severity,
    message: issue.confirmed ? `${issue.message}（已确认）` : issue.message,
  }));
}
