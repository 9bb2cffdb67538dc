// Repeated issues folded: the same problem in one column of one sheet, many times, is one entry
// 「F 列 5000 处：带单位」 that opens to the cells. Tested in Node.

import type { IssueView } from './issue-list';
import { CHECKSUM_CODE } from './issue-list';
import { paneText, SHORT_MESSAGE, SHORT_MESSAGE_OTHER } from '../../src/core/messages';

/** this many of one kind in one column make a fold */
export const FOLD_MIN = 3;
/** cells shown at a time when a fold is opened */
export const FOLD_PAGE = 50;

/** What the problem is, in a few words, by code; the entry's field name says where. */
function shortText(code: string): string {
  return SHORT_MESSAGE[code] ?? SHORT_MESSAGE_OTHER;
}

export interface FoldView {
  kind: 'fold';
  key: string;
  severity: IssueView['severity'];
  severityLabel: string;
  column: string;
  field: string;
  /** 「F 列 5000 处」 */
  location: string;
  /** 「带单位」 */
  message: string;
  issues: IssueView[];
}

export type ListEntry = { kind: 'issue'; issue: IssueView } | FoldView;

/**
 * Issues of one sheet as list entries: FOLD_MIN or more of one code at one severity in one column become one fold,
 * placed where the first of them stood. Checksum failures stay single: each code is confirmed on its own.
 */
export function foldIssues(issues: IssueView[]): ListEntry[] {
  const groupKey = (v: IssueView) => (v.column && v.code !== CHECKSUM_CODE ? `${v.code}|${v.severity}|${v.column}` : '');
  const counts = new Map<string, number>();
  for (const v of issues) {
    const k = groupKey(v);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const folds = new Map<string, FoldView>();
  const out: ListEntry[] = [];
  for (const v of issues) {
    const k = groupKey(v);
    if (!k || (counts.get(k) ?? 0) < FOLD_MIN) {
      out.push({ kind: 'issue', issue: v });
      continue;
    }
    let fold = folds.get(k);
    if (!fold) {
      fold = {
        kind: 'fold',
        key: `fold:${k}`,
        severity: v.severity,
        severityLabel: v.severityLabel,
        column: v.column,
        field: v.field,
        location: paneText('fold/location', { column: v.column, count: counts.get(k) }),
        message: shortText(v.code),
        issues: [],
      };
      folds.set(k, fold);
      out.push(fold);
    }
    fold.issues.push(v);
  }
  return out;
}
