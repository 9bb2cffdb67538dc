// The whole application workbook: cover, the application type's tables, the lists and meta sheets.
import type { AppRule, AppTypeId, TableDef } from '../types';
import { appType, cover, tableDef } from '../tables';
import { buildCoverPlan } from './cover-plan';
import { ListRegistry } from './lists';
import { buildMetaPlan, type MetaRow } from './meta';
import type { SheetPlan, WorkbookPlan } from './plan-types';
import { buildTablePlan } from './table-plan';
import { buildConfirmPlan } from './confirm-plan';
import { CONFIRM_HEADER_ROW, CONFIRM_ROWS, CONFIRM_SHEET } from './constants';
import { coverConditionalFormats, tableConditionalFormats } from './conditional-formats';
import { CONFIRMED_NAME, ruleNames } from './rule-names';
import { boundedColumn } from '../rollup-formulas';

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
  // the dropdown lists were registered while building the sheets; the rule constants take the columns after them
  const cellNames = addRuleFormats(coverSheet, tableSheets, appType(appTypeId).rules, lists);
  const listSheet = lists.sheet();
  if (listSheet) sheets.push(listSheet);
  sheets.push(buildMetaPlan(meta));
  return { sheets, definedNames: [...lists.definedNames(), ...cellNames] };
}

/**
 * Gives the cover and each table sheet its rule formulas as conditional formats. Returns the names of the cells they look values
 * up in: the codes confirmed on 信用代码确认, and the targets of the application's `references` rules.
 */
function addRuleFormats(coverSheet: SheetPlan, tableSheets: SheetPlan[], appRules: AppRule[], lists: ListRegistry): { name: string; ref: string }[] {
  const confirmedRef = boundedColumn(CONFIRM_SHEET, 'A', CONFIRM_HEADER_ROW + 1, CONFIRM_HEADER_ROW + CONFIRM_ROWS);
  const cellNames = [{ name: CONFIRMED_NAME, ref: confirmedRef }];
  const constants = ruleNames(lists);
  const byTable = new Map(tableSheets.map((s) => [s.tableId!, s]));
  for (const s of tableSheets) {
    const references: Record<string, string> = {};
    for (const rule of appRules) {
      const target = rule.kind === 'references' && rule.table === s.tableId ? byTable.get(rule.target) : undefined;
      if (rule.kind !== 'references' || !target?.layout?.columns[rule.targetField]) continue;
      const name = `torch_${rule.target}_${rule.targetField}`;
      const L = target.layout;
      if (!cellNames.some((n) => n.name === name)) {
        cellNames.push({ name, ref: boundedColumn(target.name, L.columns[rule.targetField], L.firstDataRow, L.lastDataRow) });
      }
      references[rule.field] = name;
    }
    s.conditionalFormats = tableConditionalFormats(tableDef(s.tableId!), s.layout!, { ...constants, confirmed: CONFIRMED_NAME, references }, appRules);
  }
  coverSheet.conditionalFormats = coverConditionalFormats(cover, coverSheet.coverLayout!, constants);
  return cellNames;
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
