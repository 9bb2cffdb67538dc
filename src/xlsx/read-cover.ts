// The cover (填报信息): one field per row, label on the left, value in the cell to its right.

import type { SheetGrid } from './sheet-grid';
import type { CoverInput } from '../core/types';
import { COVER_LABEL_COLS, coverOfSheet, locateCoverLabels, type CoverLabel } from '../core/headers';
import { sheetTexts } from './read-cell';

const MAX_COVER_ROWS = 80;

function labelsOf(ws: SheetGrid): CoverLabel[] {
  return locateCoverLabels(sheetTexts(ws, MAX_COVER_ROWS, COVER_LABEL_COLS));
}

/** How many distinct cover labels the sheet's first columns hold. */
export function coverLabelCount(ws: SheetGrid): number {
  return labelsOf(ws).length;
}

/** The column (0-based) right of a label, past the label's own merged range. */
function valueCol(ws: SheetGrid, label: CoverLabel): number {
  const r = label.row + 1;
  const labelCol = label.col + 1;
  let c = labelCol + 1;
  while (c < labelCol + 20) {
    const master = ws.masterOf(r, c);
    if (!(master && master.r === r && master.c === labelCol)) break;
    c++;
  }
  return c - 1;
}

/** Read a cover sheet; fields whose value cell is empty are still located (cells), with a null value. */
export function readCover(ws: SheetGrid): CoverInput {
  const rows = sheetTexts(ws, MAX_COVER_ROWS, COVER_LABEL_COLS);
  return coverOfSheet(ws.name, rows, (r, c) => ws.value(r + 1, c + 1) ?? null, (label) => valueCol(ws, label));
}
