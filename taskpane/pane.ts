// The whole task pane: tabs, the notice line, and the two tabs wired to a PaneHost (or to none).

import type { PaneHost } from './host';
import { CreateTab } from './create-tab';
import { CheckTab } from './check-tab';
import { byId, el, setHidden } from './dom';

export interface NoticeText {
  title: string;
  detail: string;
}

export const NOT_IN_EXCEL: NoticeText = {
  title: '未在 Excel 中运行',
  detail: '请在 Excel 的“开始”选项卡点击“申报表助手”打开本助手,才能创建和检查申报表。',
};

export const OFFICE_NOT_LOADED: NoticeText = {
  title: '无法加载 Office 组件',
  detail: '本助手需要联网加载微软的 Office 脚本。请检查网络后关闭并重新打开本助手。',
};

type TabId = 'create' | 'check';

export class Pane {
  private readonly create = new CreateTab();
  private readonly check: CheckTab;
  private readonly checkTab = byId('tab-check');
  private readonly notice = byId('notice');

  constructor() {
    this.check = new CheckTab((errors, warnings) => this.showCounts(errors, warnings));
    byId('tab-create').addEventListener('click', () => this.showTab('create'));
    this.checkTab.addEventListener('click', () => this.showTab('check'));
  }

  setHost(host: PaneHost | null, notice: NoticeText | null = null): void {
    this.showNotice(notice);
    this.create.setHost(host);
    this.check.setHost(host);
  }

  showTab(tab: TabId): void {
    for (const id of ['create', 'check'] as TabId[]) {
      byId(`tab-${id}`).setAttribute('aria-selected', String(id === tab));
      setHidden(byId(`panel-${id}`), id !== tab);
    }
    if (tab === 'check') this.check.shown();
  }

  private showNotice(n: NoticeText | null): void {
    while (this.notice.firstChild) this.notice.removeChild(this.notice.firstChild);
    setHidden(this.notice, !n);
    if (!n) return;
    this.notice.appendChild(el('strong', undefined, n.title));
    this.notice.appendChild(el('span', undefined, n.detail));
  }

  private showCounts(errors: number, warnings: number): void {
    const old = this.checkTab.querySelector('.tab-count');
    if (old) this.checkTab.removeChild(old);
    const n = errors || warnings;
    if (!n) return;
    this.checkTab.appendChild(el('span', errors ? 'tab-count' : 'tab-count warning', String(n)));
  }
}
