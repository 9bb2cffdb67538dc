// The 汇总 sheet of the open application workbook: created when absent, rewritten in place when present.
// Syncs whatever the size of the tables: 3 to find the tables (the reader's scan), 1 more only when a sheet
// named 汇总 exists (to tell ours from the clerk's own), 1 to write.
import type { CellInput } from '../core/types';
import { buildSummarySheet, dataRows, SUMMARY_SHEET, SUMMARY_TITLE, type SummaryTable } from '../core/summary-plan';
import type { SheetData } from '../core/sheet-data';
import { stamp } from './actions';
import { type ExcelFeatures, hostFeatures } from './features';
import { withoutEvents } from './events-off';
import { scanOpenWorkbook, type OpenWorkbook } from './read-workbook';
import { queueLayout, queuePart, sheetWidth, wholePart } from './write-sheets';
import { uniqueSheetName } from './write-sheets-names';

export interface SummaryCheck {
  errors: number;
  warnings: number;
  /** when the check ran */
  at: Date;
}

export interface RefreshSummaryOptions {
  /** the counts of the last check; absent: the sheet says 尚未检查 */
  check?: SummaryCheck;
  features?: ExcelFeatures;
}

export interface RefreshSummaryResult {
  sheet: string;
  /** false: an existing 汇总 sheet of ours was rewritten */
  created: boolean;
  /** the sheet as written */
  data: SheetData;
}

const asText = (v: CellInput | undefined): string | undefined => {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'object' && !(v instanceof Date)) return undefined; // an error value
  const s = String(v).trim();
  return s === '' ? undefined : s;
};

/** The tables the reader found, with the rows between their header and their 合计 row. */
export function summaryTables(open: OpenWorkbook): SummaryTable[] {
  return open.tables.map((t) => {
    const rows = dataRows(t);
    return { table: t.def.id, label: t.def.shortName, sheet: t.layout.sheet, columns: t.layout.columns, nameKey: t.def.nameKey, firstRow: rows.first, lastRow: rows.last };
  });
}

const SUMMARY_NAME = /^汇总( \(\d+\))?$/;

/** Our 汇总 sheet if there is one (its first cell is our title); else a free name for a new one. One sync when such sheets exist. */
async function findSheet(context: Excel.RequestContext, names: string[]): Promise<{ name: string; exists: boolean }> {
  const candidates = names.filter((n) => SUMMARY_NAME.test(n));
  if (candidates.length > 0) {
    const firsts = candidates.map((n) => ({ n, r: context.workbook.worksheets.getItem(n).getRange('A1').load('values') }));
    await context.sync();
    // Excel gives the text without the apostrophe it was written behind; a plain store may keep it
    const ours = firsts.find((c) => String(c.r.values[0]?.[0] ?? '').replace(/^'/, '') === SUMMARY_TITLE);
    if (ours) return { name: ours.n, exists: true };
  }
  return { name: uniqueSheetName(SUMMARY_SHEET, names), exists: false };
}

/**
 * Creates or refreshes the 汇总 sheet: the application's figures as formulas over the data rows of each table
 * sheet, the application from the cover, and the last check's counts.
 */
export async function refreshSummary(context: Excel.RequestContext, opts: RefreshSummaryOptions = {}): Promise<RefreshSummaryResult> {
  const features = opts.features ?? hostFeatures();
  const open = await scanOpenWorkbook(context);
  const target = await findSheet(context, open.sheetNames);
  const cover = open.input.cover?.values ?? {};
  const data = buildSummarySheet({
    tables: summaryTables(open),
    app: { name: asText(cover.appName), type: asText(cover.appType), city: asText(cover.city) },
    check: opts.check && { errors: opts.check.errors, warnings: opts.check.warnings, at: stamp(opts.check.at) },
  }, target.name);

  // the rewrite raises no onChanged: live checking would read the workbook again for nothing
  await withoutEvents(context, features.enableEvents, async () => {
    const sheets = context.workbook.worksheets;
    const ws = target.exists ? sheets.getItem(target.name) : sheets.add(target.name);
    if (target.exists) ws.getUsedRange().clear();
    queuePart(ws, data, wholePart(data), sheetWidth(data));
    queueLayout(ws, data, features);
    const title = ws.getRange('A1').format.font;
    title.bold = true;
    title.size = 14;
    ws.activate();
  });
  return { sheet: target.name, created: !target.exists, data };
}
