// The problem list sent back to the cities: one row per issue, sorted by unit (official order), file, row.

import type { Issue } from '../types';
import { REPORTING_UNITS } from '../cities';
import { columnIndex } from '../columns';
import type { ProblemRow } from './types';

const UNIT_ORDER = new Map(REPORTING_UNITS.map((u, i) => [u.name, i]));

const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };

/** By file, sheet, row, column, severity: the order a clerk walks through a returned file. */
function compareInFile(a: Issue, b: Issue): number {
  return (a.file ?? '').localeCompare(b.file ?? '')
    || (a.sheet ?? '').localeCompare(b.sheet ?? '')
    || (a.row ?? 0) - (b.row ?? 0)
    || columnIndex(a.column ?? '') - columnIndex(b.column ?? '')
    || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

function cellOf(i: Issue): string {
  if (i.row === undefined) return '';
  return i.column ? i.column + i.row : `第${i.row}行`;
}

export function unitOrder(city: string): number {
  return UNIT_ORDER.get(city) ?? REPORTING_UNITS.length;
}

/** Issues of one file, all of the same unit. */
export interface FileIssues {
  city: string;
  file: string;
  issues: Issue[];
}

export function problemRows(groups: FileIssues[]): ProblemRow[] {
  const tagged: { city: string; issue: Issue }[] = [];
  for (const g of groups) for (const i of g.issues) tagged.push({ city: g.city, issue: { ...i, file: i.file ?? g.file } });
  tagged.sort((a, b) => unitOrder(a.city) - unitOrder(b.city) || a.city.localeCompare(b.city) || compareInFile(a.issue, b.issue));
  return tagged.map(({ city, issue }) => ({
    city,
    file: issue.file ?? '',
    sheet: issue.sheet ?? '',
    cell: cellOf(issue),
    field: issue.field ?? '',
    value: issue.value ?? '',
    severity: issue.severity,
    message: issue.confirmed ? `${issue.message}(已确认)` : issue.message,
  }));
}
