// Withdrawing a credit-code confirmation from the pane (撤销): the rows of the 信用代码确认 sheet that hold the code
// are deleted (cells shift up), so the sheet reads as if the code had never been confirmed. The rows are found as
// the reader finds confirmations (src/core/confirmations.ts). Three syncs; the deletion raises no onChanged.
import { CONFIRM_SHEET } from './sheets';
import { rowsConfirming } from '../core/confirmations';
import { columnLetter } from '../core/columns';
import { type ExcelFeatures, hostFeatures } from './features';
import { withoutEvents } from './events-off';

/** Deletes every confirmation of `code`; resolves to how many rows were removed. */
export async function withdrawCode(context: Excel.RequestContext, code: string, features: ExcelFeatures = hostFeatures()): Promise<number> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  if (!sheets.items.some((s) => s.name === CONFIRM_SHEET)) return 0;
  const ws = sheets.getItem(CONFIRM_SHEET);
  // getUsedRange(valuesOnly) and Range.delete: ExcelApi 1.2 / 1.1
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)
  const used = ws.getUsedRange(true).load('values,rowIndex,columnIndex,columnCount');
  await context.sync();
  const rows = rowsConfirming(used.values, code).map((i) => used.rowIndex + i).reverse();
  const from = columnLetter(used.columnIndex + 1);
  const to = columnLetter(used.columnIndex + used.columnCount);
  if (!rows.length) return 0;
  // bottom-up, so the rows still to delete keep their places; with events off, as the caller checks again itself
  await withoutEvents(context, features.enableEvents, async () => {
    for (const r of rows) ws.getRange(`${from}${r + 1}:${to}${r + 1}`).delete('Up');
  });
  return rows.length;
}
