// The two baselines of the merge benchmark, each run in its own process by bench/merge.ts. Both read every input
// and write every data row (six origin columns, then the row's cells) to one sheet per table of one output:
// - the non-streaming floor: exceljs readFile + Workbook.writeFile (whole workbooks in memory);
// - the streaming floor: exceljs's streaming reader into plain row arrays + its streaming writer (WorkbookWriter).
// Neither validates, plans, writes formulas, tables or styles: they are what reading and writing cost alone.

import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { CONFIRM_SHEET } from '../src/core/form/constants';

/** The first data row of a generated return (title, header, units above it). */
export const FIRST_DATA_ROW = 4;

/** Sheets holding no table rows: the cover, the credit-code confirmations, the hidden system sheets. */
const skipped = (name: string): boolean => name === '填报信息' || name === CONFIRM_SHEET || name.startsWith('_');

const origin = (file: string, sheet: string, r: number): ExcelJS.CellValue[] => ['地市', '申报类型', '申报项目', file, sheet, r];

/** Non-streaming floor: every input read whole, one workbook built in memory and written. */
export async function bareReadWrite(files: string[], out: string, perTable: number): Promise<number> {
  const target = new ExcelJS.Workbook();
  const sheets = new Map<string, ExcelJS.Worksheet>();
  let rows = 0;
  for (const file of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file, { ignoreNodes: ['dataValidations'] } as Partial<ExcelJS.XlsxReadOptions>);
    for (const ws of wb.worksheets) {
      if (ws.state !== 'visible' || skipped(ws.name)) continue;
      let dest = sheets.get(ws.name);
      if (!dest) sheets.set(ws.name, (dest = target.addWorksheet(ws.name)));
      for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + perTable; r++) {
        const values = (ws.getRow(r).values as ExcelJS.CellValue[]).slice(1);
        dest.addRow([...origin(file, ws.name, r), ...values]);
        rows++;
      }
    }
  }
  await target.xlsx.writeFile(out);
  return rows;
}

/**
 * The sheets listed in xl/workbook.xml. exceljs writes that part after the worksheets, and its streaming reader
 * names a worksheet only from a workbook part read before it: the floor reads the list first (a small part).
 */
async function sheetList(bytes: Uint8Array): Promise<{ name: string; rId: string; id: number; state: string }[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
  return [...xml.matchAll(/<sheet\b([^>]*)\/>/g)].map((m) => {
    const attr = (a: string) => new RegExp(`\\b${a}="([^"]*)"`).exec(m[1])?.[1] ?? '';
    return { name: attr('name'), rId: attr('r:id'), id: Number(attr('sheetId')), state: attr('state') || 'visible' };
  });
}

/**
 * Streaming floor: each input read sheet by sheet into plain row arrays with exceljs's streaming reader, the rows
 * kept per table, then written sheet after sheet with its streaming writer (shared strings, as the merge writes).
 */
export async function streamingReadWrite(files: string[], out: string, perTable: number): Promise<number> {
  const bySheet = new Map<string, ExcelJS.CellValue[][]>();
  let rows = 0;
  for (const file of files) {
    // the file read once, as the merge reads it: the sheet list and the stream come from the same bytes
    const bytes = await readFile(file);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
    (reader as unknown as { model: unknown }).model = { sheets: await sheetList(bytes) };
    for await (const ws of reader) {
      const name = (ws as unknown as { name: string }).name;
      // a sheet is read to its end even when skipped: the reader removes its temporary copy once passed
      let dest = skipped(name) ? undefined : bySheet.get(name);
      if (!dest && !skipped(name)) bySheet.set(name, (dest = []));
      for await (const row of ws) {
        if (!dest || row.number < FIRST_DATA_ROW || row.number >= FIRST_DATA_ROW + perTable) continue;
        dest.push([...origin(file, name, row.number), ...(row.values as ExcelJS.CellValue[]).slice(1)]);
        rows++;
      }
    }
  }
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: true, useStyles: false });
  for (const [name, list] of bySheet) {
    const ws = writer.addWorksheet(name);
    for (const values of list) ws.addRow(values).commit();
    ws.commit();
  }
  await writer.commit();
  return rows;
}
