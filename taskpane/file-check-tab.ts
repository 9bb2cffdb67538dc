// The 校验文件 tab (outside Excel): pick returns, see every file's issues grouped by sheet, filter by severity.

import type { SeverityFilter } from './view/issue-list';
import { allIssues, filesSummary, groupByFile, progressText, skippedText, splitPicked, type CheckedFile } from './view/file-list';
import { describeError } from './view/errors';
import { loadFileTools, pickedFile, supportHere } from './file-tools-loader';
import { renderFilters, sheetGroupElement } from './issue-dom';
import { FilePicker } from './file-picker';
import { byId, clear, el, setHidden } from './dom';

export class FileCheckTab {
  private files: CheckedFile[] | null = null;
  private filter: SeverityFilter = 'all';
  private busy = false;
  private readonly picker = new FilePicker('fc-drop', 'fc-input', (files) => void this.check(files));
  private readonly progress = byId('fc-progress');
  private readonly summary = byId('fc-summary');
  private readonly filters = byId('fc-filters');
  private readonly list = byId('fc-files');
  private readonly note = byId('fc-note');
  private readonly error = byId('fc-error');

  constructor() {
    const support = supportHere();
    if (!support.ok) {
      this.picker.setEnabled(false);
      this.showError(support.message);
    }
    this.render();
  }

  async check(picked: File[]): Promise<void> {
    if (this.busy) return;
    const { xlsx, skipped } = splitPicked(picked);
    this.note.textContent = skippedText(skipped);
    setHidden(this.note, !skipped.length);
    setHidden(this.error, true);
    if (!xlsx.length) return;
    this.busy = true;
    this.picker.setEnabled(false);
    this.files = null;
    this.render();
    this.setProgress('正在准备读取……');
    try {
      const tools = await loadFileTools();
      this.files = await tools.checkPickedFiles(xlsx.map(pickedFile), (done, total, file) => this.setProgress(progressText(done, total, file)));
      this.filter = 'all';
    } catch (e) {
      this.showError(describeError(e, '读取文件'));
    } finally {
      this.busy = false;
      this.picker.setEnabled(true);
      this.setProgress('');
      this.render();
    }
  }

  private setProgress(text: string): void {
    this.progress.textContent = text;
    setHidden(this.progress, !text);
  }

  private showError(text: string): void {
    this.error.textContent = text;
    setHidden(this.error, false);
  }

  private render(): void {
    const files = this.files;
    this.summary.textContent = files ? filesSummary(files) : '';
    setHidden(this.summary, !files);
    renderFilters(this.filters, files ? allIssues(files) : null, this.filter, (f) => {
      this.filter = f;
      this.render();
    });
    clear(this.list);
    if (!files) return;
    for (const g of groupByFile(files, this.filter)) {
      const section = el('section', 'file-group');
      const head = el('h3', `file-title tone-${g.tone}`);
      head.appendChild(el('span', 'status-dot'));
      head.appendChild(el('span', 'file-name', g.file));
      head.appendChild(el('span', 'file-counts', g.summary));
      section.appendChild(head);
      if (g.error) section.appendChild(el('p', 'result error', g.error));
      else if (!g.sheets.length) section.appendChild(el('p', 'file-empty', g.hidden ? `此级别没有问题(其他级别 ${g.hidden} 项)。` : '没有发现问题。'));
      for (const s of g.sheets) section.appendChild(sheetGroupElement(s, {}, 'h4'));
      this.list.appendChild(section);
    }
  }
}
