// The 校验 tab: status line, severity filter, issues grouped by sheet (repeated ones folded), 全表检查,
// 确认无误 in two steps and the 已确认 list, problem list export.

import type { Issue } from '../src/core/types';
import type { PaneHost } from './host';
import { confirmedCodes, countOpenIssues, filterIssues, groupBySheet, type SeverityFilter } from './view/issue-list';
import { confirmedElement, newListState, renderFilters, sheetGroupElement, type IssueActions } from './issue-dom';
import { statusView } from './view/status';
import { describeError } from './view/errors';
import { workbookProblemRows } from './view/problems';
import { downloadProblems } from './download';
import { byId, clear, el, keepFocus, setHidden, setText } from './dom';
import { message, paneText } from '../src/core/messages';

export class CheckTab {
  private host: PaneHost | null = null;
  private unsubscribe: (() => void) | null = null;
  private issues: Issue[] | null = null;
  private checkedAt: Date | undefined;
  private filter: SeverityFilter = 'all';
  private checking = false;
  private readonly state = newListState();
  private readonly panel = byId('panel-check');
  private readonly statusBox = byId('status-text').parentElement as HTMLElement;
  private readonly statusText = byId('status-text');
  private readonly statusNote = byId('status-note');
  private readonly filters = byId('filters');
  private readonly list = byId('issues');
  private readonly button = byId<HTMLButtonElement>('full-check');
  private readonly exportButton = byId<HTMLButtonElement>('check-export');
  private readonly error = byId('check-error');

  /** called with the open-issue counts whenever they change (for the tab's badge) */
  constructor(private readonly onCounts: (errors: number, warnings: number) => void) {
    this.button.addEventListener('click', () => void this.fullCheck(true));
    this.exportButton.addEventListener('click', () => void this.exportProblems());
    this.render();
  }

  setHost(host: PaneHost | null): void {
    if (this.unsubscribe) this.unsubscribe();
    this.unsubscribe = null;
    this.host = host;
    this.issues = null;
    this.checkedAt = undefined;
    this.showError('');
    if (host) this.unsubscribe = host.onIssues((issues) => this.setIssues(issues), (e) => this.showError(describeError(e, paneText('action/auto-check'))));
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
    const hadFocus = document.activeElement === this.button;
    this.checking = true;
    this.render();
    try {
      this.setIssues(await this.host.fullCheck({ marks }));
    } catch (e) {
      this.showError(describeError(e, paneText('action/check')));
    } finally {
      this.checking = false;
      this.render();
      // the button was disabled while checking, which takes the focus away from it
      if (hadFocus) this.button.focus();
    }
  }

  private canCheck(): boolean {
    return !!this.host && this.host.features().canCheck;
  }

  /** A check that succeeded (ours or one the host ran as the person typed) clears the error of an earlier one. */
  private setIssues(issues: Issue[]): void {
    this.issues = issues;
    this.checkedAt = new Date();
    this.showError('');
    this.render();
  }

  /** The error box sits under the status line, next to 全表检查; '' hides it. */
  private showError(text: string): void {
    setText(this.error, text);
    setHidden(this.error, !text);
  }

  private render(): void {
    keepFocus(this.panel, () => {
      this.renderStatus();
      this.renderFilters();
      this.renderList();
    });
  }

  private renderStatus(): void {
    const features = this.host ? this.host.features() : null;
    const counts = this.issues ? countOpenIssues(this.issues) : null;
    const mode = features && !features.canCheck ? 'unavailable' : features && features.liveChecking ? 'live' : 'manual';
    const status = statusView({ counts, mode, checking: this.checking, checkedAt: this.checkedAt });
    this.statusText.textContent = status.text;
    this.statusBox.className = `status tone-${status.tone}`;
    const stale = this.host && this.host.marksStale && this.host.marksStale() ? message('excel/marks-stale') : '';
    this.statusNote.textContent = this.host ? [status.note ?? '', stale].filter(Boolean).join(' ') : '';
    this.button.disabled = !this.canCheck() || this.checking;
    setHidden(this.exportButton, !counts || counts.errors + counts.warnings + counts.notices === 0);
    this.onCounts(counts ? counts.errors : 0, counts ? counts.warnings : 0);
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
      this.list.appendChild(el('p', 'empty', paneText(all ? 'check/none-at-level' : 'check/none')));
    }
    const actions: IssueActions = {
      select: (target) => {
        if (this.host) this.host.selectCell(target.sheet, target.address).catch((e) => this.showError(describeError(e, paneText('action/select-cell'))));
      },
      confirm: (code, button) => void this.confirm(code, button),
    };
    for (const group of groupBySheet(shown)) this.list.appendChild(sheetGroupElement(group, actions, this.state));
    const confirmed = confirmedCodes(this.issues);
    if (confirmed.length) {
      const withdraw = this.host && this.host.withdrawCode ? (code: string, b: HTMLButtonElement) => void this.withdraw(code, b) : undefined;
      this.list.appendChild(confirmedElement(confirmed, withdraw));
    }
  }

  private async confirm(code: string, button: HTMLButtonElement): Promise<void> {
    if (!this.host) return;
    await this.recordChange(button, paneText('action/confirm'), () => this.host!.confirmCode(code), `withdraw:${code}`);
  }

  private async withdraw(code: string, button: HTMLButtonElement): Promise<void> {
    if (!this.host || !this.host.withdrawCode) return;
    const host = this.host;
    await this.recordChange(button, paneText('action/withdraw'), () => host.withdrawCode!(code), `confirm:${code}`);
  }

  /**
   * Confirm or withdraw (the host checks again and its listeners get the new list), then put the focus on the
   * entry's new place.
   */
  private async recordChange(button: HTMLButtonElement, action: string, change: () => Promise<void>, focusKey: string): Promise<void> {
    button.disabled = true;
    try {
      await change();
      const moved = this.list.querySelector(`[data-focus="${focusKey}"]`) as HTMLElement | null;
      if (moved) moved.focus();
    } catch (e) {
      button.disabled = false;
      this.showError(describeError(e, action));
    }
  }

  private async exportProblems(): Promise<void> {
    if (this.issues) await downloadProblems(workbookProblemRows(this.issues), new Date(), (text) => this.showError(text));
  }
}
