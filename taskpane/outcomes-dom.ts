// The counts by outcome as DOM, shared by 校验文件 (files) and 合并各市报表 (applications).

import { OUTCOMES } from './view/file-list';
import { clear, el, setHidden } from './dom';

/** The counts by outcome (需退回 / 有警告 / 通过 / 无法读取) as a row of labelled figures. */
export function renderOutcomes(box: HTMLElement, counts: Record<string, number> | null): void {
  clear(box);
  setHidden(box, !counts);
  if (!counts) return;
  for (const o of OUTCOMES) {
    const cell = el('div', `outcome outcome-${o.id}${counts[o.id] ? '' : ' zero'}`);
    cell.setAttribute('data-outcome', o.id);
    cell.appendChild(el('span', 'outcome-count', String(counts[o.id])));
    cell.appendChild(el('span', 'outcome-label', o.label));
    box.appendChild(cell);
  }
}
