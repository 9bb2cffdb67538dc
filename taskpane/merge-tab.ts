// The 合并各市报表 tab (in Excel and in a browser): pick every city's returns, merge them as the CLI does, see
// who must be sent back, then write the result into the open workbook (Excel), open or download it, and
// download the problem list.

import type { PaneHost } from './host';
import type { BrowserMerge } from './file-tools';
import { mergeView } from './view/merge-view';
import { progressText, skippedText, splitPicked } from './view/file-list';
import { describeError } from './view/errors';
import { datedName } from './view/names';
import { workbookHolds } from './view/workbook';
import { loadFileTools, pickedFile, supportHere, type FileTools } from './file-tools-loader';
import { FilePicker } from './file-picker';
import { Progress } from './progress';
import { renderMergeOutcome } from './merge-outcome-dom';
import { download, downloadProblems, XLSX_TYPE } from './download';
import { byId, clear, el, holdFocus, keepFocus, setClass, setHidden, showResult } from './dom';

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
    if (host && host.sheetNames) {
      host.sheetNames().then(
        (names) => {
          this.intoReturn = workbookHolds(names).isReturn;
          this.update();
        },
        () => undefined,
      );
    }
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
      ? `当前工作簿是一份申报表。「写入当前工作簿」会在其中加入 ${n} 张全省汇总的工作表，建议改为在新工作簿中打开或下载。`
      : `「写入当前工作簿」会在当前工作簿中加入 ${n} 张工作表：${this.merged ? this.merged.sheets.join('、') : ''}。`;
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
    const stop = this.progress.start('正在准备读取……', xlsx.length > 1);
    try {
      const tools = await loadFileTools();
      const merge = await tools.mergePickedFiles(
        xlsx.map(pickedFile),
        (done, total, file) => {
          if (done < total) this.progress.show(progressText(done, total, file), done / total);
          else {
            this.progress.uncancellable();
            this.progress.show('正在生成合并结果……', 1);
          }
        },
        undefined,
        stop,
      );
      if (!merge) {
        showResult(this.result, '已取消合并，没有生成任何结果。', false);
        return;
      }
      // the names only: toSheetData would copy every row of the workbook for them
      this.merged = { tools, merge, sheets: merge.workbook.worksheets.map((ws) => ws.name), at: new Date() };
      renderMergeOutcome(this.outcome, this.details, mergeView(merge.plan, merge.mismatches));
    } catch (e) {
      showResult(this.result, describeError(e, '合并'), true);
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
      `工作簿中已有 ${existing.length} 张同名的工作表（${existing.slice(0, 3).join('、')}${existing.length > 3 ? ' 等' : ''}），可能是上次写入的。替换它们吗？`,
      [
        { label: '替换', primary: true, run: () => this.writeNow(true) },
        { label: '保留，另加新表', run: () => this.writeNow(false) },
        { label: '取消', run: () => Promise.resolve(this.writeButton.focus()) },
      ],
    );
  }

  private writeNow(replace: boolean): Promise<void> {
    const host = this.host;
    this.closeQuestion();
    if (!host) return Promise.resolve();
    return this.act('正在写入当前工作簿……', '写入工作簿', async ({ tools, merge }) => {
      const sheets = tools.toSheetData(merge.workbook);
      const done = await host.writeSheets(sheets, (n, total) => this.progress.show(`正在写入当前工作簿 ${Math.round((n / Math.max(total, 1)) * 100)}%`, n / Math.max(total, 1)), { replace });
      const renamed = Object.keys(done.renamed).map((k) => `「${k}」改名为「${done.renamed[k]}」`);
      return `已${replace ? '替换并' : ''}写入 ${done.written.length} 张工作表：${done.written.join('、')}。${renamed.length ? `因工作簿中已有同名工作表，${renamed.join('、')}。` : ''}`;
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
    return this.act('正在生成新工作簿……', '打开新工作簿', async ({ tools, merge }) => {
      const file = await tools.workbookFile(merge.workbook, XLSX_TYPE);
      await open(new Uint8Array(await file.arrayBuffer()));
      return '合并结果已在新的 Excel 工作簿中打开。';
    });
  }

  private downloadMerged(): Promise<void> {
    return this.act('正在生成文件……', '生成合并结果', async ({ tools, merge, at }) => {
      download(await tools.workbookFile(merge.workbook, XLSX_TYPE), datedName(tools.MERGED_FILE_NAME, at), XLSX_TYPE);
    });
  }

  private async downloadProblems(): Promise<void> {
    if (!this.merged) return;
    const { merge, at } = this.merged;
    try {
      await downloadProblems(merge.plan.problems, at);
    } catch (e) {
      showResult(this.result, describeError(e, '导出问题清单'), true);
    }
  }
}
