// The current issues of an open workbook while people type: the last full check's issues that no table
// checker owns (cover, missing tables), plus what the table checkers and the application rules say now.
import type { AppTypeDef, Issue } from '../core/types';
import { TableChecker } from '../core/checks/table-checker';
import { checkApplication, type CheckedTable } from '../core/checks/app';
import { cityOf, type ValidationResult } from '../core/validate';
import type { OpenTable } from './table-rows';

export interface LiveTable extends OpenTable {
  checker: TableChecker;
}

const key = (i: Issue): string => [i.code, i.sheet, i.row, i.column, i.value].join('\u0001');

export class IssueState {
  private readonly base: Issue[];

  private readonly city: string | undefined;

  constructor(full: ValidationResult, readonly tables: LiveTable[], readonly app: AppTypeDef | undefined) {
    this.city = cityOf(full.cover);
    const appKeys = new Set(app ? checkApplication(app, full.tables, this.city).map(key) : []);
    // what the checkers say comes from them as people type; the rest stays as the full check found it (the reader's
    // notices, a cover typed above a table); table/empty is kept only while its table stays empty
    const owned = new Set(full.checkers.flatMap((c) => c.issues()).map(key));
    this.base = full.issues.filter((i) => !owned.has(key(i)) && !appKeys.has(key(i)));
  }

  checked(): CheckedTable[] {
    return this.tables.map((t) => ({ def: t.def, layout: t.layout, rows: t.checker.normalRows() }));
  }

  issues(): Issue[] {
    const empty = new Set(this.tables.filter((t) => t.checker.size === 0).map((t) => t.layout.sheet));
    const out = this.base.filter((i) => i.code !== 'table/empty' || (i.sheet !== undefined && empty.has(i.sheet)));
    for (const t of this.tables) out.push(...t.checker.issues());
    if (this.app) out.push(...checkApplication(this.app, this.checked(), this.city));
    return out;
  }
}
