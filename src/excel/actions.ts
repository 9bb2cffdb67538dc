// Small actions the pane offers: jump to a cell, record that a person confirmed a credit code.
import { CONFIRM_SHEET } from './sheets';
import { CONFIRM_HEADER_ROW } from '../core/form/constants';
import { buildConfirmPlan } from '../core/form/confirm-plan';
import { applyWorkbookPlan } from './apply-plan';
import { type ExcelFeatures, hostFeatures } from './features';
import { withoutEvents } from './events-off';

/** Activates the sheet and selects the cell (or range), so the clerk lands on the problem. One sync. */
export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}

/** Local time as 2018-06-01 09:30, the way a clerk writes it. */
export function stamp(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/**
 * Records on the 信用代码确认 sheet that `by` confirmed `code` (the sheet is added from the form plan when the
 * workbook has none). The same sheet a clerk fills by hand in the templates, so both are read alike.
 */
export async function confirmCode(context: Excel.RequestContext, code: string, by: string, at: Date = new Date(), features: ExcelFeatures = hostFeatures()): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  if (!sheets.items.some((s) => s.name === CONFIRM_SHEET)) {
    await applyWorkbookPlan(context, { sheets: [buildConfirmPlan()], definedNames: [] }, features);
  }
  const ws = sheets.getItem(CONFIRM_SHEET);
  const used = ws.getUsedRange(true).load('rowIndex,rowCount');
  await context.sync();
  const next = Math.max(used.rowIndex + used.rowCount + 1, CONFIRM_HEADER_ROW + 1);
  // text format keeps a code such as 91140100... from turning into a number
  // with events off: the caller checks again itself, an onChanged would only start a second full read
  await withoutEvents(context, features.enableEvents, async () => {
    const row = ws.getRange(`A${next}:C${next}`);
    row.numberFormat = [['@', '@', '@']];
    row.values = [[code.trim().toUpperCase(), by, stamp(at)]];
  });
}
