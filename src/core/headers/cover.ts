// Where a cover sheet's fields are: a label (cover field header or alias) as the first text of a row among its
// first columns (a 序号 before it passed over), the value in the cell to its right — or after a colon in the label cell itself
// (`联系电话:0351-4921797`). Both readers locate cover fields with this one rule.

import { matchCoverLabel } from './match';
import { foldWidth } from './normalise';
import { isNumberingOnly } from './tolerant';

/** Labels sit in one of a row's first columns. */
export const COVER_LABEL_COLS = 3;
/** A sheet holding fewer cover labels than this is not taken for a cover (unless it is named so). */
export const MIN_COVER_LABELS = 3;

export interface CoverLabel {
  key: string;
  /** 0-based row and column of the label cell in the rows given */
  row: number;
  col: number;
  /** the value written after a colon in the label cell, when there is one */
  inline?: string;
}

/** The cover fields the rows name, each once (the first label wins). `rows` are the sheet's texts, 0-based. */
export function locateCoverLabels(rows: (string | undefined)[][]): CoverLabel[] {
  const out: CoverLabel[] = [];
  const seen = new Set<string>();
  rows.forEach((cells, row) => {
    for (let col = 0; col < Math.min(COVER_LABEL_COLS, cells.length); col++) {
      const text = (cells[col] ?? '').trim();
      // a 序号 before the label (「1 | 申报类型 | …」) is passed over like an empty cell
      if (!text || isNumberingOnly(foldWidth(text).replace(/\s+/g, ''))) continue;
      const key = matchCoverLabel(text) ?? matchCoverLabel(text.split(/[:：]/)[0]);
      if (key && !seen.has(key)) {
        seen.add(key);
        const inline = /[:：]\s*(\S.*)$/.exec(text);
        out.push(inline ? { key, row, col, inline: inline[1].trim() } : { key, row, col });
      }
      break; // only the row's first text can be its label
    }
  });
  return out;
}
