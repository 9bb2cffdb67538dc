// The whole application workbook: cover, the application type's tables, the lists and meta sheets.
import type { AppTypeId, TableDef } from '../types';
import { appType, cover, tableDef } from '../tables';
import { buildCoverPlan } from './cover-plan';
import { ListRegistry } from './lists';
import { buildMetaPlan, type MetaRow } from './meta';
import type { SheetPlan, WorkbookPlan } from './plan-types';
import { buildTablePlan } from './table-plan';
import { buildConfirmPlan } from './confirm-plan';

export interface WorkbookPlanOptions {
  /** empty data rows per table (default 200) */
  dataRows?: number;
  /** cover values by field key (appName and dataYear also fill each table's name line) */
  cover?: Partial<Record<string, string | number>>;
}

/** The tables a fresh workbook of this type carries: the required ones, then the optional ones. */
export function templateTables(appTypeId: AppTypeId): TableDef[] {
  const t = appType(appTypeId);
  return [...t.tables, ...t.optionalTables].map(tableDef);
}

export function buildWorkbookPlan(appTypeId: AppTypeId, opts: WorkbookPlanOptions = {}): WorkbookPlan {
  const lists = new ListRegistry();
  const coverValues = opts.cover ?? {};
  const coverSheet = buildCoverPlan(appTypeId, { values: coverValues, lists });
  const tableSheets = templateTables(appTypeId).map((def) =>
    buildTablePlan(def, {
      dataRows: opts.dataRows,
      lists,
      appName: optionalText(coverValues.appName),
      dataYear: coverValues.dataYear === '' ? undefined : coverValues.dataYear,
    }),
  );

  const meta: MetaRow[] = [coverMeta(coverSheet, appTypeId), ...tableSheets.map((s) => tableMeta(s, appTypeId))];
  const sheets: SheetPlan[] = [coverSheet, ...tableSheets, buildConfirmPlan()];
  const listSheet = lists.sheet();
  if (listSheet) sheets.push(listSheet);
  sheets.push(buildMetaPlan(meta));
  return { sheets, definedNames: lists.definedNames() };
}

function optionalText(v: string | number | undefined): string | undefined {
  return v === undefined || v === '' ? undefined : String(v);
}

function coverMeta(s: SheetPlan, appTypeId: AppTypeId): MetaRow {
  const l = s.coverLayout!;
  return {
    kind: 'cover', table: 'cover', version: cover.version, sheet: s.name,
    headerRow: l.headerRow, firstDataRow: l.firstFieldRow, lastDataRow: l.lastFieldRow, appType: appTypeId,
  };
}

function tableMeta(s: SheetPlan, appTypeId: AppTypeId): MetaRow {
  const l = s.layout!;
  return {
    kind: 'table', table: s.tableId!, version: tableDef(s.tableId!).version, sheet: s.name,
    headerRow: l.headerRow, firstDataRow: l.firstDataRow, lastDataRow: l.lastDataRow, totalRow: l.totalRow, appType: appTypeId,
  };
}
