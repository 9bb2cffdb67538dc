// The 合并各市报表 tab (in Excel and in a browser): pick every city's returns, merge them as the CLI does, then
// write the result into the open workbook (Excel) and/or download it, and download the problem list.

import type { PaneHost } from './host';
import type { BrowserMerge } from './file-tools';
import { mergeView } from './view/merge-view';
import { progressText, skippedText, splitPicked } from './view/file-list';
import { describeError } from './view/errors';
import { loadFileTools, pickedFile, supportHere, type FileTools } from './file-tools-loader';
import { FilePicker } from './file-picker';
import { CSV_TYPE, download, XLSX_TYPE } from './download';
import { byId, clear, el, setClass, setHidden } from './dom';

export class MergeTab {
  private host: PaneHost | null = null;
  private busy = false;
  private merged: { tools: FileTools; merge: BrowserMerge } | null = null;
  private readonly picker = new FilePicker('merge-drop', 'merge-input', (files) => void this.merge(files));
  private readonly progress = byId('merge-progress');
  private readonly note = byId('merge-note');
  private readonly outcome = byId('merge-outcome');
  private readonly actions = byId('merge-actions');
  private readonly writeButton = byId<HTMLButtonElement>('merge-write');
  private readonly openButton = byId<HTMLButtonElement>('merge-open');
  private readonly downloadButton = byId<HTMLButtonElement>('merge-download');
  private readonly problemsButton = byId<HTMLButtonElement>('merge-problems');
  private readonly result = byId('merge-result');

  constructor() {
    const support = supportHere();
    if (!support.ok) {
      this.picker.setEnabled(false);
      this.showResult(support.message, true);
    }
    this.writeButton.addEventListener('click', () => void this.write());
    this.openButton.addEventListener('click', () => void this.openNew());
    this.downloadButton.addEventListener('click', () => void this.downloadMerged());
    this.problemsButton.addEventListener('click', () => this.downloadProblems());
    this.update();
  }

  setHost(host: PaneHost | null): void {
    this.host = host;
    this.update();
  }

  private update(): void {
    setHidden(this.actions, !this.merged);
    setHidden(this.writeButton, !this.host);
    setHidden(this.openButton, !this.host || !this.host.openWorkbook || !this.host.features().newWorkbook);
    // in Excel the primary action is writing into the workbook; in a browser it is the download
    setClass(this.downloadButton, 'primary', !this.host);
    for (const b of [this.writeButton, this.openButton, this.downloadButton, this.problemsButton]) b.disabled = this.busy;
    this.problemsButton.disabled = this.busy || !this.merged || this.merged.merge.plan.problems.length === 0;
  }

  async merge(picked: File[]): Promise<void> {
    if (this.busy) return;
    const { xlsx, skipped } = splitPicked(picked);
    this.note.textContent = skippedText(skipped);
    setHidden(this.note, !skipped.length);
    setHidden(this.result, true);
    if (!xlsx.length) return;
    this.busy = true;
    this.merged = null;
    clear(this.outcome);
    this.picker.setEnabled(false);
    this.update();
    this.setProgress('正在准备读取……');
    try {
      const tools = await loadFileTools();
      const merge = await tools.mergePickedFiles(xlsx.map(pickedFile), (done, total, file) =>
        this.setProgress(done < total ? progressText(done, total, file) : '正在生成合并结果……'),
      );
      this.merged = { tools, merge };
      this.renderOutcome();
    } catch (e) {
      this.showResult(describeError(e, '合并'), true);
    } finally {
      this.busy = false;
      this.picker.setEnabled(true);
      this.setProgress('');
      this.update();
    }
  }

  private renderOutcome(): void {
    clear(this.outcome);
    if (!this.merged) return;
    const v = mergeView(this.merged.merge.plan, this.merged.merge.mismatches);
    const head = el('div', `merge-headline tone-${v.tone}`);
    head.appendChild(el('span', 'status-dot'));
    head.appendChild(el('span', 'status-text', v.headline));
    this.outcome.appendChild(head);
    const ul = el('ul', 'merge-lines');
    for (const line of v.lines) ul.appendChild(el('li', `merge-line ${line.tone}`, line.text));
    this.outcome.appendChild(ul);
  }

  /** Runs one action on the merged result: busy while it runs, progress shown, a failure as one plain sentence. */
  private async act(progress: string, failure: string, action: (m: { tools: FileTools; merge: BrowserMerge }) => Promise<string | void>): Promise<void> {
    const merged = this.merged;
    if (!merged || this.busy) return;
    this.busy = true;
    this.update();
    setHidden(this.result, true);
    this.setProgress(progress);
    try {
      const done = await action(merged);
      if (done) this.showResult(done, false);
    } catch (e) {
      this.showResult(describeError(e, failure), true);
    } finally {
      this.busy = false;
      this.setProgress('');
      this.update();
    }
  }

  private write(): Promise<void> {
    const host = this.host;
    if (!host) return Promise.resolve();
    return this.act('正在写入当前工作簿……', '写入工作簿', async ({ tools, merge }) => {
      const sheets = tools.toSheetData(merge.workbook);
      const done = await host.writeSheets(sheets, (n, total) => this.setProgress(`正在写入当前工作簿 ${Math.round((n / Math.max(total, 1)) * 100)}%`));
      const renamed = Object.keys(done.renamed).map((k) => `“${k}”改名为“${done.renamed[k]}”`);
      return `已写入 ${done.written.length} 张工作表:${done.written.join('、')}。${renamed.length ? `因工作簿中已有同名工作表,${renamed.join('、')}。` : ''}`;
    });
  }

  /** The merged workbook exactly as the CLI writes it, opened by Excel as a new workbook. */
  private openNew(): Promise<void> {
    const host = this.host;
    if (!host || !host.openWorkbook) return Promise.resolve();
    const open = host.openWorkbook.bind(host);
    return this.act('正在生成新工作簿……', '打开新工作簿', async ({ tools, merge }) => {
      await open(await tools.workbookBytes(merge.workbook));
      return '合并结果已在新的 Excel 工作簿中打开。';
    });
  }

  private downloadMerged(): Promise<void> {
    return this.act('正在生成文件……', '生成合并结果', async ({ tools, merge }) => {
      download(await tools.workbookBytes(merge.workbook), tools.MERGED_FILE_NAME, XLSX_TYPE);
    });
  }

  private downloadProblems(): void {
    if (!this.merged) return;
    const { tools, merge } = this.merged;
    download(tools.problemsCsv(merge.plan.problems), tools.PROBLEMS_FILE_NAME, CSV_TYPE);
  }

  private setProgress(text: string): void {
    this.progress.textContent = text;
    setHidden(this.progress, !text);
  }

  private showResult(text: string, error: boolean): void {
    this.result.textContent = text;
    setClass(this.result, 'error', error);
    setHidden(this.result, false);
  }
}
