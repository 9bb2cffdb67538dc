// The plan's rule formulas as custom conditional formats on the sheets 创建申报表 just added, so the open workbook
// marks wrong cells itself while the clerk types, with no add-in write (and so with undo intact).
// Conditional formats need ExcelApi 1.6 (ConditionalFormatCollection.add, CustomConditionalFormat):
// https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)
// https://learn.microsoft.com/javascript/api/excel/excel.customconditionalformat
import type { PlannedConditionalFormat, WorkbookPlan } from '../core/form/plan-types';
import type { ExcelFeatures } from './features';

/**
 * Queues the conditional formats of the plan's sheets among `created` (sheets that already existed are the
 * clerk's and are left alone). Queue it after the workbook's names are added: the formulas use them. No sync.
 * Returns true when the plan has formats this Excel cannot add, for the caller to report as omitted.
 */
export function queueRuleFormats(sheets: Excel.WorksheetCollection, plan: WorkbookPlan, created: string[], f: ExcelFeatures): boolean {
  const wanted = plan.sheets.filter((s) => created.includes(s.name) && (s.conditionalFormats?.length ?? 0) > 0);
  if (!f.conditionalFormats) return wanted.length > 0;
  for (const s of wanted) {
    const ws = sheets.getItem(s.name);
    // add() puts each new format at the top of the list: add the plan's last (lowest priority) first
    for (const cf of [...s.conditionalFormats!].reverse()) queueOne(ws.getRange(cf.range), cf);
  }
  return false;
}

function queueOne(range: Excel.Range, cf: PlannedConditionalFormat): void {
  const format = range.conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
  format.custom.rule.formula = `=${cf.formula}`;
  format.custom.format.fill.color = `#${cf.style.fill}`;
  format.custom.format.font.color = `#${cf.style.color}`;
}
