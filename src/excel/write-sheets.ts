// Writes plain sheets (e.g. the province's merged workbook, built with exceljs) into the open workbook.
// Rows go in blocks whose estimated request stays under a byte limit (Excel on the web refuses requests over
// 5 MB), one sync per block; then widths, the bold header, the frozen rows and the Excel tables in one more.
// Syncs: 1 (names in use) + blocks + 1 (finish), whatever the number of sheets.
import type { SheetData } from '../core/sheet-data';
import { columnLetter } from '../core/columns';
import { quoteSheet } from './address';
import { type ExcelFeatures, hostFeatures } from './features';
import { withoutEvents } from './events-off';
import { widthPoints } from './style';
import { type FormulaRun, type OfficeCell, jsonBytes, rowBytes, splitRow } from './write-sheets-cells';
import { uniqueSheetName, uniqueTableName } from './write-sheets-names';

export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;
/** What a range write costs besides its cells: the action, the range's address, the object path. */
export const PART_OVERHEAD = 512;
const TABLE_STYLE = 'TableStyleLight9';

export interface WriteSheetsOptions {
  /** the estimated request size a block stays under (default 4,000,000: under Excel on the web's 5 MB) */
  maxRequestBytes?: number;
  /** rows written so far, of all rows */
  onProgress?: (done: number, total: number) => void;
  features?: ExcelFeatures;
}

/** Rows firstRow..lastRow of one sheet, written in one block. */
export interface WrittenBlock {
  sheet: string;
  firstRow: number;
  lastRow: number;
}

export interface WriteSheetsResult {
  /** the sheets' names as written, in order */
  written: string[];
  /** sheet names that were taken: asked -> written */
  renamed: Record<string, string>;
  /** the blocks, each with its own sync, and each block's estimated bytes */
  blocks: { parts: WrittenBlock[]; bytes: number }[];
  /** tables that were taken: asked -> created */
  renamedTables: Record<string, string>;
}

/** Rows of one sheet in a block. */
export interface Part {
  firstRow: number;
  values: OfficeCell[][];
  /** formula runs by row offset in the part */
  runs: { offset: number; run: FormulaRun }[];
}

interface SheetPart extends Part {
  sheet: number;
}

/** Sheet, table and defined names in use (tables and names share one namespace). One sync. */
async function namesInUse(context: Excel.RequestContext): Promise<{ sheets: string[]; tables: string[] }> {
  const wb = context.workbook;
  wb.worksheets.load('items/name');
  wb.tables.load('items/name');
  wb.names.load('items/name');
  await context.sync();
  const names = (c: { items: { name: string }[] }): string[] => c.items.map((i) => i.name);
  return { sheets: names(wb.worksheets), tables: [...names(wb.tables), ...names(wb.names)] };
}

/** The widest row's length (a loop: spreading 100,000 rows into Math.max overflows some engines' stacks). */
export function sheetWidth(s: SheetData): number {
  let w = 1;
  for (const r of s.rows) if (r.length > w) w = r.length;
  return w;
}

/** Column indexes with a number format, and what their formats add to a row's request. */
function formatColumns(s: SheetData): { cols: number[]; bytes: number } {
  const cols = Object.keys(s.numFmts ?? {}).map(Number).filter((c) => c >= 0 && s.numFmts![c]).sort((a, b) => a - b);
  let bytes = 0;
  for (const c of cols) bytes += jsonBytes(JSON.stringify([s.numFmts![c]])) + 1;
  return { cols, bytes };
}

/** Queues one block part: the number formats of its data rows, its values, then its formulas. No sync. */
export function queuePart(ws: Excel.Worksheet, s: SheetData, part: Part, width: number): void {
  const firstRow = part.firstRow;
  const lastRow = firstRow + part.values.length - 1;
  const fmtFrom = Math.max(firstRow, (s.headerRow ?? 0) + 1);
  if (fmtFrom <= lastRow) {
    for (const c of formatColumns(s).cols) {
      const letter = columnLetter(c + 1);
      const fmt = s.numFmts![c];
      ws.getRange(`${letter}${fmtFrom}:${letter}${lastRow}`).numberFormat = Array.from({ length: lastRow - fmtFrom + 1 }, () => [fmt]);
    }
  }
  ws.getRange(`A${firstRow}:${columnLetter(width)}${lastRow}`).values = part.values;
  for (const { offset, run } of part.runs) {
    const r = firstRow + offset;
    ws.getRange(`${columnLetter(run.col + 1)}${r}:${columnLetter(run.col + run.formulas.length)}${r}`).formulas = [run.formulas];
  }
}

/** A whole sheet as one part (for small sheets such as 汇总). */
export function wholePart(s: SheetData): Part {
  const width = sheetWidth(s);
  const part: Part = { firstRow: 1, values: [], runs: [] };
  s.rows.forEach((row, i) => {
    const split = splitRow(row, width);
    part.values.push(split.values);
    for (const run of split.runs) part.runs.push({ offset: i, run });
  });
  return part;
}

/** Queues widths, the bold header and the frozen rows (ExcelApi 1.7). No sync. */
export function queueLayout(ws: Excel.Worksheet, s: SheetData, f: ExcelFeatures): void {
  const width = sheetWidth(s);
  if (f.basics) {
    s.widths.forEach((w, i) => {
      if (w > 0) ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = widthPoints(w);
    });
  }
  if (s.headerRow) ws.getRange(`A${s.headerRow}:${columnLetter(width)}${s.headerRow}`).format.font.bold = true;
  if (s.freezeRows && s.freezeRows > 1 && f.freezePanes) ws.freezePanes.freezeRows(s.freezeRows - 1);
}

/**
 * Adds each sheet (a taken name gets ` (2)`, ` (3)` ...), writes its rows in size-limited blocks, then its
 * widths, bold header, frozen rows and Excel table with filters. Formulas are written as formulas (Excel
 * recalculates); text stays text. The workbook's own sheets are never touched.
 */
export async function writeSheets(context: Excel.RequestContext, sheets: SheetData[], opts: WriteSheetsOptions = {}): Promise<WriteSheetsResult> {
  const features = opts.features ?? hostFeatures();
  // the add-in's own sheets and rows raise no onAdded/onChanged (live checking would re-read them block by block)
  return withoutEvents(context, features.enableEvents, () => queueSheets(context, sheets, opts, features));
}

/** Everything of writeSheets but the last sync. */
async function queueSheets(context: Excel.RequestContext, sheets: SheetData[], opts: WriteSheetsOptions, features: ExcelFeatures): Promise<WriteSheetsResult> {
  const max = opts.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const inUse = await namesInUse(context);
  const takenSheets = inUse.sheets.slice();
  const takenTables = inUse.tables.slice();
  const result: WriteSheetsResult = { written: [], renamed: {}, blocks: [], renamedTables: {} };

  const targets = sheets.map((s) => {
    const name = uniqueSheetName(s.name, takenSheets);
    takenSheets.push(name);
    result.written.push(name);
    if (name !== s.name) result.renamed[s.name] = name;
    return context.workbook.worksheets.add(name);
  });

  const widths = sheets.map(sheetWidth);
  const total = sheets.reduce((n, s) => n + s.rows.length, 0);
  let done = 0;
  let parts: SheetPart[] = [];
  let bytes = 0;
  const flush = async (): Promise<void> => {
    if (parts.length === 0) return;
    for (const p of parts) queuePart(targets[p.sheet], sheets[p.sheet], p, widths[p.sheet]);
    await context.sync();
    result.blocks.push({
      parts: parts.map((p) => ({ sheet: result.written[p.sheet], firstRow: p.firstRow, lastRow: p.firstRow + p.values.length - 1 })),
      bytes,
    });
    for (const p of parts) done += p.values.length;
    parts = [];
    bytes = 0;
    opts.onProgress?.(done, total);
  };

  for (let i = 0; i < sheets.length; i++) {
    const s = sheets[i];
    const width = widths[i];
    const fmt = formatColumns(s);
    let part: SheetPart | undefined;
    for (let r = 0; r < s.rows.length; r++) {
      const row = splitRow(s.rows[r], width);
      const cost = rowBytes(row) + fmt.bytes;
      const opening = PART_OVERHEAD * (1 + fmt.cols.length);
      // a block always takes at least one row, however long
      if (bytes > 0 && bytes + cost + (part ? 0 : opening) > max) {
        await flush();
        part = undefined;
      }
      if (!part) {
        part = { sheet: i, firstRow: r + 1, values: [], runs: [] };
        parts.push(part);
        bytes += opening;
      }
      for (const run of row.runs) part.runs.push({ offset: part.values.length, run });
      part.values.push(row.values);
      bytes += cost;
    }
  }
  await flush();

  let first: Excel.Worksheet | undefined;
  sheets.forEach((s, i) => {
    const ws = targets[i];
    first ??= ws;
    queueLayout(ws, s, features);
    if (s.table) {
      const name = uniqueTableName(s.table.name, takenTables);
      takenTables.push(name);
      if (name !== s.table.name) result.renamedTables[s.table.name] = name;
      const table = context.workbook.tables.add(`${quoteSheet(result.written[i])}!${s.table.range}`, true);
      table.name = name;
      table.style = TABLE_STYLE;
    }
  });
  first?.activate();
  return result;
}
