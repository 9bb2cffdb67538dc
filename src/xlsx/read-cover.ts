// The cover (填报信息): one field per row, label on the left, value in the cell to its right.

import type { Worksheet } from 'exceljs';
import type { CellInput, CoverInput } from '../core/types';
import { matchCoverLabel } from '../core/headers';
import { columnLetter } from '../core/columns';
import { cellText, cellValue, isMergeFollower } from './read-cell';

const MAX_COVER_ROWS = 80;
/** labels sit in one of the first columns */
const LABEL_COLS = 3;

interface Label {
  key: string;
  row: number;
  col: number;
  text: string;
}

function labelsOf(ws: Worksheet): Label[] {
  const out: Label[] = [];
  const seen = new Set<string>();
  const last = Math.min(ws.rowCount, MAX_COVER_ROWS);
  for (let r = 1; r <= last; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    for (let c = 1; c <= LABEL_COLS; c++) {
      const cell = row.findCell(c);
      const text = cell && !isMergeFollower(cell) ? cellText(cell.value).trim() : '';
      if (!text) continue;
      // `联系电话:0351-...` in one cell: the label is the part before the colon
      const key = matchCoverLabel(text) ?? matchCoverLabel(text.split(/[:：]/)[0]);
      if (key && !seen.has(key)) {
        seen.add(key);
        out.push({ key, row: r, col: c, text });
      }
      break; // only the row's first text can be its label
    }
  }
  return out;
}

/** How many distinct cover labels the sheet's first columns hold. */
export function coverLabelCount(ws: Worksheet): number {
  return labelsOf(ws).length;
}

/** The cell right of a label, past the label's own merged range. */
function valueCell(ws: Worksheet, label: Label): { col: number; value: CellInput } {
  const row = ws.getRow(label.row);
  let c = label.col + 1;
  while (c < label.col + 20) {
    const cell = row.getCell(c);
    if (!(isMergeFollower(cell) && cell.master.address === row.getCell(label.col).address)) break;
    c++;
  }
  const cell = row.findCell(c);
  const v = cell && !isMergeFollower(cell) ? cellValue(cell) : null;
  return { col: c, value: v ?? null };
}

/** Read a cover sheet; fields whose value cell is empty are still located (cells), with a null value. */
export function readCover(ws: Worksheet): CoverInput {
  const values: Record<string, CellInput> = {};
  const cells: Record<string, string> = {};
  for (const label of labelsOf(ws)) {
    const { col, value } = valueCell(ws, label);
    const inline = /[:：]\s*(\S.*)$/.exec(label.text);
    if ((value === null || cellText(value).trim() === '') && inline) {
      values[label.key] = inline[1].trim();
      cells[label.key] = `${columnLetter(label.col)}${label.row}`;
    } else {
      values[label.key] = value;
      cells[label.key] = `${columnLetter(col)}${label.row}`;
    }
  }
  return { sheet: ws.name, values, cells };
}
