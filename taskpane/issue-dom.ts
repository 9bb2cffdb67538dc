// The severity filter and the issue entries as DOM, shared by 校验 (open workbook) and 校验文件 (picked files):
// sheet groups that collapse, repeated issues folded into one entry that opens, 确认无误 in two steps.

import type { Issue } from '../src/core/types';
import { FILTERS, filterCounts, type IssueView, type SeverityFilter, type SheetGroup } from './view/issue-list';
import { FOLD_PAGE, foldIssues, type FoldView } from './view/fold';
import { clear, el, setFocusKey, setHidden, textEl } from './dom';
import { paneText } from '../src/core/messages';

export function renderFilters(box: HTMLElement, issues: Issue[] | null, current: SeverityFilter, choose: (f: SeverityFilter) => void): void {
  clear(box);
  const counts = filterCounts(issues ?? []);
  setHidden(box, !issues || counts.all === 0);
  for (const f of FILTERS) {
    const b = el('button', 'filter', f.label);
    b.type = 'button';
    b.setAttribute('data-filter', f.id);
    setFocusKey(b, `filter:${f.id}`);
    b.setAttribute('aria-pressed', String(current === f.id));
    b.appendChild(el('span', 'count', String(counts[f.id])));
    b.addEventListener('click', () => choose(f.id));
    box.appendChild(b);
  }
}

export interface IssueActions {
  /** go to the issue's cell (only in Excel) */
  select?: (target: NonNullable<IssueView['target']>) => void;
  /** confirm a credit code (only in Excel), after the second step */
  confirm?: (code: string, button: HTMLButtonElement) => void;
}

/** What the person opened or closed, kept across re-renders of one list. */
export interface ListState {
  /** sheet groups closed, by key */
  closed: { [key: string]: boolean };
  /** folds opened, by key: how many of their cells are shown */
  open: { [key: string]: number };
}

export function newListState(): ListState {
  return { closed: {}, open: {} };
}

/** A sheet's issues under a heading that opens and closes the group; `scope` keeps keys apart between files. */
export function sheetGroupElement(group: SheetGroup, actions: IssueActions, state: ListState, heading: 'h3' | 'h4' = 'h3', scope = ''): HTMLElement {
  const key = `${scope}|${group.title}`;
  const section = el('section', 'group');
  const title = el(heading, 'group-title');
  const toggle = el('button', 'group-toggle');
  toggle.type = 'button';
  setFocusKey(toggle, `group:${key}`);
  const closed = !!state.closed[key];
  toggle.setAttribute('aria-expanded', String(!closed));
  toggle.appendChild(el('span', 'chevron', closed ? '▸' : '▾'));
  toggle.appendChild(el('span', 'group-name', group.title));
  toggle.appendChild(el('span', 'count', paneText('check/group-count', { count: group.issues.length })));
  toggle.addEventListener('click', () => {
    state.closed[key] = !state.closed[key];
    section.parentNode?.replaceChild(sheetGroupElement(group, actions, state, heading, scope), section);
    focusIn(document, `group:${key}`);
  });
  title.appendChild(toggle);
  section.appendChild(title);
  if (closed) return section;
  const ul = el('ul', 'issue-list');
  for (const entry of foldIssues(group.issues)) {
    if (entry.kind === 'issue') ul.appendChild(issueElement(entry.issue, actions, scope));
    else ul.appendChild(foldElement(entry, actions, state, `${key}|${entry.key}`, scope));
  }
  section.appendChild(ul);
  return section;
}

function focusIn(root: Document | HTMLElement, key: string): void {
  const e = root.querySelector(`[data-focus="${key.replace(/["\\]/g, '\\$&')}"]`) as HTMLElement | null;
  if (e) e.focus();
}

/** 「F 列 5000 处：带单位」, opening to its cells a page at a time. */
function foldElement(fold: FoldView, actions: IssueActions, state: ListState, key: string, scope: string): HTMLElement {
  const li = el('li', 'issue fold');
  const shown = state.open[key] ?? 0;
  const head = el('button', 'fold-toggle');
  head.type = 'button';
  setFocusKey(head, `fold:${key}`);
  head.setAttribute('aria-expanded', String(shown > 0));
  head.appendChild(el('span', `badge ${fold.severity}`, fold.severityLabel));
  const body = el('span', 'issue-body');
  const line = el('span', 'issue-head');
  line.appendChild(el('span', 'issue-address nobr', fold.location));
  if (fold.field) line.appendChild(el('span', 'issue-field', fold.field));
  body.appendChild(line);
  body.appendChild(el('span', 'issue-message', fold.message));
  head.appendChild(body);
  head.appendChild(el('span', 'chevron', shown ? '▾' : '▸'));
  const redraw = (focusKey: string) => {
    li.parentNode?.replaceChild(foldElement(fold, actions, state, key, scope), li);
    focusIn(document, focusKey);
  };
  head.addEventListener('click', () => {
    state.open[key] = shown ? 0 : Math.min(FOLD_PAGE, fold.issues.length);
    redraw(`fold:${key}`);
  });
  li.appendChild(head);
  if (!shown) return li;
  const ul = el('ul', 'issue-list fold-items');
  for (const v of fold.issues.slice(0, shown)) ul.appendChild(issueElement(v, actions, scope));
  li.appendChild(ul);
  const rest = fold.issues.length - shown;
  if (rest > 0) {
    const more = el('button', 'button small more', paneText('fold/more', { next: Math.min(rest, FOLD_PAGE), rest }));
    more.type = 'button';
    setFocusKey(more, `more:${key}`);
    more.addEventListener('click', () => {
      state.open[key] = shown + FOLD_PAGE;
      redraw(`more:${key}`);
    });
    li.appendChild(more);
  }
  return li;
}

export function issueElement(v: IssueView, actions: IssueActions, scope = ''): HTMLElement {
  const target = actions.select ? v.target : undefined;
  const li = el('li', target ? 'issue clickable' : 'issue');
  li.appendChild(el('span', `badge ${v.severity}`, v.severityLabel));
  const body = el('div', 'issue-body');
  const head = el('div', 'issue-head');
  if (v.location) head.appendChild(el('span', 'issue-address', v.location));
  if (v.showField) head.appendChild(el('span', 'issue-field', v.field));
  if (head.firstChild) body.appendChild(head);
  body.appendChild(textEl('div', 'issue-message', v.message));
  const confirm = actions.confirm;
  if (v.confirmCode && confirm) body.appendChild(confirmSteps(v.confirmCode, confirm));
  li.appendChild(body);
  const select = actions.select;
  if (target && select) {
    li.tabIndex = 0;
    setFocusKey(li, `issue:${scope}|${v.key}`);
    li.title = paneText('check/go-to', { sheet: target.sheet, address: target.address });
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

/** 确认无误 → 「代码与营业执照一致？」 确认 / 取消: a confirmation is never one stray click. */
function confirmSteps(code: string, confirm: (code: string, button: HTMLButtonElement) => void): HTMLElement {
  const row = el('div', 'issue-actions');
  const first = () => {
    clear(row);
    const button = el('button', 'button small', paneText('confirm/button'));
    button.type = 'button';
    setFocusKey(button, `confirm:${code}`);
    button.title = paneText('confirm/button-title');
    button.addEventListener('click', (e) => {
      e.stopPropagation();
      second();
    });
    row.appendChild(button);
    return button;
  };
  const second = () => {
    clear(row);
    row.appendChild(el('span', 'confirm-question', paneText('confirm/question', { code })));
    const yes = el('button', 'button small primary', paneText('confirm/yes'));
    yes.type = 'button';
    setFocusKey(yes, `confirm-yes:${code}`);
    yes.addEventListener('click', (e) => {
      e.stopPropagation();
      confirm(code, yes);
    });
    const no = el('button', 'button small', paneText('action/cancel'));
    no.type = 'button';
    no.addEventListener('click', (e) => {
      e.stopPropagation();
      first().focus();
    });
    row.appendChild(yes);
    row.appendChild(no);
    yes.focus();
  };
  first();
  return row;
}

/** The 已确认 list: codes a person confirmed, each with 撤销 where the host can withdraw it. */
export function confirmedElement(codes: { code: string; places: number }[], withdraw?: (code: string, button: HTMLButtonElement) => void): HTMLElement {
  const section = el('section', 'group confirmed');
  const title = el('h3', 'group-title');
  title.appendChild(el('span', 'group-name', paneText('confirmed/title')));
  title.appendChild(el('span', 'count', paneText('confirmed/count', { count: codes.length })));
  section.appendChild(title);
  section.appendChild(el('p', 'hint', paneText('confirmed/hint')));
  const ul = el('ul', 'issue-list');
  for (const c of codes) {
    const li = el('li', 'issue');
    li.appendChild(el('span', 'badge confirmed', paneText('confirmed/badge')));
    const body = el('div', 'issue-body');
    body.appendChild(el('div', 'issue-message code', c.code));
    if (c.places > 1) body.appendChild(el('div', 'hint', paneText('confirmed/places', { count: c.places })));
    li.appendChild(body);
    if (withdraw) {
      const b = el('button', 'button small', paneText('confirmed/withdraw'));
      b.type = 'button';
      b.title = paneText('confirmed/withdraw-title');
      setFocusKey(b, `withdraw:${c.code}`);
      b.addEventListener('click', () => withdraw(c.code, b));
      li.appendChild(b);
    }
    ul.appendChild(li);
  }
  section.appendChild(ul);
  return section;
}
