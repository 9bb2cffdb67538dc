// Small actions the pane offers: jump to a cell, record that a person confirmed a credit code.
import { CONFIRM_CAPTIONS, CONFIRM_SHEET } from './sheets';

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
 * Appends `code | by | at` to the very hidden `_confirm` sheet (created on first use with a caption row).
 * Two syncs: find the sheet and its last row, then write.
 */
export async function confirmCode(context: Excel.RequestContext, code: string, by: string, at: Date = new Date()): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  let ws: Excel.Worksheet;
  let next: number;
  if (sheets.items.some((s) => s.name === CONFIRM_SHEET)) {
    ws = sheets.getItem(CONFIRM_SHEET);
    const used = ws.getUsedRange(true).load('rowIndex,rowCount');
    await context.sync();
    next = used.rowIndex + used.rowCount + 1;
  } else {
    ws = sheets.add(CONFIRM_SHEET);
    ws.getRange('A1:C1').values = [CONFIRM_CAPTIONS];
    ws.visibility = 'VeryHidden';
    next = 2;
  }
  // text format keeps a code such as 91140100... from turning into a number
  const row = ws.getRange(`A${next}:C${next}`);
  row.numberFormat = [['@', '@', '@']];
  row.values = [[code.trim().toUpperCase(), by, stamp(at)]];
  await context.sync();
}
