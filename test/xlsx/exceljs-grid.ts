// The reader's sheets as exceljs loads them: the way returns were read before the one-pass reader, kept for
// the test that both read every file alike (read-alike.test.ts). Test-only.

import ExcelJS from 'exceljs';
import type { Cell, Worksheet } from 'exceljs';
import type { CellInput } from '../../src/core/types';
import type { CellBox } from '../../src/core/headers';
import type { PlainBook } from '../../src/xlsx/parts/collect';
import { cellText, type SheetGrid, type SheetState } from '../../src/xlsx/sheet-grid';

function isMergeFollower(cell: Cell): boolean {
  return cell.isMerged && cell.master !== cell && cell.master.address !== cell.address;
}

/** exceljs's `cell.value` leaves out a formula's falsy cached result; `cell.result` keeps it. */
function cellValue(cell: Cell): CellInput {
  const v = cell.value as CellInput;
  if (v === undefined) return null;
  if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v) && v.result === undefined) {
    const result = cell.result as CellInput;
    if (result !== undefined && result !== '') return { ...v, result };
  }
  return v;
}

class ExceljsGrid implements SheetGrid {
  constructor(private readonly ws: Worksheet) {}
  get name() { return this.ws.name; }
  get state() { return this.ws.state as SheetState; }
  get rowCount() { return this.ws.rowCount; }
  get columnCount() { return this.ws.columnCount; }
  hasRow(r: number) { return !!this.ws.findRow(r); }
  value(r: number, c: number): CellInput {
    const cell = this.ws.findRow(r)?.findCell(c);
    return !cell || isMergeFollower(cell) ? null : cellValue(cell);
  }
  text(r: number, c: number) {
    const cell = this.ws.findRow(r)?.findCell(c);
    return cell ? cellText(cell.value) : '';
  }
  numFmt(r: number, c: number) { return this.ws.findRow(r)?.findCell(c)?.numFmt; }
  cells(r: number) {
    const out: { col: number; value: CellInput }[] = [];
    this.ws.findRow(r)?.eachCell((cell, col) => {
      if (!isMergeFollower(cell)) out.push({ col, value: cellValue(cell) });
    });
    return out;
  }
  masterOf(r: number, c: number) {
    const cell = this.ws.findRow(r)?.findCell(c);
    return cell && isMergeFollower(cell) ? { r: Number(cell.master.row), c: Number(cell.master.col) } : undefined;
  }
  merges(): CellBox[] {
    const merges = (this.ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number } | undefined> })._merges ?? {};
    return Object.values(merges).filter((m) => !!m).map((m) => ({ r1: m!.top, c1: m!.left, r2: m!.bottom, c2: m!.right }));
  }
}

/** The workbook as exceljs loads it (data validations skipped, as the old reader did). */
export async function exceljsBook(bytes: Uint8Array): Promise<PlainBook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations'] } as Partial<ExcelJS.XlsxReadOptions>);
  const sheets = wb.worksheets.map((ws) => new ExceljsGrid(ws));
  return { sheets, sheet: (name) => sheets.find((s) => s.name === name) };
}
