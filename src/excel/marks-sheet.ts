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
  sheet: Excel.Worksheet;
  /** table sheet -> block */
  blocks: Map<string, number>;
}

/**
 * One sync to read what exists, then queues (no sync) whatever is missing: the sheet, names, conditional
 * formats, and clears every block's old marks so the caller can write the full state.
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
    sheet.getRange(`${columnLetter(c0 + 1)}2:${columnLetter(c0 + BLOCK_COLS)}1048576`).clear('Contents');
  }
  return { sheet, blocks };
}
