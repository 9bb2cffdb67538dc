// The 校验 tab: status line, severity filter, issues grouped by sheet, 全表检查, 确认无误.

import type { Issue } from '../src/core/types';
import type { PaneHost } from './host';
import { countOpenIssues, filterIssues, groupBySheet, type SeverityFilter } from './view/issue-list';
import { renderFilters, sheetGroupElement, type IssueActions } from './issue-dom';
import { statusView } from './view/status';
import { describeError } from './view/errors';
import { byId, clear, el, setHidden } from './dom';
import { message } from '../src/core/messages';

export class CheckTab {
  private host: PaneHost | null = null;
  private unsubscribe: (() => void) | null = null;
  private issues: Issue[] | null = null;
  private filter: SeverityFilter = 'all';
  private checking = false;
  private readonly statusBox = byId('status-text').parentElement as HTMLElement;
  private readonly statusText = byId('status-text');
  private readonly statusNote = byId('status-note');
  private readonly filters = byId('filters');
  private readonly list = byId('issues');
  private readonly button = byId<HTMLButtonElement>('full-check');
  private readonly error = byId('check-error');

  /** called with the open-issue counts whenever they change (for the tab's badge) */
  constructor(private readonly onCounts: (errors: number, warnings: number) => void) {
    this.button.addEventListener('click', () => void this.fullCheck(true));
    this.render();
  }

  setHost(host: PaneHost | null): void {
    if (this.unsubscribe) this.unsubscribe();
    this.unsubscribe = null;
    this.host = host;
    this.issues = null;
    if (host) this.unsubscribe = host.onIssues((issues) => this.setIssues(issues), (e) => this.showError(describeError(e, '自动检查')));
    this.render();
    // the pane opening starts checking (and, where Excel has onChanged, checking as people type)
    this.shown();
  }

  /** the first time the tab is shown, check once so the list is never stale or empty without reason */
  shown(): void {
    if (this.canCheck() && this.issues === null && !this.checking) void this.fullCheck();
  }

  /** `marks`: the clerk asked (全表检查), so the cell marks only the engine knows are written too */
  async fullCheck(marks = false): Promise<void> {
    if (!this.host || !this.canCheck() || this.checking) return;
    this.checking = true;
    setHidden(this.error, true);
    this.render();
    try {
      this.issues = await this.host.fullCheck({ marks });
    } catch (e) {
      this.showError(describeError(e, '检查'));
    } finally {
      this.checking = false;
      this.render();
    }
  }

  private canCheck(): boolean {
    return !!this.host && this.host.features().canCheck;
  }

  private setIssues(issues: Issue[]): void {
    this.issues = issues;
    this.render();
  }

  private showError(text: string): void {
    this.error.textContent = text;
    setHidden(this.error, false);
  }

  private render(): void {
    const features = this.host ? this.host.features() : null;
    const counts = this.issues ? countOpenIssues(this.issues) : null;
    const mode = features && !features.canCheck ? 'unavailable' : features && features.liveChecking ? 'live' : 'manual';
    const status = statusView({ counts, mode, checking: this.checking });
    this.statusText.textContent = status.text;
    this.statusBox.className = `status tone-${status.tone}`;
    const stale = this.host && this.host.marksStale && this.host.marksStale() ? message('excel/marks-stale') : '';
    this.statusNote.textContent = this.host ? [status.note ?? '', stale].filter(Boolean).join(' ') : '';
    this.button.disabled = !this.canCheck() || this.checking;
    this.onCounts(counts ? counts.errors : 0, counts ? counts.warnings : 0);
    this.renderFilters();
    this.renderList();
  }

  private renderFilters(): void {
    renderFilters(this.filters, this.issues, this.filter, (f) => {
      this.filter = f;
      this.render();
    });
  }

  private renderList(): void {
    clear(this.list);
    if (!this.issues) return;
    const shown = filterIssues(this.issues, this.filter);
    if (!shown.length) {
      const all = filterIssues(this.issues, 'all').length;
      this.list.appendChild(el('p', 'empty', all ? '此级别没有问题。' : '没有发现问题。'));
      return;
    }
    const actions: IssueActions = {
      select: (target) => {
        if (this.host) this.host.selectCell(target.sheet, target.address).catch((e) => this.showError(describeError(e, '定位单元格')));
      },
      confirm: (code, button) => void this.confirm(code, button),
    };
    for (const group of groupBySheet(shown)) this.list.appendChild(sheetGroupElement(group, actions));
  }

  private async confirm(code: string, button: HTMLButtonElement): Promise<void> {
    if (!this.host) return;
    button.disabled = true;
    try {
      await this.host.confirmCode(code);
      if (!this.host.features().liveChecking) await this.fullCheck();
    } catch (e) {
      button.disabled = false;
      this.showError(describeError(e, '确认'));
    }
  }
}
