// The 新建申报表 tab: application type, cover fields checked as they are typed, optional tables, 创建申报表,
// then 「去校验」.

import type { AppTypeId } from '../src/core/types';
import type { PaneHost } from './host';
import { appTypeOptions, coverFields, coverValues, createOutcomeText, fieldProblem, missingRequired, secondTypeProblem, type FormField } from './view/create-form';
import { workbookHolds } from './view/workbook';
import { describeError } from './view/errors';
import { byId, clear, el, setClass, setHidden, setText } from './dom';
import { TemplateDownloads } from './template-downloads';
import { listed, paneText } from '../src/core/messages';

export class CreateTab {
  private host: PaneHost | null = null;
  private fields: FormField[] = [];
  private readonly typed: Record<string, string> = {};
  /** optional tables the clerk left out, by table id */
  private readonly leftOut: Record<string, boolean> = {};
  private readonly select = byId<HTMLSelectElement>('app-type');
  private readonly summary = byId('app-type-summary');
  private readonly optional = byId('optional-tables');
  private readonly form = byId<HTMLFormElement>('cover-form');
  private readonly button = byId<HTMLButtonElement>('create');
  private readonly result = byId('create-result');
  private readonly goCheck = byId<HTMLButtonElement>('go-check');
  private readonly options = appTypeOptions();

  /** `showCheck` opens the 校验 tab (「去校验」) */
  constructor(private readonly showCheck: () => void) {
    for (const o of this.options) {
      const opt = el('option', undefined, o.label);
      opt.value = o.id;
      this.select.appendChild(opt);
    }
    this.select.addEventListener('change', () => this.renderFields());
    this.button.addEventListener('click', () => void this.create());
    this.goCheck.addEventListener('click', () => this.showCheck());
    // the same workbook as a file, for colleagues who fill it without the add-in
    new TemplateDownloads(byId('create-template-result')).addButton(byId<HTMLButtonElement>('create-template'), () => this.appTypeId());
    this.renderFields();
  }

  setHost(host: PaneHost | null): void {
    this.host = host;
    this.updateEnabled();
    setHidden(this.result, true);
    setHidden(this.goCheck, true);
    if (host && !host.features().canCreate) this.showResult(paneText('create/unavailable'), 'error');
  }

  private updateEnabled(busy = false): void {
    const can = !!this.host && this.host.features().canCreate && !busy;
    this.button.disabled = !can;
    this.button.textContent = paneText(busy ? 'create/creating' : 'action/create');
  }

  private appTypeId(): AppTypeId {
    return this.select.value as AppTypeId;
  }

  private renderFields(): void {
    this.readInputs();
    const id = this.appTypeId();
    const option = this.options.filter((o) => o.id === id)[0];
    this.summary.textContent = option ? option.summary : '';
    this.renderOptional(option ? option.optional : []);
    this.fields = coverFields(id, new Date());
    clear(this.form);
    for (const f of this.fields) this.form.appendChild(this.fieldElement(f));
  }

  /** 产业化基地: 骨干企业情况表 is optional; a box to leave it out. */
  private renderOptional(tables: { id: string; name: string }[]): void {
    clear(this.optional);
    setHidden(this.optional, !tables.length);
    for (const t of tables) {
      const label = el('label', 'check-option');
      const box = el('input');
      box.type = 'checkbox';
      box.id = `optional-${t.id}`;
      box.checked = !this.leftOut[t.id];
      box.addEventListener('change', () => (this.leftOut[t.id] = !box.checked));
      label.appendChild(box);
      label.appendChild(el('span', undefined, paneText('create/also-optional', { name: t.name })));
      this.optional.appendChild(label);
    }
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
      select.appendChild(el('option', undefined, paneText('create/choose')));
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
    const problem = el('p', 'field-error');
    problem.id = `cover-${f.key}-error`;
    setHidden(problem, true);
    wrap.appendChild(problem);
    if (f.hint && f.kind !== 'select') wrap.appendChild(el('p', 'hint', f.hint));
    // checked as typed with the engine's rules; shown once the clerk leaves the field or fixes it
    const check = () => this.showProblem(input, problem, fieldProblem(f, input.value));
    input.addEventListener('input', () => {
      // while typing, a shown problem follows the value (and goes when fixed); a new one waits for leaving the field
      if (!problem.hasAttribute('hidden')) check();
    });
    input.addEventListener('change', check);
    input.addEventListener('blur', check);
    if (value) this.showProblem(input, problem, fieldProblem(f, value));
    return wrap;
  }

  private showProblem(input: HTMLElement, problem: HTMLElement, text: string): void {
    setText(problem, text);
    setHidden(problem, !text);
    setClass(input, 'invalid', !!text);
    if (text) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', problem.id);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
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
    const host = this.host;
    const raw = this.readInputs();
    const wrong = this.fields.filter((f) => fieldProblem(f, raw[f.key] ?? ''));
    if (wrong.length) {
      this.showResult(paneText('create/fix-first', { fields: listed(wrong.map((f) => f.label)) }), 'error');
      const first = document.getElementById(`cover-${wrong[0].key}`);
      if (first) first.focus();
      return;
    }
    const missing = missingRequired(this.fields, raw);
    this.updateEnabled(true);
    setHidden(this.result, true);
    setHidden(this.goCheck, true);
    setClass(this.button, 'primary', true);
    const hadFocus = document.activeElement === this.button;
    try {
      if (host.sheetNames) {
        const problem = secondTypeProblem(this.appTypeId(), workbookHolds(await host.sheetNames()));
        if (problem) {
          this.showResult(problem, 'error');
          return;
        }
      }
      const leaveOut = Object.keys(this.leftOut).filter((k) => this.leftOut[k]);
      const outcome = await host.createApplication(this.appTypeId(), coverValues(this.fields, raw), leaveOut.length ? { leaveOut } : undefined);
      const said = createOutcomeText(outcome, missing);
      this.showResult(said.text, said.ok ? 'ok' : 'warning');
      setHidden(this.goCheck, !said.ok);
      // once created, 去校验 is the next step
      setClass(this.button, 'primary', !said.ok);
    } catch (e) {
      this.showResult(describeError(e, paneText('action/create')), 'error');
    } finally {
      this.updateEnabled(false);
      if (hadFocus) (this.goCheck.hasAttribute('hidden') ? this.button : this.goCheck).focus();
    }
  }

  private showResult(text: string, tone: 'ok' | 'warning' | 'error'): void {
    setText(this.result, text);
    this.result.className = tone === 'ok' ? 'result' : `result ${tone}`;
    setHidden(this.result, false);
  }
}
