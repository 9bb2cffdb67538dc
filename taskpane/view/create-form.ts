// The 新建申报表 tab as data: the application types to choose from and the cover fields to fill.

import type { AppTypeId, ColumnDef } from '../../src/core/types';
import { APP_TYPES, appType, cover, tableDef } from '../../src/core/tables';

export interface AppTypeOption {
  id: AppTypeId;
  label: string;
  /** what 创建申报表 will add to the workbook */
  summary: string;
}

export function appTypeOptions(): AppTypeOption[] {
  return APP_TYPES.map((t) => {
    const required = t.tables.map((id) => tableDef(id).title);
    const optional = t.optionalTables.map((id) => `${tableDef(id).title}(可选)`);
    const tables = required.concat(optional);
    return {
      id: t.id,
      label: t.label,
      summary: `将创建“${cover.sheetName}”工作表${tables.length ? ',以及' + tables.join('、') : ''}。`,
    };
  });
}

export type InputKind = 'select' | 'text' | 'year' | 'date' | 'tel' | 'email';

export interface FormField {
  key: string;
  label: string;
  kind: InputKind;
  required: boolean;
  options?: string[];
  hint?: string;
  maxLength?: number;
  placeholder?: string;
  /** pre-filled value */
  value: string;
}

/** Filled by the pane itself (申报类型 from the chooser) or by the tool (模板版本): not shown as inputs. */
const NOT_INPUTS = new Set(['appType', 'templateVersion']);

function kindOf(f: ColumnDef): InputKind {
  switch (f.type) {
    case 'enum':
    case 'yesno':
      return 'select';
    case 'year':
      return 'year';
    case 'date':
      return 'date';
    case 'phone':
      return 'tel';
    case 'email':
      return 'email';
    default:
      return 'text';
  }
}

const pad = (n: number) => (n < 10 ? '0' : '') + n;
export const isoDate = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The cover fields to fill for an application type, with sensible defaults for the year and date. */
export function coverFields(appTypeId: AppTypeId, today: Date): FormField[] {
  const nameLabel = appType(appTypeId).nameLabel;
  return cover.fields
    .filter((f) => !NOT_INPUTS.has(f.key))
    .map((f) => {
      const kind = kindOf(f);
      let value = '';
      if (f.key === 'dataYear') value = String(today.getFullYear() - 1);
      if (f.key === 'date') value = isoDate(today);
      return {
        key: f.key,
        label: f.key === 'appName' ? nameLabel : f.header,
        kind,
        required: f.required === true,
        options: kind === 'select' ? (f.type === 'yesno' ? ['是', '否'] : f.enum ?? []) : undefined,
        hint: f.hint,
        maxLength: f.maxLength,
        placeholder: kind === 'date' ? '如 2018-06-01' : kind === 'year' ? '四位年份' : undefined,
        value,
      };
    });
}

/** The values to write on the cover sheet: trimmed, years as numbers, empty fields left out. */
export function coverValues(fields: FormField[], raw: Record<string, string>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const f of fields) {
    const v = (raw[f.key] ?? '').trim();
    if (!v) continue;
    out[f.key] = f.kind === 'year' && /^\d{4}$/.test(v) ? Number(v) : v;
  }
  return out;
}

/** Labels of required fields left empty: the pane mentions them, but creating still works (they can be filled in the sheet). */
export function missingRequired(fields: FormField[], raw: Record<string, string>): string[] {
  return fields.filter((f) => f.required && !(raw[f.key] ?? '').trim()).map((f) => f.label);
}

/** What 创建申报表 did, as the host reports it. */
export interface CreateOutcome {
  created: string[];
  /** sheets that already existed and were left untouched */
  skipped: string[];
  /** parts this Excel cannot add, by feature: dataValidation, freezePanes, pageLayout, names, ... */
  omitted: string[];
}

const OMITTED_LABEL: Record<string, string> = {
  dataValidation: '下拉列表和输入提示',
  freezePanes: '冻结表头',
  pageLayout: '打印设置',
  names: '下拉列表的数据来源',
  conditionalFormats: '错误单元格的标色',
};

/** The sentences shown after 创建申报表. */
export function createOutcomeText(o: CreateOutcome, missing: string[]): string {
  const parts: string[] = [];
  if (o.created.length) parts.push(`已创建:${o.created.join('、')}。请在各表中逐行填写,问题会显示在“校验”页。`);
  else parts.push('没有创建新的工作表。');
  if (o.skipped.length) parts.push(`工作簿中已有${o.skipped.map((s) => `“${s}”`).join('、')},未做改动。`);
  const omitted = o.omitted.map((k) => OMITTED_LABEL[k]).filter((x) => !!x);
  if (omitted.length) parts.push(`此版本的 Excel 不支持${omitted.join('、')},已省略。`);
  if (missing.length) parts.push(`“填报信息”中尚未填写:${missing.join('、')}。`);
  return parts.join('');
}
