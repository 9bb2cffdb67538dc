// One workbook, checked whole: cover, every table, the application's cross-table rules.

import type { AppTypeDef, FieldValue, Issue, TableId, WorkbookInput } from './types';
import { APP_TYPES, findAppType, tableDef } from './tables';
import { message } from './messages';
import { TableChecker } from './checks/table-checker';
import { checkApplication, CheckedTable } from './checks/app';
import { checkCover } from './checks/cover';
import { outsideIssues } from './outside-table';

export type { CheckedTable } from './checks/app';

export interface ValidationResult {
  issues: Issue[];
  tables: CheckedTable[];
  /** the table checkers behind `tables`, in the same order, for callers that go on checking incrementally */
  checkers: TableChecker[];
  cover?: Record<string, FieldValue>;
  appType?: AppTypeDef;
}

/** The application type the tables themselves point to (for files with no usable cover). */
export function inferAppType(tableIds: TableId[]): AppTypeDef | undefined {
  if (tableIds.length === 0) return undefined;
  const carrying = APP_TYPES.filter((a) => tableIds.every((id) => a.tables.includes(id) || a.optionalTables.includes(id)));
  // prefer the type that requires the most of what was found
  return carrying.sort((x, y) => score(y, tableIds) - score(x, tableIds))[0];
}

function score(a: AppTypeDef, ids: TableId[]): number {
  return ids.filter((id) => a.tables.includes(id)).length;
}

export function validateWorkbook(input: WorkbookInput): ValidationResult {
  const issues: Issue[] = [...input.issues];
  let coverValues: Record<string, FieldValue> | undefined;
  if (input.cover) {
    const c = checkCover(input.cover);
    coverValues = c.values;
    issues.push(...c.issues);
  } else {
    issues.push({ code: 'cover/missing', severity: 'error', message: message('cover/missing') });
  }

  const tables: CheckedTable[] = [];
  const checkers: TableChecker[] = [];
  for (const t of input.tables) {
    const checker = new TableChecker(t.def, t.layout, input.confirmations);
    checker.setRows(t.rows);
    checker.setTotal(t.total);
    issues.push(...(t.notices ?? []), ...checker.issues(), ...outsideIssues(t));
    tables.push({ def: t.def, layout: t.layout, rows: checker.normalRows() });
    checkers.push(checker);
  }

  const found = tables.map((t) => t.def.id);
  const declared = typeof coverValues?.appType === 'string' ? findAppType(coverValues.appType) : undefined;
  const inferred = inferAppType(found);
  const appType = declared ?? inferred;
  if (declared && found.length > 0 && !found.every((id) => declared.tables.includes(id) || declared.optionalTables.includes(id))) {
    issues.push({ code: 'cover/app-type-mismatch', severity: 'warning', sheet: input.cover?.sheet,
      message: message('cover/app-type-mismatch', { declared: declared.label, found: inferred?.label ?? found.map((id) => tableDef(id).shortName).join('、') }) });
  }
  if (appType) {
    for (const id of appType.tables.filter((id) => !found.includes(id))) {
      issues.push({ code: 'app/missing-table', severity: 'error', message: message('app/missing-table', { appType: appType.label, table: tableDef(id).shortName }) });
    }
    // an attached optional table may stay empty; a required one may not
    for (const t of tables.filter((t) => t.rows.length === 0 && appType.tables.includes(t.def.id))) {
      issues.push({ code: 'table/empty', severity: 'warning', sheet: t.layout.sheet, row: t.layout.headerRow,
        message: message('table/empty', { table: t.def.shortName }) });
    }
    issues.push(...checkApplication(appType, tables, cityOf(coverValues)));
  }
  if (input.file) for (const i of issues) i.file ??= input.file;
  return { issues, tables, checkers, cover: coverValues, appType };
}

/** The application's city as the cover gives it (a valid 所在地市 only). */
export function cityOf(cover: Record<string, FieldValue> | undefined): string | undefined {
  return typeof cover?.city === 'string' ? cover.city : undefined;
}

/** The workbook order of the sheets a result speaks of, for sorting its issues. */
export function sheetOrder(input: WorkbookInput): string[] {
  return [...(input.cover ? [input.cover.sheet] : []), ...input.tables.map((t) => t.layout.sheet)];
}
