// The 合并各市报表 tab (in Excel and in a browser): pick every city's returns, merge them as the CLI does, see
// who must be sent back, then write the result into the open workbook (Excel), open or download it, and
// download the problem list.

import type { PaneHost } from './host';
import type { BrowserMerge } from './file-tools';
import { mergeView } from './view/merge-view';
import { progressText, skippedText, splitPicked } from './view/file-list';
import { describeError } from './view/errors';
import { datedName } from './view/names';
import type { WorkbookHolds } from './view/workbook';
import { loadFileTools, pickedFile, supportHere, type FileTools } from './file-tools-loader';
import { FilePicker } from './file-picker';
import { Progress } from './progress';
import { renderMergeOutcome } from './merge-outcome-dom';
import { download, downloadProblems, XLSX_TYPE } from './download';
import { byId, clear, el, holdFocus, keepFocus, setClass, setHidden, showResult } from './dom';
import { listed, paneText } from '../src/core/messages';

interface Merged {
  tools: FileTools;
  merge: BrowserMerge;
  /** the sheets 写入当前工作簿 adds */
  sheets: string[];
  at: Date;
}

export class MergeTab {
  private host: PaneHost | null = null;
  private busy = false;
  private merged: Merged | null = null;
  /** the open workbook is itself a return: writing the province's sheets into it is not the main action */
  private intoReturn = false;
  private readonly panel = byId('panel-merge');
  private readonly picker = new FilePicker('merge-drop', 'merge-input', (files) => void this.merge(files));
  private readonly progress = new Progress('merge');
  private readonly note = byId('merge-note');
  private readonly outcome = byId('merge-outcome');
  private readonly details = byId('merge-details');
  private readonly actions = byId('merge-actions');
  private readonly writeHint = byId('merge-write-hint');
  private readonly writeButton = byId<HTMLButtonElement>('merge-write');
  private readonly openButton = byId<HTMLButtonElement>('merge-open');
  private readonly downloadButton = byId<HTMLButtonElement>('merge-download');
  private readonly problemsButton = byId<HTMLButtonElement>('merge-problems');
  private readonly ask = byId('merge-ask');
  private readonly result = byId('merge-result');

  constructor() {
    const support = supportHere();
    if (!support.ok) {
      this.picker.setEnabled(false);
      showResult(this.result, support.message, true);
    }
    this.writeButton.addEventListener('click', () => void this.write());
    this.openButton.addEventListener('click', () => void this.openNew());
    this.downloadButton.addEventListener('click', () => void this.downloadMerged());
    this.problemsButton.addEventListener('click', () => void this.downloadProblems());
    this.update();
  }

  setHost(host: PaneHost | null): void {
    this.host = host;
    this.intoReturn = false;
    this.update();
  }

  /** What the open workbook holds, once the pane has read its sheet names. */
  setWorkbook(holds: WorkbookHolds): void {
    this.intoReturn = holds.isReturn;
    this.update();
  }

  private canOpen(): boolean {
    return !!this.host && !!this.host.openWorkbook && !!this.host.features().newWorkbook;
  }

  private update(): void {
    keepFocus(this.panel, () => {
      setHidden(this.actions, !this.merged);
      setHidden(this.writeButton, !this.host);
      setHidden(this.openButton, !this.canOpen());
      // the main action: writing into an ordinary workbook in Excel; a new workbook (or the download) when the open
      // workbook is a city's return or outside Excel
      const main = !this.host ? this.downloadButton : this.intoReturn ? (this.canOpen() ? this.openButton : this.downloadButton) : this.writeButton;
      for (const b of [this.writeButton, this.openButton, this.downloadButton]) setClass(b, 'primary', b === main);
      // the main action first
      if (main.parentNode === this.actions && this.actions.firstChild !== main) this.actions.insertBefore(main, this.actions.firstChild);
      this.writeHint.textContent = this.writeHintText();
      setHidden(this.writeHint, !this.host || !this.merged);
      for (const b of [this.writeButton, this.openButton, this.downloadButton, this.problemsButton]) b.disabled = this.busy;
      this.problemsButton.disabled = this.busy || !this.merged || this.merged.merge.plan.problems.length === 0;
    });
  }

  private writeHintText(): string {
    const n = this.merged ? this.merged.sheets.length : 0;
    return this.intoReturn
      ? paneText('merge/write-hint-return', { count: n })
      : paneText('merge/write-hint', { count: n, sheets: this.merged ? listed(this.merged.sheets) : '' });
  }

  async merge(picked: File[]): Promise<void> {
    if (this.busy) return;
    const { xlsx, skipped } = splitPicked(picked);
    this.note.textContent = skippedText(skipped);
    setHidden(this.note, !skipped.length);
    setHidden(this.result, true);
    this.closeQuestion();
    if (!xlsx.length) return;
    this.busy = true;
    this.merged = null;
    clear(this.outcome);
    clear(this.details);
    this.picker.setEnabled(false);
    this.update();
    const stop = this.progress.start(paneText('files/preparing'), xlsx.length > 1);
    try {
      const tools = await loadFileTools();
      const merge = await tools.mergePickedFiles(
        xlsx.map(pickedFile),
        (done, total, file) => {
          if (done < total) this.progress.show(progressText(done, total, file), done / total);
          else {
            this.progress.uncancellable();
            this.progress.show(paneText('merge/generating'), 1);
          }
        },
        undefined,
        stop,
      );
      if (!merge) {
        showResult(this.result, paneText('merge/cancelled'), false);
        return;
      }
      // the names only: toSheetData would copy every row of the workbook for them
      this.merged = { tools, merge, sheets: merge.workbook.worksheets.map((ws) => ws.name), at: new Date() };
      renderMergeOutcome(this.outcome, this.details, mergeView(merge.plan, merge.mismatches));
    } catch (e) {
      showResult(this.result, describeError(e, paneText('action/merge')), true);
    } finally {
      this.busy = false;
      this.picker.setEnabled(true);
      this.progress.done();
      this.update();
    }
  }

  /** Runs one action on the merged result: busy while it runs, a failure as one plain sentence next to the buttons. */
  private act(progress: string, failure: string, action: (m: Merged) => Promise<string | void>): Promise<void> {
    return holdFocus(() => this.actNow(progress, failure, action));
  }

  private async actNow(progress: string, failure: string, action: (m: Merged) => Promise<string | void>): Promise<void> {
    const merged = this.merged;
    if (!merged || this.busy) return;
    this.busy = true;
    this.update();
    setHidden(this.result, true);
    this.progress.start(progress, false);
    try {
      const done = await action(merged);
      if (done) showResult(this.result, done, false);
    } catch (e) {
      showResult(this.result, describeError(e, failure), true);
    } finally {
      this.busy = false;
      this.progress.done();
      this.update();
    }
  }

  /** Writes into the open workbook; when our sheets of an earlier write are there, asks first whether to replace them. */
  private async write(): Promise<void> {
    const host = this.host;
    if (!host || !this.merged || this.busy) return;
    this.closeQuestion();
    setHidden(this.result, true);
    let existing: string[] = [];
    if (host.sheetNames) {
      try {
        const names = await host.sheetNames();
        existing = this.merged.sheets.filter((s) => names.indexOf(s) >= 0);
      } catch {
        existing = [];
      }
    }
    if (!existing.length) return this.writeNow(false);
    this.question(
      paneText('merge/replace-question', { count: existing.length, sheets: listed(existing.slice(0, 3)), more: existing.length > 3 ? paneText('merge/replace-more') : '' }),
      [
        { label: paneText('merge/replace'), primary: true, run: () => this.writeNow(true) },
        { label: paneText('merge/keep'), run: () => this.writeNow(false) },
        { label: paneText('action/cancel'), run: () => Promise.resolve(this.writeButton.focus()) },
      ],
    );
  }

  private writeNow(replace: boolean): Promise<void> {
    const host = this.host;
    this.closeQuestion();
    if (!host) return Promise.resolve();
    return this.act(paneText('merge/writing'), paneText('action/write'), async ({ tools, merge }) => {
      const sheets = tools.toSheetData(merge.workbook);
      const done = await host.writeSheets(sheets, (n, total) => this.progress.show(paneText('merge/writing-percent', { percent: Math.round((n / Math.max(total, 1)) * 100) }), n / Math.max(total, 1)), { replace });
      const renamed = Object.keys(done.renamed).map((k) => paneText('merge/renamed-one', { from: k, to: done.renamed[k] }));
      return paneText('merge/written', {
        replaced: replace ? paneText('merge/written-replaced') : '',
        count: done.written.length,
        sheets: listed(done.written),
        renamed: renamed.length ? paneText('merge/renamed', { renamed: listed(renamed) }) : '',
      });
    });
  }

  /** An in-pane question (Office add-ins cannot use window.confirm); the first choice gets the focus. */
  private question(text: string, choices: { label: string; primary?: boolean; run: () => Promise<void> }[]): void {
    clear(this.ask);
    this.ask.appendChild(el('p', undefined, text));
    const row = el('div', 'actions');
    for (const c of choices) {
      const b = el('button', c.primary ? 'button primary' : 'button', c.label);
      b.type = 'button';
      b.addEventListener('click', () => {
        this.closeQuestion();
        void c.run();
      });
      row.appendChild(b);
    }
    this.ask.appendChild(row);
    setHidden(this.ask, false);
    (row.firstChild as HTMLElement).focus();
  }

  private closeQuestion(): void {
    clear(this.ask);
    setHidden(this.ask, true);
  }

  /** The merged workbook exactly as the CLI writes it, opened by Excel as a new workbook. */
  private openNew(): Promise<void> {
    const host = this.host;
    if (!host || !host.openWorkbook) return Promise.resolve();
    const open = host.openWorkbook.bind(host);
    return this.act(paneText('merge/opening'), paneText('action/open-new'), async ({ tools, merge }) => {
      const file = await tools.workbookFile(merge.workbook, XLSX_TYPE);
      await open(new Uint8Array(await file.arrayBuffer()));
      return paneText('merge/opened');
    });
  }

  private downloadMerged(): Promise<void> {
    return this.act(paneText('merge/generating-file'), paneText('action/generate'), async ({ tools, merge, at }) => {
      download(await tools.workbookFile(merge.workbook, XLSX_TYPE), datedName(tools.MERGED_FILE_NAME, at), XLSX_TYPE);
    });
  }

  private async downloadProblems(): Promise<void> {
    if (this.merged) await downloadProblems(this.merged.merge.plan.problems, this.merged.at, (text) => showResult(this.result, text, true));
  }
}
