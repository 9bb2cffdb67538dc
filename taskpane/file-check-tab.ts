// The 校验文件 tab (outside Excel): pick returns, see first how many to send back, then every file (failing first)
// with its issues grouped by sheet, repeated ones folded; filter by severity; export the problem list.

import type { SeverityFilter } from './view/issue-list';
import { allIssues, cancelledText, filesSummary, groupByFile, outcomeCounts, progressText, skippedText, splitPicked, type CheckedFile } from './view/file-list';
import { describeError } from './view/errors';
import { filesProblemRows } from './view/problems';
import { loadFileTools, pickedFile, supportHere } from './file-tools-loader';
import { newListState, renderFilters, sheetGroupElement } from './issue-dom';
import { FilePicker } from './file-picker';
import { Progress } from './progress';
import { renderOutcomes } from './outcomes-dom';
import { downloadProblems } from './download';
import { byId, clear, el, keepFocus, setHidden, setText } from './dom';
import { paneText } from '../src/core/messages';

export class FileCheckTab {
  private files: CheckedFile[] | null = null;
  private filter: SeverityFilter = 'all';
  private busy = false;
  private state = newListState();
  private readonly panel = byId('panel-files');
  private readonly picker = new FilePicker('fc-drop', 'fc-input', (files) => void this.check(files));
  private readonly progress = new Progress('fc');
  private readonly outcomes = byId('fc-outcomes');
  private readonly summary = byId('fc-summary');
  private readonly toolbar = byId('fc-toolbar');
  private readonly filters = byId('fc-filters');
  private readonly exportButton = byId<HTMLButtonElement>('fc-export');
  private readonly list = byId('fc-files');
  private readonly note = byId('fc-note');
  private readonly error = byId('fc-error');

  constructor() {
    const support = supportHere();
    if (!support.ok) {
      this.picker.setEnabled(false);
      this.showError(support.message);
    }
    this.exportButton.addEventListener('click', () => void this.exportProblems());
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
    const stop = this.progress.start(paneText('files/preparing'), xlsx.length > 1);
    try {
      const tools = await loadFileTools();
      const files = await tools.checkPickedFiles(
        xlsx.map(pickedFile),
        (done, total, file) => this.progress.show(progressText(done, total, file), done / total),
        undefined,
        stop,
      );
      if (stop.cancelled) {
        this.note.textContent = cancelledText(files.length, xlsx.length);
        setHidden(this.note, false);
      }
      this.files = files;
      this.filter = 'all';
      this.state = newListState();
    } catch (e) {
      this.showError(describeError(e, paneText('action/read-files')));
    } finally {
      this.busy = false;
      this.picker.setEnabled(true);
      this.progress.done();
      this.render();
    }
  }

  private showError(text: string): void {
    setText(this.error, text);
    setHidden(this.error, false);
  }

  private async exportProblems(): Promise<void> {
    if (this.files) await downloadProblems(filesProblemRows(this.files), new Date(), (text) => this.showError(text));
  }

  private render(): void {
    keepFocus(this.panel, () => this.renderNow());
  }

  private renderNow(): void {
    const files = this.files;
    renderOutcomes(this.outcomes, files ? outcomeCounts(files) : null);
    this.summary.textContent = files ? filesSummary(files) : '';
    setHidden(this.summary, !files);
    const issues = files ? allIssues(files) : null;
    renderFilters(this.filters, issues, this.filter, (f) => {
      this.filter = f;
      this.render();
    });
    const anything = !!files && files.some((f) => f.error || f.issues.length);
    setHidden(this.toolbar, !anything);
    setHidden(this.exportButton, !anything);
    clear(this.list);
    if (!files) return;
    const groups = groupByFile(files, this.filter);
    if (!groups.length) this.list.appendChild(el('p', 'empty', paneText('files/none-at-level')));
    for (const g of groups) {
      const section = el('section', 'file-group');
      section.setAttribute('data-outcome', g.outcome);
      const head = el('h3', `file-title tone-${g.tone}`);
      head.appendChild(el('span', 'status-dot'));
      head.appendChild(el('span', 'file-name', g.file));
      head.appendChild(el('span', 'file-counts', g.summary));
      section.appendChild(head);
      if (g.error) section.appendChild(el('p', 'result error file-error', g.error));
      else if (!g.sheets.length) section.appendChild(el('p', 'file-empty', g.hidden ? paneText('files/none-at-level-others', { count: g.hidden }) : paneText('check/none')));
      for (const s of g.sheets) section.appendChild(sheetGroupElement(s, {}, this.state, 'h4', g.file));
      this.list.appendChild(section);
    }
  }
}
