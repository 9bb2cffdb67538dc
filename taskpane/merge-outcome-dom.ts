// The merge's outcome as DOM: the first line, the counts by outcome, what needs attention, the cities (as
// 汇总（按地市） has them) and, one click away, the row accounting and the superseded files.

import type { MergeView, UnitView } from './view/merge-view';
import { renderOutcomes } from './outcomes-dom';
import { el, setFocusKey, setHidden, textEl } from './dom';
import { paneText } from '../src/core/messages';

/** A button that shows and hides the element after it; closed at first. */
function disclosure(label: string | HTMLElement, key: string, body: HTMLElement): HTMLElement {
  const wrap = el('div', 'disclosure');
  const button = el('button', 'link-button');
  button.type = 'button';
  setFocusKey(button, key);
  button.setAttribute('aria-expanded', 'false');
  button.appendChild(el('span', 'chevron', '▸'));
  button.appendChild(typeof label === 'string' ? el('span', undefined, label) : label);
  setHidden(body, true);
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    (button.firstChild as HTMLElement).textContent = open ? '▾' : '▸';
    setHidden(body, !open);
  });
  wrap.appendChild(button);
  wrap.appendChild(body);
  return wrap;
}

function unitElement(u: UnitView): HTMLElement {
  const li = el('li', `unit tone-${u.tone}`);
  // the figures of 汇总（按地市）, for whoever reads the list by machine (the browser tests compare them)
  li.setAttribute('data-unit', u.unit);
  li.setAttribute('data-figures', [paneText(u.submitted ? 'unit/submitted' : 'unit/not-submitted'), u.applications, u.clean, u.errors, u.warnings].join('|'));
  const head = el('div', 'unit-head');
  head.appendChild(el('span', 'status-dot'));
  head.appendChild(el('span', 'unit-name', u.unit));
  head.appendChild(textEl('span', 'unit-text', u.text));
  if (!u.apps.length) {
    li.appendChild(head);
    return li;
  }
  const apps = el('ul', 'unit-apps');
  for (const a of u.apps) {
    const item = el('li', `unit-app tone-${a.tone}`);
    item.appendChild(el('span', `badge ${a.tone}`, a.status));
    item.appendChild(el('span', 'unit-app-name', `${a.name}（${a.type}）`));
    apps.appendChild(item);
  }
  li.appendChild(disclosure(head, `unit:${u.unit}`, apps));
  return li;
}

/** `box` gets what a person reads first (above the actions); `details` the cities and the folded lines (below them). */
export function renderMergeOutcome(box: HTMLElement, details: HTMLElement, v: MergeView): void {
  const head = el('div', `merge-headline tone-${v.tone}`);
  head.appendChild(el('span', 'status-dot'));
  head.appendChild(textEl('span', 'status-text', v.headline));
  box.appendChild(head);
  const outcomes = el('div', 'outcomes');
  renderOutcomes(outcomes, v.outcomes);
  box.appendChild(outcomes);
  if (v.lines.length) {
    const ul = el('ul', 'merge-lines');
    for (const line of v.lines) ul.appendChild(textEl('li', `merge-line ${line.tone}`, line.text));
    box.appendChild(ul);
  }
  const units = el('section', 'units');
  units.appendChild(el('h3', 'section-title', paneText('merge/units-title')));
  const ul = el('ul', 'unit-list');
  for (const u of v.units) ul.appendChild(unitElement(u));
  units.appendChild(ul);
  details.appendChild(units);
  if (v.superseded) {
    const items = el('ul', 'merge-lines');
    for (const t of v.superseded.items) items.appendChild(el('li', 'merge-line info', t));
    details.appendChild(disclosure(v.superseded.summary, 'superseded', items));
  }
  const accounting = el('ul', 'merge-lines');
  for (const t of v.accounting) accounting.appendChild(el('li', 'merge-line info', t));
  details.appendChild(disclosure(paneText('merge/accounting-title'), 'accounting', accounting));
}
