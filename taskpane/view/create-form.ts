// The 新建申报表 tab as data: the application types to choose from and the cover fields to fill.

import type { AppTypeId, ColumnDef, TableId } from '../../src/core/types';
import { APP_TYPES, appType, cover, tableDef } from '../../src/core/tables';
import { checkCell } from '../../src/core/checks/cell';
import { FEATURE_LABEL, listed, message, paneText, quotedList } from '../../src/core/messages';
import { NO, YES } from '../../src/core/form/constants';

export interface AppTypeOption {
  id: AppTypeId;
  label: string;
  /** what 创建申报表 will add to the workbook */
  summary: string;
  /** tables the clerk may leave out (产业化基地: 骨干企业情况表), with their sheet names */
  optional: { id: TableId; name: string }[];
}

export function appTypeOptions(): AppTypeOption[] {
  return APP_TYPES.map((t) => {
    const required = t.tables.map((id) => tableDef(id).title);
    const optional = t.optionalTables.map((id) => paneText('create/optional-table', { table: tableDef(id).title }));
    const tables = required.concat(optional);
    return {
      id: t.id,
      label: t.label,
      summary: paneText('create/summary', { sheet: cover.sheetName, more: tables.length ? paneText('create/summary-more', { tables: listed(tables) }) : '' }),
      optional: t.optionalTables.map((id) => ({ id, name: tableDef(id).shortName })),
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
        options: kind === 'select' ? (f.type === 'yesno' ? [YES, NO] : f.enum ?? []) : undefined,
        hint: f.hint,
        maxLength: f.maxLength,
        placeholder: kind === 'date' ? paneText('create/date-placeholder') : kind === 'year' ? paneText('create/year-placeholder') : undefined,
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

/**
 * What is wrong with one typed cover value, by the engine's own cell rules (phone, e-mail, year, date, lists), or ''.
 * Shown under its field, so the message does not name the field again.
 */
export function fieldProblem(f: FormField, raw: string): string {
  const v = raw.trim();
  if (!v) return '';
  const col = cover.fields.filter((c) => c.key === f.key)[0];
  if (!col) return '';
  const finding = checkCell(col, v).findings.filter((x) => x.severity === 'error')[0];
  if (!finding) return '';
  const text = message(finding.code, { field: col.header, ...finding.params });
  return text.replace(`「${col.header}」`, '').replace(/^，/, '');
}

/** What 创建申报表 did, as the host reports it. */
export interface CreateOutcome {
  created: string[];
  /** sheets that already existed and were left untouched */
  skipped: string[];
  /** parts this Excel cannot add, by feature: dataValidation, freezePanes, pageLayout, names, ... */
  omitted: string[];
}

/** Sheets a clerk works in: the tool's own (_lists, _torch, _marks) are never named. */
const visible = (names: string[]) => names.filter((n) => n.charAt(0) !== '_');

/** The sentences shown after 创建申报表; `ok` is false when nothing was created (the typed values were not written). */
export function createOutcomeText(o: CreateOutcome, missing: string[]): { text: string; ok: boolean } {
  const parts: string[] = [];
  const created = visible(o.created);
  const skipped = visible(o.skipped);
  if (created.length) parts.push(paneText('create/created', { sheets: listed(created) }));
  else parts.push(paneText('create/nothing-created'));
  if (skipped.length) {
    const coverKept = skipped.indexOf(cover.sheetName) >= 0 ? paneText('create/kept-cover', { sheet: cover.sheetName }) : '';
    parts.push(paneText('create/kept', { sheets: quotedList(skipped), cover: coverKept }));
  }
  const omitted = o.omitted.map((k) => FEATURE_LABEL[k]).filter((x) => !!x);
  if (omitted.length) parts.push(paneText('create/omitted', { features: listed(omitted) }));
  if (created.length && missing.length) parts.push(paneText('create/missing', { sheet: cover.sheetName, fields: listed(missing) }));
  return { text: parts.join(''), ok: created.length > 0 };
}

/**
 * Why 创建申报表 must not add this type to the open workbook (one application per workbook), or ''.
 * `fits` and `tables` come from view/workbook.ts.
 */
export function secondTypeProblem(appTypeId: AppTypeId, holds: { isReturn: boolean; tables: string[]; fits: AppTypeId[] }): string {
  if (!holds.isReturn || holds.fits.indexOf(appTypeId) >= 0) return '';
  const label = appType(appTypeId).label;
  return paneText('create/second-type', { tables: quotedList(holds.tables), label });
}
