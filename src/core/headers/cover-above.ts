// Cover details typed on the lines above a table instead of on a cover sheet: 「填报单位：…  所在地市：…  申报类型：…
// 填报日期：…」, several `label：value` pairs in one cell, or a `label：` cell with its value in the next cell. Read
// when a workbook has no cover sheet; both readers use this rule.

import type { CellInput, CoverInput } from '../types';
import { type CellContent, unwrapCell } from '../normalise';
import { cover } from '../tables/cover';
import { columnLetter } from '../columns';
import { foldHeader, foldWidth } from './normalise';
import { COVER_LABEL_COLS, MIN_COVER_LABELS, locateCoverLabels, type CoverLabel } from './cover';
import { matchCoverLabel } from './match';

/** A cover field found above a table: 0-based row and column of its value (or of the label, with the value typed in it). */
interface CoverFieldAt {
  key: string;
  row: number;
  col: number;
  /** the value typed after the label in the same cell */
  text?: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** `label` (longest names first), an optional note in brackets (`(盖章)`), then a colon; at the start or after a space or stop. */
const LABEL = (() => {
  const names = cover.fields.flatMap((f) => [f.header, ...(f.aliases ?? [])]).map((n) => foldWidth(n));
  const alternation = [...new Set(names)].sort((a, b) => b.length - a.length).map(escape).join('|');
  // no look-behind: the task pane also runs in Internet Explorer 11
  return new RegExp(`(^|[\\s,;，；、])\\*?(${alternation})\\s*(?:[([][^()[\\]]*[)\\]])?\\s*:`, 'g');
})();

interface LabelHit {
  name: string;
  /** where the label starts and where its colon ends */
  start: number;
  end: number;
}

function labelsIn(text: string): LabelHit[] {
  const out: LabelHit[] = [];
  const re = new RegExp(LABEL.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ name: m[2], start: m.index + m[1].length, end: m.index + m[0].length });
  return out;
}

const clean = (v: string): string => v.trim().replace(/^[,;，；、]+|[,;，；、]+$/g, '').trim();

/** The cover fields typed in `rows` (texts, merged cells spread over their range), each once: the first wins. */
function locateCoverAbove(rows: (string | undefined)[][]): CoverFieldAt[] {
  const out: CoverFieldAt[] = [];
  const seen = new Set<string>();
  const add = (f: CoverFieldAt): void => {
    if (!seen.has(f.key)) {
      seen.add(f.key);
      out.push(f);
    }
  };
  rows.forEach((cells, row) => {
    const next = (col: number, own: string): number | undefined => {
      for (let c = col + 1; c < cells.length; c++) {
        const t = (cells[c] ?? '').trim();
        if (t && t !== own) return startsWithCoverLabel(t) ? undefined : c;
      }
      return undefined;
    };
    cells.forEach((cell, col) => {
      const own = (cell ?? '').trim();
      if (!own || (col > 0 && (cells[col - 1] ?? '').trim() === own)) return;
      const text = foldHeader(own);
      const labels = labelsIn(text);
      if (labels.length === 0) {
        // a label alone in its cell, the value in the next one
        const key = own.length <= 12 ? matchCoverLabel(own) : undefined;
        const at = key ? next(col, own) : undefined;
        if (key && at !== undefined) add({ key, row, col: at });
        return;
      }
      labels.forEach((m, i) => {
        const key = matchCoverLabel(m.name);
        if (!key) return;
        const value = clean(text.slice(m.end, i + 1 < labels.length ? labels[i + 1].start : undefined));
        if (value) add({ key, row, col, text: value });
        else if (i === labels.length - 1) {
          const at = next(col, own);
          if (at !== undefined) add({ key, row, col: at });
        }
      });
    });
  });
  return out;
}

/** A cell that starts with a cover field's `label：` is another field, never the value of the label left of it. */
export function startsWithCoverLabel(text: string | undefined): boolean {
  return labelsIn(foldHeader((text ?? '').trim()))[0]?.start === 0;
}

/**
 * On a cover sheet, the `label：value` pairs beside the labels that start the rows (「联系人：钱七 | 联系电话：0356-…」):
 * the fields not in `found`, looked for in the same first columns as the labels.
 */
export function coverPairsBeside(rows: (string | undefined)[][], found: Set<string>): CoverFieldAt[] {
  return locateCoverAbove(rows.map((r) => r.slice(0, COVER_LABEL_COLS))).filter((f) => !found.has(f.key));
}

/** A value cell that gives a label no value: nothing in it (an error or a formula without a result shows nothing either). */
const givesNothing = (c: CellContent): boolean => c.kind === 'empty' || c.kind === 'error' || c.kind === 'formula-no-result' || (c.kind === 'text' && c.text.trim() === '');

/**
 * A cover sheet's fields (both readers): each label's value in the cell `valueCol` names (by default the one right
 * of the label), or typed after the label's colon when that cell holds nothing or another field's `label：…`; then
 * the pairs beside (coverPairsBeside). `rows` are the sheet's texts and `valueAt` reads a cell, both 0-based.
 */
export function coverOfSheet(
  sheet: string, rows: (string | undefined)[][], valueAt: (row: number, col: number) => CellInput, valueCol = (l: CoverLabel): number => l.col + 1,
): CoverInput {
  const input: CoverInput = { sheet, values: {}, cells: {} };
  for (const l of locateCoverLabels(rows)) {
    const col = valueCol(l);
    const right = valueAt(l.row, col);
    const shown = unwrapCell(right);
    // the cell to the right holding another field's `label：…` is no value of this one
    const value = shown.kind === 'text' && startsWithCoverLabel(shown.text) ? null : right;
    const inLabel = (value === null || givesNothing(shown)) && l.inline !== undefined;
    input.values[l.key] = inLabel ? l.inline! : value;
    input.cells[l.key] = `${columnLetter((inLabel ? l.col : col) + 1)}${l.row + 1}`;
  }
  for (const f of coverPairsBeside(rows, new Set(Object.keys(input.values)))) {
    input.values[f.key] = f.text ?? valueAt(f.row, f.col);
    input.cells[f.key] = `${columnLetter(f.col + 1)}${f.row + 1}`;
  }
  return input;
}

/**
 * The cover typed above a table in `sheet`: `rows` are the sheet's texts from its first row down to the header
 * (0-based), `valueAt` reads a value cell. Undefined when fewer than MIN_COVER_LABELS fields are there.
 */
export function coverAbove(sheet: string, rows: (string | undefined)[][], valueAt: (row: number, col: number) => CellInput): CoverInput | undefined {
  const fields = locateCoverAbove(rows);
  if (fields.length < MIN_COVER_LABELS) return undefined;
  const input: CoverInput = { sheet, values: {}, cells: {}, aboveTable: true };
  for (const f of fields) {
    input.values[f.key] = f.text ?? valueAt(f.row, f.col);
    input.cells[f.key] = `${columnLetter(f.col + 1)}${f.row + 1}`;
  }
  return input;
}
