// The severity filter and the issue entries as DOM, shared by 校验 (open workbook) and 校验文件 (picked files).

import type { Issue } from '../src/core/types';
import { FILTERS, filterCounts, type IssueView, type SeverityFilter, type SheetGroup } from './view/issue-list';
import { clear, el, setHidden } from './dom';

export function renderFilters(box: HTMLElement, issues: Issue[] | null, current: SeverityFilter, choose: (f: SeverityFilter) => void): void {
  clear(box);
  const counts = filterCounts(issues ?? []);
  setHidden(box, !issues || counts.all === 0);
  for (const f of FILTERS) {
    const b = el('button', 'filter', f.label);
    b.type = 'button';
    b.setAttribute('data-filter', f.id);
    b.setAttribute('aria-pressed', String(current === f.id));
    b.appendChild(el('span', 'count', String(counts[f.id])));
    b.addEventListener('click', () => choose(f.id));
    box.appendChild(b);
  }
}

export interface IssueActions {
  /** go to the issue's cell (only in Excel) */
  select?: (target: NonNullable<IssueView['target']>) => void;
  /** confirm a credit code (only in Excel) */
  confirm?: (code: string, button: HTMLButtonElement) => void;
}

export function sheetGroupElement(group: SheetGroup, actions: IssueActions, heading: 'h3' | 'h4' = 'h3'): HTMLElement {
  const section = el('section', 'group');
  const title = el(heading, 'group-title');
  title.appendChild(el('span', undefined, group.title));
  title.appendChild(el('span', 'count', `${group.issues.length} 项`));
  section.appendChild(title);
  const ul = el('ul', 'issue-list');
  for (const v of group.issues) ul.appendChild(issueElement(v, actions));
  section.appendChild(ul);
  return section;
}

export function issueElement(v: IssueView, actions: IssueActions): HTMLElement {
  const target = actions.select ? v.target : undefined;
  const li = el('li', target ? 'issue clickable' : 'issue');
  li.appendChild(el('span', `badge ${v.severity}`, v.severityLabel));
  const body = el('div', 'issue-body');
  const head = el('div', 'issue-head');
  if (v.location) head.appendChild(el('span', 'issue-address', v.location));
  if (v.field) head.appendChild(el('span', 'issue-field', v.field));
  if (head.firstChild) body.appendChild(head);
  body.appendChild(el('div', 'issue-message', v.message));
  const confirm = actions.confirm;
  if (v.confirmCode && confirm) {
    const code = v.confirmCode;
    const row = el('div', 'issue-actions');
    const button = el('button', 'button small', '确认无误');
    button.type = 'button';
    button.title = '核实过营业执照上的代码确实如此时点此,之后不再报错';
    button.addEventListener('click', (e) => {
      e.stopPropagation();
      confirm(code, button);
    });
    row.appendChild(button);
    body.appendChild(row);
  }
  li.appendChild(body);
  const select = actions.select;
  if (target && select) {
    li.tabIndex = 0;
    li.title = `转到 ${target.sheet}!${target.address}`;
    li.addEventListener('click', () => select(target));
    li.addEventListener('keydown', (e) => {
      // keys on a button inside the entry (确认无误) belong to that button
      if (e.target !== li) return;
      if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
        e.preventDefault();
        select(target);
      }
    });
  }
  return li;
}
