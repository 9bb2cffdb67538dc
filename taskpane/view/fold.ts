// Repeated issues folded: the same problem in one column of one sheet, many times, is one entry
// 「F 列 5000 处：带单位」 that opens to the cells. Tested in Node.

import type { IssueView } from './issue-list';
import { CHECKSUM_CODE } from './issue-list';

/** this many of one kind in one column make a fold */
export const FOLD_MIN = 3;
/** cells shown at a time when a fold is opened */
export const FOLD_PAGE = 50;

/** What the problem is, in a few words, by code; the entry's field name says where. */
const SHORT: Record<string, string> = {
  'cell/required': '未填写',
  'cell/not-number': '不是数字',
  'cell/unit-in-number': '带单位',
  'cell/number-as-text': '数字存成了文本',
  'cell/not-integer': '不是整数',
  'cell/decimals': '小数位数过多',
  'cell/date-in-number': '被 Excel 转成了日期',
  'cell/min': '小于下限',
  'cell/max': '超过上限',
  'cell/length': '字数超出',
  'cell/enum': '不是下拉列表中的选项',
  'cell/yesno': '不是「是」或「否」',
  'cell/uscc': '代码格式不对',
  'cell/uscc-as-number': '代码被存成了数字',
  'cell/uscc-outside-shanxi': '登记机关不在山西',
  'cell/phone': '电话号码格式不对',
  'cell/email': '邮箱格式不对',
  'cell/year': '年份格式不对',
  'cell/date': '日期格式不对',
  'cell/formula-no-result': '公式没有计算结果',
  'cell/error-value': '是错误值',
  'cell/bool': '是逻辑值',
  'cell/must-be-empty': '应当不填',
  'row/not-greater': '大于另一项',
  'row/exports-vs-revenue': '出口创汇超过收入',
  'row/expected': '与同行其他项不符',
  'row/backbone-not-hightech': '不是高新技术企业',
  'table/duplicate': '重复',
};

function shortText(code: string): string {
  return SHORT[code] ?? '同一类问题';
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
        location: `${v.column} 列 ${counts.get(k)} 处`,
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
