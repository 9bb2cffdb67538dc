// Reading many files: a line saying which file, a bar, and 取消. Elements `${prefix}-progress` (the box),
// `-progress-text`, `-progress-bar` and `-cancel` in taskpane.html.

import type { StopSignal } from '../src/returns/picked-files';
import { byId, setHidden } from './dom';
import { paneText } from '../src/core/messages';

export class Progress {
  private readonly box: HTMLElement;
  private readonly text: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly cancel: HTMLButtonElement;
  private signal: StopSignal | null = null;

  constructor(prefix: string) {
    this.box = byId(`${prefix}-progress`);
    this.text = byId(`${prefix}-progress-text`);
    this.bar = byId(`${prefix}-progress-bar`);
    this.cancel = byId<HTMLButtonElement>(`${prefix}-cancel`);
    this.cancel.addEventListener('click', () => {
      if (!this.signal) return;
      this.signal.cancelled = true;
      this.cancel.disabled = true;
      this.text.textContent = paneText('pane/cancelling');
    });
  }

  /** Shows the box; the returned signal is set when the person clicks 取消 (no 取消 without one). */
  start(text: string, cancellable: boolean): StopSignal {
    this.signal = { cancelled: false };
    this.cancel.disabled = false;
    setHidden(this.cancel, !cancellable);
    this.show(text, 0);
    return this.signal;
  }

  /** `fraction` of the work done, 0..1; undefined leaves the bar as it is */
  show(text: string, fraction?: number): void {
    if (this.signal && this.signal.cancelled) return;
    this.text.textContent = text;
    if (fraction !== undefined) this.bar.style.width = `${Math.round(Math.max(0, Math.min(1, fraction)) * 100)}%`;
    setHidden(this.box, false);
  }

  /** no more cancelling: the last step (building the result) cannot stop half-way */
  uncancellable(): void {
    setHidden(this.cancel, true);
  }

  done(): void {
    this.signal = null;
    setHidden(this.box, true);
  }
}
