// One data row: every cell against its column, then the table's row rules (≤ relations, conditional requirements).

import type { CellInput, ColumnDef, Condition, Confirmation, FieldValue, Issue, NormalRow, RowInput, RowRule, TableDef, TableLayout } from '../types';
import { message, MessageParams } from '../messages';
import { formatNumber, contentText, unwrapCell } from '../normalise';
import { checkCell, Finding } from './cell';
import { fieldHeader } from '../tables';

export interface RowCheck {
  normal: NormalRow;
  issues: Issue[];
}

/** Everything needed to place an issue in a sheet. */
export interface Place {
  sheet: string;
  row: number;
  column?: string;
  field?: string;
}

export function makeIssue(f: Finding, place: Place, value?: string): Issue {
  const params = { field: place.field, value, ...f.params };
  const issue: Issue = { code: f.code, severity: f.severity, sheet: place.sheet, row: place.row, message: message(f.code, params) };
  if (place.column) issue.column = place.column;
  if (place.field) issue.field = place.field;
  if (value !== undefined && value !== '') issue.value = value;
  if (f.confirmed) issue.confirmed = true;
  return issue;
}

function holds(cond: Condition, values: Record<string, FieldValue>): boolean {
  const v = values[cond.field];
  return typeof v === 'string' && cond.in.includes(v);
}

export function isRequired(col: ColumnDef, values: Record<string, FieldValue>): boolean {
  if (col.required === true) return true;
  if (col.required && typeof col.required === 'object') return holds(col.required, values);
  return false;
}

export function checkRow(def: TableDef, layout: TableLayout, input: RowInput, confirmations?: ReadonlyMap<string, Confirmation>): RowCheck {
  const values: Record<string, FieldValue> = {};
  const issues: Issue[] = [];
  const place = (col: ColumnDef): Place => ({ sheet: layout.sheet, row: input.row, column: layout.columns[col.key], field: col.header });
  const displays: Record<string, string> = {};
  for (const col of def.columns) {
    if (!(col.key in layout.columns)) continue;
    const r = checkCell(col, input.values[col.key], confirmations);
    values[col.key] = r.value;
    displays[col.key] = r.display;
    for (const f of r.findings) issues.push(makeIssue(f, place(col), r.display));
  }
  // Conditional requirements need the row's other values, so they run after every cell is read.
  for (const col of def.columns) {
    if (!(col.key in layout.columns)) continue;
    if (displays[col.key] === '' && isRequired(col, values)) issues.push(makeIssue({ code: 'cell/required', severity: 'error' }, place(col)));
    if (col.emptyWhen && displays[col.key] !== '' && holds(col.emptyWhen, values)) {
      issues.push(makeIssue({ code: 'cell/must-be-empty', severity: 'warning', params: { category: String(values[col.emptyWhen.field]) } }, place(col), displays[col.key]));
    }
  }
  for (const rule of def.rowRules) {
    const f = checkRule(rule, values, def);
    if (f) {
      const col = def.columns.find((c) => c.key === rule.field)!;
      if (col.key in layout.columns) issues.push(makeIssue(f, place(col), displays[col.key]));
    }
  }
  return { normal: { row: input.row, values, extras: carryExtras(input) }, issues };
}

function checkRule(rule: RowRule, values: Record<string, FieldValue>, def: TableDef): Finding | undefined {
  const header = (key: string) => fieldHeader(def.columns, key);
  if (rule.kind === 'not-greater') {
    const a = values[rule.field];
    const b = values[rule.than];
    if (typeof a !== 'number' || typeof b !== 'number') return undefined;
    const converted = a * (rule.factor ?? 1);
    if (converted <= b + 1e-9) return undefined;
    const params: MessageParams = { other: header(rule.than), otherValue: formatNumber(b), converted: formatNumber(converted) };
    return { code: rule.message ?? 'row/not-greater', severity: rule.severity, params };
  }
  if (!holds(rule.when, values)) return undefined;
  const v = values[rule.field];
  if (v === null || v === undefined || v === rule.equals) return undefined;
  const whenValue = String(values[rule.when.field]);
  return { code: rule.message ?? 'row/expected', severity: rule.severity, params: { when: header(rule.when.field), whenValue, expected: rule.equals } };
}

function carryExtras(input: RowInput): Record<string, string> {
  const out: Record<string, string> = {};
  if (!input.extras) return out;
  for (const [header, v] of Object.entries(input.extras)) {
    const text = contentText(unwrapCell(v));
    if (text !== '') out[header] = text;
  }
  return out;
}

/**
 * Whether a cell holds something a person put there. A formula copied down a column that works out to 0, FALSE
 * or nothing on an unused row does not count, nor does a missing cached result.
 */
function filledIn(v: CellInput): boolean {
  if (v && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    const r = (v as { result?: CellInput }).result;
    return r !== 0 && r !== false && r !== undefined && unwrapCell(r).kind !== 'empty';
  }
  return unwrapCell(v).kind !== 'empty';
}

/**
 * A row that is not a data row: nothing filled in but a prepared 序号 (or computed defaults). Both readers and
 * the table checker use this one rule, so a file and the open workbook count the same rows.
 */
export function isBlankRow(input: RowInput): boolean {
  for (const key in input.values) if (key !== 'serial' && filledIn(input.values[key])) return false;
  if (input.extras) for (const key in input.extras) if (filledIn(input.extras[key])) return false;
  return true;
}
