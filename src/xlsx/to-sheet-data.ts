// An exceljs workbook (the province's merged workbook, as buildMergedWorkbook makes it) as plain SheetData,
// so the pane can write it into the open workbook through Office.js. Formulas keep their text and cached
// result; dates become Excel serials; rich text and hyperlinks their text; error values their text.

import type ExcelJS from 'exceljs';
import type { SheetCell, SheetData } from '../core/sheet-data';
import { columnLetter } from '../core/columns';

const DAY_MS = 86_400_000;
/** Days from Excel's 1899-12-30 epoch to 1970-01-01. */
const EPOCH_DAYS = 25_569;

/** exceljs dates are UTC instants of the local wall-clock time written. */
export const dateSerial = (d: Date): number => d.getTime() / DAY_MS + EPOCH_DAYS;

type Plain = string | number | boolean | null;

function plain(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return dateSerial(v);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; error?: string };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if (o.error !== undefined) return String(o.error);
    if (o.text !== undefined) return plain(o.text);
  }
  return String(v);
}

export function sheetCell(cell: ExcelJS.Cell): SheetCell {
  const v = cell.value as unknown;
  if (v && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    // a shared formula's follower: exceljs translates the master's formula to this cell
    const formula = (cell as unknown as { formula?: string }).formula ?? (v as { formula?: string }).formula;
    if (formula) return { formula, result: plain((v as { result?: unknown }).result) };
  }
  return plain(v);
}

interface ExcelJSTable {
  table: { name: string; tableRef?: string; ref: string; headerRow?: boolean };
}

function tableOf(ws: ExcelJS.Worksheet): { name: string; range: string; headerRow: number } | undefined {
  const t = (ws.getTables() as unknown as ExcelJSTable[])[0];
  if (t?.table?.tableRef) {
    const top = Number(/\d+/.exec(t.table.tableRef)?.[0] ?? 1);
    return { name: t.table.name, range: t.table.tableRef, headerRow: top };
  }
  // filters without a table (问题清单, 跨项目重复) become a table: Office.js adds filters that way from ExcelApi 1.1
  const f = ws.autoFilter as string | { from: string | { row: number; column: number }; to: string | { row: number; column: number } } | undefined;
  if (!f) return undefined;
  const a1 = (p: string | { row: number; column: number }): string => (typeof p === 'string' ? p : `${columnLetter(p.column)}${p.row}`);
  const range = typeof f === 'string' ? f : `${a1(f.from)}:${a1(f.to)}`;
  return { name: `T_${ws.name}`, range, headerRow: Number(/\d+/.exec(range)?.[0] ?? 1) };
}

/** Rows from row 1, each trimmed of trailing empty cells; trailing empty rows dropped. */
function rowsOf(ws: ExcelJS.Worksheet): SheetCell[][] {
  const rows: SheetCell[][] = [];
  const count = ws.rowCount;
  for (let r = 1; r <= count; r++) {
    const row = ws.getRow(r);
    const cells: SheetCell[] = [];
    if (row.hasValues) {
      const n = row.cellCount;
      for (let c = 1; c <= n; c++) cells.push(sheetCell(row.getCell(c)));
      while (cells.length && cells[cells.length - 1] === null) cells.pop();
    }
    rows.push(cells);
  }
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

function frozenRows(ws: ExcelJS.Worksheet): number | undefined {
  const v = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
  // SheetData counts the first row that scrolls
  return v?.state === 'frozen' && v.ySplit && v.ySplit > 0 ? v.ySplit + 1 : undefined;
}

export function worksheetData(ws: ExcelJS.Worksheet): SheetData {
  const rows = rowsOf(ws);
  let width = ws.columnCount;
  for (const r of rows) if (r.length > width) width = r.length;
  const widths: number[] = [];
  const numFmts: Record<number, string> = {};
  for (let c = 1; c <= width; c++) {
    const col = ws.getColumn(c);
    widths.push(col.width ?? 0);
    if (col.numFmt) numFmts[c - 1] = col.numFmt;
  }
  const table = tableOf(ws);
  const out: SheetData = { name: ws.name, rows, widths };
  if (Object.keys(numFmts).length) out.numFmts = numFmts;
  const freeze = frozenRows(ws);
  if (freeze) out.freezeRows = freeze;
  if (table) {
    out.table = { name: table.name, range: table.range };
    out.headerRow = table.headerRow;
  } else if (ws.getRow(1).font?.bold) {
    out.headerRow = 1;
  }
  return out;
}

/** Every sheet of the workbook, in order. */
export function toSheetData(workbook: ExcelJS.Workbook): SheetData[] {
  return workbook.worksheets.map(worksheetData);
}
