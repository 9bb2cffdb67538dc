// One table's checks, kept up to date row by row: a changed row is re-checked alone, while uniqueness
// and the 合计 sums are maintained incrementally (indexes and running sums), never recomputed from scratch.

import type { Confirmation, Issue, NormalRow, RowInput, TableDef, TableLayout } from '../types';
import { checkRow, isBlankRow, makeIssue } from './row';
import { checkCell } from './cell';
import { nameKey, formatNumber } from '../normalise';
import { message } from '../messages';
import { fieldHeader } from '../tables';

interface Entry {
  normal: NormalRow;
  issues: Issue[];
}

/** Fields whose number was typed as text: Excel's SUM leaves those out of a 合计 formula. */
function textNumberKeys(def: TableDef, issues: Issue[]): string[] {
  return issues.filter((i) => i.code === 'cell/number-as-text').map((i) => def.columns.find((c) => c.header === i.field)!.key);
}

export class TableChecker {
  private readonly entries = new Map<number, Entry>();
  /** per unique column: key -> row numbers holding it */
  private readonly indexes = new Map<string, Map<string, Set<number>>>();
  /** running sums of numeric columns and counts of 是 */
  private readonly sums = new Map<string, number>();
  /** the part of each sum that was typed as text */
  private readonly textSums = new Map<string, number>();
  private readonly confirmations: ReadonlyMap<string, Confirmation>;
  private total: { input: RowInput } | undefined;

  constructor(readonly def: TableDef, readonly layout: TableLayout, confirmations: Confirmation[] = []) {
    this.confirmations = new Map(confirmations.map((c) => [c.code.toUpperCase(), c]));
    for (const col of def.columns) {
      if (col.unique && col.key in layout.columns) this.indexes.set(col.key, new Map());
      if (summable(col.type) && col.key in layout.columns) this.sums.set(col.key, 0);
    }
  }

  /** Upsert rows by sheet row number; a row whose values are all empty is removed. */
  setRows(rows: RowInput[]): void {
    for (const input of rows) {
      this.remove(input.row);
      if (isBlankRow(input)) continue;
      const { normal, issues } = checkRow(this.def, this.layout, input, this.confirmations);
      this.entries.set(input.row, { normal, issues });
      this.account(normal, issues, +1);
    }
  }

  removeRows(rowNumbers: number[]): void {
    for (const r of rowNumbers) this.remove(r);
  }

  setTotal(total: RowInput | undefined): void {
    this.total = total ? { input: total } : undefined;
  }

  get size(): number {
    return this.entries.size;
  }

  normalRows(): NormalRow[] {
    return [...this.entries.values()].map((e) => e.normal).sort((a, b) => a.row - b.row);
  }

  /** Issues of one row (cell and row rules); table-level issues come from issues(). */
  rowIssues(row: number): Issue[] {
    return this.entries.get(row)?.issues ?? [];
  }

  issues(): Issue[] {
    const out: Issue[] = [];
    for (const e of this.entries.values()) out.push(...e.issues);
    out.push(...this.missingColumns(), ...this.headerAmbiguities(), ...this.unitMismatches(), ...this.duplicates(), ...this.serialBreak(), ...this.totalMismatches());
    return out;
  }

  private remove(row: number): void {
    const old = this.entries.get(row);
    if (!old) return;
    this.account(old.normal, old.issues, -1);
    this.entries.delete(row);
  }

  private account(normal: NormalRow, issues: Issue[], sign: 1 | -1): void {
    for (const [key, index] of this.indexes) {
      const v = normal.values[key];
      if (v === null || v === undefined) continue;
      const k = nameKey(String(v));
      let rows = index.get(k);
      if (sign > 0) {
        if (!rows) index.set(k, (rows = new Set()));
        rows.add(normal.row);
      } else if (rows) {
        rows.delete(normal.row);
        if (rows.size === 0) index.delete(k);
      }
    }
    for (const [key, sum] of this.sums) {
      const v = normal.values[key];
      const add = typeof v === 'number' ? v : v === '是' ? 1 : 0;
      if (add) this.sums.set(key, sum + sign * add);
    }
    for (const key of textNumberKeys(this.def, issues)) {
      this.textSums.set(key, (this.textSums.get(key) ?? 0) + sign * (normal.values[key] as number));
    }
  }

  private place(row: number, key: string) {
    const col = this.def.columns.find((c) => c.key === key)!;
    return { sheet: this.layout.sheet, row, column: this.layout.columns[key], field: col.header };
  }

  private missingColumns(): Issue[] {
    return this.def.columns
      .filter((c) => c.required && !(c.key in this.layout.columns))
      .map((c) => makeIssue({ code: 'table/missing-column', severity: 'error', params: { table: this.def.shortName } },
        { sheet: this.layout.sheet, row: this.layout.headerRow, field: c.header }));
  }

  /** A header that could be read two ways: read one way, and said so (naming both). */
  private headerAmbiguities(): Issue[] {
    const header = (key: string) => fieldHeader(this.def.columns, key);
    return (this.layout.ambiguities ?? []).map((a) => {
      const place = { sheet: this.layout.sheet, row: this.layout.headerRow, column: a.column, field: header(a.key) };
      return a.otherColumn
        ? makeIssue({ code: 'table/header-twice', severity: 'warning', params: { otherColumn: a.otherColumn, otherHeader: a.otherHeader } }, place, a.header)
        : makeIssue({ code: 'table/header-two-fields', severity: 'warning', params: { other: header(a.otherKey ?? '') } }, place, a.header);
    });
  }

  /** A header that states another unit (`总收入(千元)`): the figures would be off by a factor. */
  private unitMismatches(): Issue[] {
    const out: Issue[] = [];
    for (const [key, unit] of Object.entries(this.layout.units ?? {})) {
      const col = this.def.columns.find((c) => c.key === key);
      if (!col?.unit || (SAME_UNIT[unit] ?? unit) === col.unit) continue;
      out.push(makeIssue({ code: 'table/unit-mismatch', severity: 'warning', params: { found: unit, expected: col.unit } },
        { sheet: this.layout.sheet, row: this.layout.headerRow, column: this.layout.columns[key], field: col.header }, unit));
    }
    return out;
  }

  private duplicates(): Issue[] {
    const out: Issue[] = [];
    for (const [key, index] of this.indexes) {
      for (const rows of index.values()) {
        if (rows.size < 2) continue;
        const sorted = [...rows].sort((a, b) => a - b);
        for (const r of sorted.slice(1)) {
          const value = String(this.entries.get(r)!.normal.values[key]);
          out.push(makeIssue({ code: 'table/duplicate', severity: 'error', params: { firstRow: sorted[0] } }, this.place(r, key), value));
        }
      }
    }
    return out;
  }

  /** 序号 must run 1..n; only the first break is reported, so one slip does not flood the list. */
  private serialBreak(): Issue[] {
    if (!('serial' in this.layout.columns)) return [];
    let expected = 1;
    for (const n of this.normalRows()) {
      const v = n.values.serial;
      if (v === null || v === undefined) continue;
      if (v !== expected) {
        return [makeIssue({ code: 'table/serial', severity: 'warning', params: { expected, row: n.row } }, this.place(n.row, 'serial'), String(v))];
      }
      expected++;
    }
    return [];
  }

  private totalMismatches(): Issue[] {
    if (!this.total) return [];
    const out: Issue[] = [];
    for (const [key, sum] of this.sums) {
      const col = this.def.columns.find((c) => c.key === key)!;
      const given = checkCell({ ...col, type: 'number', min: undefined }, this.total.input.values[key]).value;
      // A formula without a cached result, or an empty cell, cannot disagree with anything.
      if (typeof given !== 'number') continue;
      if (!close(given, sum)) {
        const textSum = this.textSums.get(key) ?? 0;
        const note = textSum !== 0 && close(given, sum - textSum) ? message('table/total-note-text-numbers') : '';
        out.push(makeIssue({ code: 'table/total', severity: 'error', params: { expected: formatNumber(round4(sum)), note } },
          this.place(this.total.input.row, key), formatNumber(given)));
      }
    }
    return out;
  }
}

/** Units written the same way under different names. */
const SAME_UNIT: Record<string, string> = { 万元人民币: '万元', 人民币万元: '万元' };

function summable(type: string): boolean {
  return type === 'number' || type === 'integer' || type === 'yesno';
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.005, Math.abs(b) * 1e-9);
}

function round4(n: number): number {
  return Math.round(n * 10000) / 10000;
}
