// The `_marks` sheet's setup: which block of columns belongs to which table sheet, the defined name of each
// block and the two conditional formats per table. Row 1 of a block records its owner and the area its
// conditional formats cover, so a later full check neither duplicates them nor touches the clerk's own.
import { columnLetter } from '../core/columns';
import { MARKS_SHEET } from './sheets';
import { BLOCK_COLS, blockRef, markArea, marksName, queueConditionalFormats } from './marks';
import type { OpenTable } from './table-rows';

/** Enough blocks for every table sheet a workbook plausibly holds. */
export const MAX_BLOCKS = 16;
const RECORD_RANGE = `A1:${columnLetter(MAX_BLOCKS * BLOCK_COLS)}1`;

export interface MarksSetup {
  /** table sheet -> block */
  blocks: Map<string, number>;
}

/**
 * Excel on the web refuses an operation on more than 33,554,000 cells (OperationCellsExceedLimit,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-codes): a block's old marks are cleared
 * down to the last row its conditional formats ever covered, in parts under this.
 */
export const MAX_OPERATION_CELLS = 33_000_000;

/** The last row of a recorded area such as `B4:Q10003`; 0 when there is none. */
function areaEnd(area: unknown): number {
  const m = typeof area === 'string' ? /(\d+)$/.exec(area) : null;
  return m ? Number(m[1]) : 0;
}

/** Queues the clear of rows 2..end of one block, each clear under MAX_OPERATION_CELLS cells. */
function queueClear(sheet: Excel.Worksheet, block: number, end: number): void {
  const c0 = block * BLOCK_COLS;
  const rowsPer = Math.floor(MAX_OPERATION_CELLS / BLOCK_COLS);
  for (let r = 2; r <= end; r += rowsPer) {
    sheet.getRange(`${columnLetter(c0 + 1)}${r}:${columnLetter(c0 + BLOCK_COLS)}${Math.min(end, r + rowsPer - 1)}`).clear('Contents');
  }
}

/**
 * One sync to read what exists, then queues (no sync) whatever is missing: the sheet, names, conditional
 * formats, and clears every block's old marks so the caller can write the full state. Everything it returns is
 * plain data: the sheet is looked up again by name in whatever run writes to it (a proxy lives only in its run).
 */
export async function prepareMarks(context: Excel.RequestContext, tables: OpenTable[], sheetNames: string[]): Promise<MarksSetup> {
  const wb = context.workbook;
  const exists = sheetNames.includes(MARKS_SHEET);
  wb.names.load('items/name');
  const record = exists ? wb.worksheets.getItem(MARKS_SHEET).getRange(RECORD_RANGE).load('values') : undefined;
  await context.sync();
  const names = new Set(wb.names.items.map((n) => n.name));
  const row: unknown[] = record ? [...(record.values[0] ?? [])] : new Array(MAX_BLOCKS * BLOCK_COLS).fill('');

  let sheet: Excel.Worksheet;
  if (exists) sheet = wb.worksheets.getItem(MARKS_SHEET);
  else {
    sheet = wb.worksheets.add(MARKS_SHEET);
    sheet.visibility = 'VeryHidden';
  }
  const owner = (b: number): string => String(row[b * BLOCK_COLS] ?? '');
  const blocks = new Map<string, number>();
  for (const t of tables) {
    let b = [...Array(MAX_BLOCKS).keys()].find((i) => owner(i) === t.layout.sheet);
    if (b === undefined) b = [...Array(MAX_BLOCKS).keys()].find((i) => owner(i) === '' && ![...blocks.values()].includes(i));
    if (b === undefined) continue; // more table sheets than blocks: those go unmarked, the pane still lists them
    blocks.set(t.layout.sheet, b);
    const name = marksName(b);
    if (!names.has(name)) wb.names.add(name, blockRef(b, MARKS_SHEET));
    const area = markArea(t, t.lastRow ?? t.firstDataRow);
    const c0 = b * BLOCK_COLS;
    if (owner(b) !== t.layout.sheet || row[c0 + 1] !== area) {
      queueConditionalFormats(wb.worksheets.getItem(t.layout.sheet), area, b);
      sheet.getRange(`${columnLetter(c0 + 1)}1:${columnLetter(c0 + 2)}1`).values = [[t.layout.sheet, area]];
    }
    queueClear(sheet, b, Math.max(areaEnd(row[c0 + 1]), areaEnd(area)));
  }
  return { blocks };
}
