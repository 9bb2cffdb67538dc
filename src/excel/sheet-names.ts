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
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  const gone = sheets.items.filter((s) => names.indexOf(s.name) >= 0).map((s) => s.name);
  // a workbook must keep one visible sheet: Excel refuses to delete the last one, however many hidden sheets it has
  const visibleLeft = sheets.items.filter((s) => s.visibility === 'Visible' && gone.indexOf(s.name) < 0).length;
  if (!gone.length || !visibleLeft) return [];
  for (const n of gone) sheets.getItem(n).delete();
  await context.sync();
  return gone;
}
