// 刷新汇总 (Excel only): creates or refreshes the 汇总 sheet of the open application workbook.

import type { PaneHost } from './host';
import { describeError } from './view/errors';
import { byId, holdFocus, setHidden, showResult } from './dom';
import { paneText } from '../src/core/messages';

export class SummaryButton {
  private host: PaneHost | null = null;
  private busy = false;
  private readonly button = byId<HTMLButtonElement>('refresh-summary');
  private readonly result = byId('summary-result');

  constructor() {
    this.button.addEventListener('click', () => void holdFocus(() => this.refresh()));
  }

  setHost(host: PaneHost | null): void {
    this.host = host;
    setHidden(this.result, true);
    this.update();
  }

  private update(): void {
    this.button.disabled = !this.host || !this.host.features().canCheck || this.busy;
    this.button.textContent = paneText(this.busy ? 'summary/busy' : 'action/summary');
  }

  async refresh(): Promise<void> {
    if (!this.host || !this.host.features().canCheck || this.busy) return;
    this.busy = true;
    this.update();
    setHidden(this.result, true);
    try {
      const sheet = await this.host.refreshSummary();
      showResult(this.result, paneText('summary/updated', { sheet }), false);
    } catch (e) {
      showResult(this.result, describeError(e, paneText('action/summary')), true);
    } finally {
      this.busy = false;
      this.update();
    }
  }
}
