// The cover (填报信息): one field per row, label on the left, value in the cell to its right.

import type { SheetGrid } from './sheet-grid';
import type { CellInput, CoverInput } from '../core/types';
import { COVER_LABEL_COLS, coverPairsBeside, locateCoverLabels, startsWithCoverLabel, type CoverLabel } from '../core/headers';
import { columnLetter } from '../core/columns';
import { cellText, sheetTexts } from './read-cell';

const MAX_COVER_ROWS = 80;

function labelsOf(ws: SheetGrid): CoverLabel[] {
  return locateCoverLabels(sheetTexts(ws, MAX_COVER_ROWS, COVER_LABEL_COLS));
}

/** How many distinct cover labels the sheet's first columns hold. */
export function coverLabelCount(ws: SheetGrid): number {
  return labelsOf(ws).length;
}

/** The cell right of a label, past the label's own merged range. */
function valueCell(ws: SheetGrid, label: CoverLabel): { col: number; value: CellInput } {
  const r = label.row + 1;
  const labelCol = label.col + 1;
  let c = labelCol + 1;
  while (c < labelCol + 20) {
    const master = ws.masterOf(r, c);
    if (!(master && master.r === r && master.c === labelCol)) break;
    c++;
  }
  return { col: c, value: ws.value(r, c) ?? null };
}

/** Read a cover sheet; fields whose value cell is empty are still located (cells), with a null value. */
export function readCover(ws: SheetGrid): CoverInput {
  const values: Record<string, CellInput> = {};
  const cells: Record<string, string> = {};
  const rows = sheetTexts(ws, MAX_COVER_ROWS, COVER_LABEL_COLS);
  for (const label of locateCoverLabels(rows)) {
    const { col, value: right } = valueCell(ws, label);
    // the cell to the right holding another field's `label：…` is no value of this one
    const value = right !== null && startsWithCoverLabel(cellText(right)) ? null : right;
    if ((value === null || cellText(value).trim() === '') && label.inline) {
      values[label.key] = label.inline;
      cells[label.key] = `${columnLetter(label.col + 1)}${label.row + 1}`;
    } else {
      values[label.key] = value;
      cells[label.key] = `${columnLetter(col)}${label.row + 1}`;
    }
  }
  for (const f of coverPairsBeside(rows, new Set(Object.keys(values)))) {
    values[f.key] = f.text ?? ws.value(f.row + 1, f.col + 1);
    cells[f.key] = `${columnLetter(f.col + 1)}${f.row + 1}`;
  }
  return { sheet: ws.name, values, cells };
}
