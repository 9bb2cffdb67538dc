// The 新建申报表 tab: application type, cover fields, 创建申报表.

import type { AppTypeId } from '../src/core/types';
import type { PaneHost } from './host';
import { appTypeOptions, coverFields, coverValues, createOutcomeText, missingRequired, type FormField } from './view/create-form';
import { describeError } from './view/errors';
import { byId, clear, el, setClass, setHidden } from './dom';

export class CreateTab {
  private host: PaneHost | null = null;
  private fields: FormField[] = [];
  private readonly typed: Record<string, string> = {};
  private readonly select = byId<HTMLSelectElement>('app-type');
  private readonly summary = byId('app-type-summary');
  private readonly form = byId<HTMLFormElement>('cover-form');
  private readonly button = byId<HTMLButtonElement>('create');
  private readonly result = byId('create-result');
  private readonly options = appTypeOptions();

  constructor() {
    for (const o of this.options) {
      const opt = el('option', undefined, o.label);
      opt.value = o.id;
      this.select.appendChild(opt);
    }
    this.select.addEventListener('change', () => this.renderFields());
    this.button.addEventListener('click', () => void this.create());
    this.renderFields();
  }

  setHost(host: PaneHost | null): void {
    this.host = host;
    this.updateEnabled();
    if (host && !host.features().canCreate) this.showResult('此版本的 Excel 太旧,不能在这里创建或检查申报表。请用申报表模板(.xlsx)填写,保存后在浏览器中打开本助手,用“校验文件”检查。', true);
  }

  private updateEnabled(busy = false): void {
    const can = !!this.host && this.host.features().canCreate && !busy;
    this.button.disabled = !can;
    this.button.textContent = busy ? '正在创建……' : '创建申报表';
  }

  private appTypeId(): AppTypeId {
    return this.select.value as AppTypeId;
  }

  private renderFields(): void {
    this.readInputs();
    const id = this.appTypeId();
    this.summary.textContent = this.options.filter((o) => o.id === id)[0]?.summary ?? '';
    this.fields = coverFields(id, new Date());
    clear(this.form);
    for (const f of this.fields) this.form.appendChild(this.fieldElement(f));
  }

  private fieldElement(f: FormField): HTMLElement {
    const wrap = el('div', 'field');
    const label = el('label', undefined, f.label);
    label.htmlFor = `cover-${f.key}`;
    if (f.required) label.appendChild(el('span', 'required', '*'));
    wrap.appendChild(label);
    const value = this.typed[f.key] !== undefined ? this.typed[f.key] : f.value;
    let input: HTMLInputElement | HTMLSelectElement;
    if (f.kind === 'select') {
      const select = el('select', 'input');
      select.appendChild(el('option', undefined, '请选择'));
      (select.firstChild as HTMLOptionElement).value = '';
      for (const o of f.options ?? []) {
        const opt = el('option', undefined, o);
        opt.value = o;
        select.appendChild(opt);
      }
      select.value = value;
      input = select;
    } else {
      const text = el('input', 'input');
      text.type = f.kind === 'tel' ? 'tel' : f.kind === 'email' ? 'email' : 'text';
      if (f.kind === 'year') text.setAttribute('inputmode', 'numeric');
      if (f.maxLength) text.maxLength = f.maxLength;
      if (f.placeholder) text.placeholder = f.placeholder;
      text.value = value;
      input = text;
    }
    input.id = `cover-${f.key}`;
    input.name = f.key;
    wrap.appendChild(input);
    if (f.hint && f.kind !== 'select') wrap.appendChild(el('p', 'hint', f.hint));
    return wrap;
  }

  private readInputs(): Record<string, string> {
    for (const f of this.fields) {
      const input = document.getElementById(`cover-${f.key}`) as HTMLInputElement | HTMLSelectElement | null;
      if (input) this.typed[f.key] = input.value;
    }
    return this.typed;
  }

  private async create(): Promise<void> {
    if (!this.host) return;
    const raw = this.readInputs();
    const missing = missingRequired(this.fields, raw);
    this.updateEnabled(true);
    setHidden(this.result, true);
    try {
      const outcome = await this.host.createApplication(this.appTypeId(), coverValues(this.fields, raw));
      this.showResult(createOutcomeText(outcome, missing), false);
    } catch (e) {
      this.showResult(describeError(e, '创建申报表'), true);
    } finally {
      this.updateEnabled(false);
    }
  }

  private showResult(text: string, error: boolean): void {
    this.result.textContent = text;
    setClass(this.result, 'error', error);
    setHidden(this.result, false);
  }
}
