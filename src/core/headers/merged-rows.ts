// A value in a range merged down a table's rows (关联骨干企业, 是否在基地内, 单位类别 shared by the rows beside
// it) applies to every row the range covers, as a person reading the printed table takes it. A range merged across
// columns as well is the same rule: the value goes to the range's first table column. Both readers use this one
// rule; each reports the range once, as a notice, so the province knows the file used merged cells.

import type { CellInput, Issue, RowInput, TableDef, TableLayout } from '../types';
import { columnIndex, columnLetter } from '../columns';
import { contentText, unwrapCell } from '../normalise';
import { message } from '../messages';
import { fieldHeader } from '../tables';

/** A block of a sheet: rows r1..r2, columns c1..c2, 1-based, as merged ranges are reported. */
export interface CellBox {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** A merged range running down a table's rows, with the table column it feeds. */
export interface MergedDown {
  box: CellBox;
  /** the field key, or the extra column's header */
  key: string;
  extra: boolean;
}

/** The merged ranges that cover more than one row below the header, each with the table column it feeds. */
export function mergesDown(boxes: CellBox[], layout: TableLayout, firstDataRow: number): MergedDown[] {
  const byCol = new Map<number, { key: string; extra: boolean }>();
  for (const [key, letter] of Object.entries(layout.columns)) byCol.set(columnIndex(letter), { key, extra: false });
  for (const [key, letter] of Object.entries(layout.extras)) byCol.set(columnIndex(letter), { key, extra: true });
  const out: MergedDown[] = [];
  for (const box of boxes) {
    if (box.r2 <= box.r1 || box.r1 < firstDataRow) continue;
    for (let c = box.c1; c <= box.c2; c++) {
      const col = byCol.get(c);
      if (col) {
        out.push({ box, ...col });
        break;
      }
    }
  }
  return out.sort((a, b) => a.box.r1 - b.box.r1 || a.box.c1 - b.box.c1);
}

const address = (b: CellBox): string => `${columnLetter(b.c1)}${b.r1}:${columnLetter(b.c2)}${b.r2}`;

/**
 * Puts each range's value (the value of its top-left cell, `valueAt`; `extra` when it feeds a column carried as text)
 * into the rows it covers among `rows` (the rows read as data), and returns one notice per range that gave its
 * value to another row.
 */
export function spreadMerged(
  def: TableDef, layout: TableLayout, rows: RowInput[], merges: MergedDown[],
  valueAt: (row: number, col: number, extra: boolean) => CellInput,
): Issue[] {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const issues: Issue[] = [];
  for (const m of merges) {
    const value = valueAt(m.box.r1, m.box.c1, m.extra);
    const shown = contentText(unwrapCell(value));
    if (shown === '') continue;
    let spread = false;
    // the top row too: its own cell is the value's only when the range starts in the table column
    for (let r = m.box.r1; r <= m.box.r2; r++) {
      const row = byRow.get(r);
      if (!row) continue;
      if (m.extra) row.extras = { ...row.extras, [m.key]: value };
      else row.values[m.key] = value;
      if (r > m.box.r1) spread = true;
    }
    if (!spread) continue;
    const field = m.extra ? m.key : fieldHeader(def.columns, m.key);
    issues.push({
      code: 'cell/merged-rows', severity: 'notice', sheet: layout.sheet, row: m.box.r1, column: columnLetter(m.box.c1), field, value: shown,
      message: message('cell/merged-rows', { field, value: shown, range: address(m.box) }),
    });
  }
  return issues;
}
