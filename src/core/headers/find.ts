// Where a table sits in a sheet: its header row found by header names (and the title, when there is one),
// never by the sheet's name or a fixed position.

import type { TableDef, TableId } from '../types';
import { type HeaderMatch, matchHeaderRow } from './match';
import { normaliseHeader, unitOf } from './normalise';
import { isFigure } from './row-kind';

export interface TableFound {
  def: TableDef;
  /** 0-based index into the rows given of the header row (the one holding the most field names) */
  headerRow: number;
  /** 0-based index of a units row directly under the header, when there is one */
  unitsRow?: number;
  match: HeaderMatch;
  /** the table's title was found above the header */
  titled: boolean;
  score: number;
}

export interface FindOptions {
  /** a table id suggested by metadata: only breaks ties, the headers decide */
  hint?: TableId;
}

const TITLE_BONUS = 3;
const HINT_BONUS = 0.5;

/** A row under a header that holds only units (`万元`, `(人)`), or header text spread down from merged cells. */
export function isUnitsRow(row: (string | undefined)[] | undefined, above: (string | undefined)[]): boolean {
  if (!row) return false;
  let units = 0;
  for (let i = 0; i < row.length; i++) {
    const t = (row[i] ?? '').trim();
    if (!t) continue;
    if (unitOf(t)) units++;
    else if (t !== (above[i] ?? '').trim()) return false;
  }
  return units > 0;
}

function titleKeys(def: TableDef): string[] {
  return [def.title, ...(def.titleAliases ?? [])].map(normaliseHeader).filter((k) => k !== '');
}

/**
 * Per definition, the first row holding its title (rows.length when none): the title counts for header rows
 * below it. One pass over the scan rows, each cell normalised once, instead of one pass per row and definition.
 */
function titleRows(rows: (string | undefined)[][], defs: TableDef[]): Map<TableDef, number> {
  const keys = defs.map((def) => ({ def, keys: titleKeys(def) }));
  const first = new Map<TableDef, number>(defs.map((d) => [d, rows.length]));
  for (let r = 0; r < rows.length && keys.length; r++) {
    for (const cell of rows[r]) {
      const t = normaliseHeader(cell);
      if (!t) continue;
      for (let k = keys.length - 1; k >= 0; k--) {
        if (!keys[k].keys.some((key) => t.includes(key))) continue;
        first.set(keys[k].def, r);
        keys.splice(k, 1);
      }
    }
  }
  return first;
}

/** The last of `rows` holding `def`'s title (the one nearest a header under them), else undefined. */
export function titleRowOf(rows: (string | undefined)[][], def: TableDef): number | undefined {
  const keys = titleKeys(def);
  for (let r = rows.length - 1; r >= 0; r--) {
    if (rows[r].some((cell) => {
      const t = normaliseHeader(cell);
      return t !== '' && keys.some((k) => t.includes(k));
    })) return r;
  }
  return undefined;
}

function acceptable(def: TableDef, m: HeaderMatch, titled: boolean): boolean {
  const named = def.nameKey in m.columns || def.codeKey in m.columns;
  return named && (m.matched >= 4 || (titled && m.matched >= 3));
}

/** A row whose first text is a figure (a serial, an amount) is data, never a header row. */
function ledByFigure(row: (string | undefined)[]): boolean {
  for (const c of row) {
    const t = c?.trim();
    if (t) return isFigure(t);
  }
  return false;
}

/**
 * The best table among `defs` in the first rows of a sheet (as text, merged cells spread over their range),
 * or undefined when no header row names enough fields of any table.
 */
export function findTable(rows: (string | undefined)[][], defs: TableDef[], opts: FindOptions = {}): TableFound | undefined {
  let best: TableFound | undefined;
  const titleAt = titleRows(rows, defs);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row.some((c) => c && c.trim()) || ledByFigure(row)) continue;
    const below = isUnitsRow(rows[r + 1], row) ? r + 1 : undefined;
    for (const def of defs) {
      const m = matchHeaderRow(def, row, below === undefined ? undefined : rows[below], r > 0 ? rows[r - 1] : undefined);
      if (m.matched === 0) continue;
      const titled = titleAt.get(def)! < r;
      if (!acceptable(def, m, titled)) continue;
      const score = m.score + (titled ? TITLE_BONUS : 0) + (opts.hint === def.id ? HINT_BONUS : 0);
      if (!best || score > best.score || (score === best.score && m.matched > best.match.matched)) {
        best = { def, headerRow: r, unitsRow: below, match: m, titled, score };
      }
    }
  }
  return best;
}
