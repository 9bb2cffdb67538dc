// The whole task pane: tabs, the notice line, and the tabs wired to a PaneHost (in Excel) or to none (a browser,
// where only the file tabs work).

import type { PaneHost } from './host';
import { CreateTab } from './create-tab';
import { CheckTab } from './check-tab';
import { SummaryButton } from './summary-button';
import { FileCheckTab } from './file-check-tab';
import { MergeTab } from './merge-tab';
import { TemplateDownloads } from './template-downloads';
import { byId, el, setHidden } from './dom';
import { tabForKey } from './view/tabs';
import { workbookHolds } from './view/workbook';
import { paneText } from '../src/core/messages';

export interface NoticeText {
  title: string;
  detail: string;
}

export const NOT_IN_EXCEL: NoticeText = {
  title: paneText('pane/not-in-excel'),
  detail: paneText('pane/not-in-excel-detail'),
};

export const OFFICE_NOT_LOADED: NoticeText = {
  title: paneText('pane/office-not-loaded'),
  detail: paneText('pane/office-not-loaded-detail'),
};

export type TabId = 'create' | 'check' | 'files' | 'merge';

const TABS: TabId[] = ['create', 'check', 'files', 'merge'];
/** in Excel the pane works on the open workbook; elsewhere only on picked files */
const EXCEL_TABS: TabId[] = ['create', 'check', 'merge'];
const BROWSER_TABS: TabId[] = ['files', 'merge'];

export class Pane {
  private readonly create = new CreateTab(() => {
    this.showTab('check');
    byId('tab-check').focus();
  });
  private readonly check: CheckTab;
  private readonly summary = new SummaryButton();
  private readonly files = new FileCheckTab();
  private readonly merge = new MergeTab();
  private readonly checkTab = byId('tab-check');
  private readonly notice = byId('notice');
  private readonly templates = byId('templates');
  private visible: TabId[] = EXCEL_TABS;
  private current: TabId = 'create';
  /** the person chose a tab since the host was set: the pane no longer picks one for them */
  private chosen = false;

  constructor() {
    this.check = new CheckTab((errors, warnings) => this.showCounts(errors, warnings));
    for (const id of TABS) {
      const tab = byId(`tab-${id}`);
      tab.addEventListener('click', () => {
        this.chosen = true;
        this.showTab(id);
      });
      tab.addEventListener('keydown', (e) => {
        const next = tabForKey(this.visible, this.current, e.key);
        if (!next) return;
        e.preventDefault();
        this.chosen = true;
        this.showTab(next);
        byId(`tab-${next}`).focus();
      });
    }
    new TemplateDownloads(byId('template-result')).addTypeButtons(byId('template-buttons'));
    this.wireHelp();
    // a file dropped beside the drop zone must not make the browser leave the pane to open it
    document.addEventListener('dragover', (e) => e.preventDefault());
    document.addEventListener('drop', (e) => e.preventDefault());
  }

  setHost(host: PaneHost | null, notice: NoticeText | null = null): void {
    this.showNotice(notice);
    this.create.setHost(host);
    this.check.setHost(host);
    this.summary.setHost(host);
    this.merge.setHost(host);
    // in Excel, 新建申报表 offers the blank workbook next to 创建申报表
    setHidden(this.templates, !!host);
    this.visible = host ? EXCEL_TABS : BROWSER_TABS;
    for (const id of TABS) setHidden(byId(`tab-${id}`), this.visible.indexOf(id) < 0);
    this.showTab(this.visible.indexOf(this.current) >= 0 ? this.current : this.visible[0]);
    this.chosen = false;
    // the sheet names, read once for both: a workbook that already holds a return opens on 校验 (there is nothing
    // to create), and the merge's main action is then a new workbook
    if (host && host.sheetNames) {
      host.sheetNames().then(
        (names) => {
          const holds = workbookHolds(names);
          this.merge.setWorkbook(holds);
          if (host.features().canCheck && !this.chosen && this.current === 'create' && holds.isReturn) this.showTab('check');
        },
        () => undefined,
      );
    }
  }

  showTab(tab: TabId): void {
    this.current = tab;
    for (const id of TABS) {
      byId(`tab-${id}`).setAttribute('aria-selected', String(id === tab));
      // one tab stop for the strip: the selected tab; the arrows reach the others
      byId(`tab-${id}`).setAttribute('tabindex', id === tab ? '0' : '-1');
      setHidden(byId(`panel-${id}`), id !== tab);
    }
    if (tab === 'check') this.check.shown();
  }

  /** 帮助 opens a short guide under the header; 关闭 or Esc closes it and gives the focus back to 帮助. */
  private wireHelp(): void {
    const toggle = byId('help-toggle');
    const help = byId('help');
    const show = (open: boolean) => {
      setHidden(help, !open);
      toggle.setAttribute('aria-expanded', String(open));
    };
    toggle.addEventListener('click', () => show(help.hasAttribute('hidden')));
    byId('help-close').addEventListener('click', () => {
      show(false);
      toggle.focus();
    });
    help.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' && e.key !== 'Esc') return;
      show(false);
      toggle.focus();
    });
  }

  private showNotice(n: NoticeText | null): void {
    while (this.notice.firstChild) this.notice.removeChild(this.notice.firstChild);
    setHidden(this.notice, !n);
    if (!n) return;
    const close = el('button', 'notice-close', '×');
    close.type = 'button';
    close.title = paneText('pane/close-notice');
    close.setAttribute('aria-label', paneText('pane/close-notice'));
    close.addEventListener('click', () => {
      setHidden(this.notice, true);
      const tab = byId(`tab-${this.current}`);
      tab.focus();
    });
    this.notice.appendChild(close);
    this.notice.appendChild(el('strong', undefined, `${n.title}：`));
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
