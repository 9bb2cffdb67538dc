// The open workbook's sheet names, and deleting named sheets (replacing the province sheets of an earlier write).
// Worksheet.delete: ExcelApi 1.1 — https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)

export async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  return sheets.items.map((s) => s.name);
}

/** Deletes the sheets of these names that exist (one sync to look, one to delete); resolves to those deleted. */
export async function deleteSheets(context: Excel.RequestContext, names: string[]): Promise<string[]> {
  const existing = await sheetNames(context);
  const gone = names.filter((n) => existing.indexOf(n) >= 0);
  // a workbook must keep one sheet: Excel refuses to delete the last one
  if (!gone.length || gone.length >= existing.length) return [];
  for (const n of gone) context.workbook.worksheets.getItem(n).delete();
  await context.sync();
  return gone;
}
