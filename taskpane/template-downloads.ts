// 下载空白申报表: the blank application workbooks generated in the page from the same form plan as
// `torch-tables template` (src/xlsx/template.ts, in the lazy file-tools chunk), saved through a download.
// The pane outside Excel and 火炬申报表助手.html show one button per application type (#templates); in Excel,
// 新建申报表 offers the selected type's workbook for colleagues without the add-in.

import { APP_TYPES } from '../src/core/tables';
import type { AppTypeId } from '../src/core/types';
import { loadFileTools } from './file-tools-loader';
import { download, XLSX_TYPE } from './download';
import { describeError } from './view/errors';
import { el, showResult } from './dom';
import { paneText } from '../src/core/messages';

export class TemplateDownloads {
  private readonly buttons: HTMLButtonElement[] = [];
  private busy = false;

  /** `result`: where the outcome of a download is said */
  constructor(private readonly result: HTMLElement) {}

  /** One button per application type, appended to `box`. */
  addTypeButtons(box: HTMLElement): void {
    for (const t of APP_TYPES) {
      const b = el('button', 'button', t.label);
      b.type = 'button';
      b.setAttribute('data-template', t.id);
      box.appendChild(b);
      this.addButton(b, () => t.id);
    }
  }

  /** A button downloading the type `which` names when it is clicked. */
  addButton(button: HTMLButtonElement, which: () => AppTypeId): void {
    button.addEventListener('click', () => void this.download(which()));
    this.buttons.push(button);
  }

  async download(id: AppTypeId): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.buttons.forEach((b) => (b.disabled = true));
    showResult(this.result, paneText('template/generating'), false);
    try {
      const tools = await loadFileTools();
      const bytes = await tools.templateBuffer(id);
      const name = tools.templateFileName(id);
      download(bytes, name, XLSX_TYPE);
      showResult(this.result, paneText('template/downloaded', { name }), false);
    } catch (e) {
      showResult(this.result, describeError(e, paneText('action/template')), true);
    } finally {
      this.busy = false;
      this.buttons.forEach((b) => (b.disabled = false));
    }
  }
}
