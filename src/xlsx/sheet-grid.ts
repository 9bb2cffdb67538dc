// A sheet as the reader sees it: rows and cells by number, values as the engine takes them, merged ranges.
// Built from the raw parts read during the zip guard's pass (parts/*.ts); a cell's value is worked out the first
// time it is asked for and kept. Browser-safe.

import type { CellInput } from '../core/types';
import type { CellBox } from '../core/headers';
import { columnLetter } from '../core/columns';
import type { RawCell, SheetPart } from './parts/sheet-part';
import { refColumn } from './parts/sheet-part';
import type { SharedString, StylesPart } from './parts/book-parts';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** What the readers (read-sheet, read-cover, read-outside, read-meta) ask of a sheet. Rows and columns are 1-based. */
export interface SheetGrid {
  readonly name: string;
  readonly state: SheetState;
  /** the last row the sheet has (a row element, or covered by a merged range) */
  readonly rowCount: number;
  /** the last column any row has a cell in */
  readonly columnCount: number;
  hasRow(r: number): boolean;
  /** the value for the engine; null when empty and for the cells a merged range covers besides its first */
  value(r: number, c: number): CellInput;
  /** the text a reader sees: a merged range's value in every cell it covers */
  text(r: number, c: number): string;
  /** the cell's number format code; undefined for General */
  numFmt(r: number, c: number): string | undefined;
  /** the row's cells holding a value, merge followers left out, by column */
  cells(r: number): { col: number; value: CellInput }[];
  /** the first cell of the merged range covering (r, c), when (r, c) is another cell of it */
  masterOf(r: number, c: number): { r: number; c: number } | undefined;
  merges(): CellBox[];
}

/** Text of a value, for header and label matching only (values go to the engine raw). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return o.richText.map((p: { text?: unknown }) => String(p.text ?? '')).join('');
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) return cellText(o.result);
    if ('text' in o) return cellText(o.text);
  }
  return '';
}

/** What a sheet's values need from the rest of the workbook. */
export interface BookContext {
  strings: SharedString[];
  styles: StylesPart | undefined;
  date1904: boolean;
}

const MAX_COL = 16_384;
const key = (r: number, c: number) => r * MAX_COL + c;

function parseBox(ref: string): CellBox | undefined {
  const [a, b = a] = ref.split(':');
  const c1 = refColumn(a.replace(/\$/g, ''));
  const c2 = refColumn(b.replace(/\$/g, ''));
  const r1 = parseInt(a.replace(/[$A-Za-z]/g, ''), 10);
  const r2 = parseInt(b.replace(/[$A-Za-z]/g, ''), 10);
  if (!c1 || !c2 || !(r1 > 0) || !(r2 > 0)) return undefined;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

const excelDate = (serial: number, date1904: boolean) => new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

export class PlainSheet implements SheetGrid {
  readonly rowCount: number;
  readonly columnCount: number;
  private readonly boxes: CellBox[] = [];
  /** every cell a merged range covers besides its first -> the first */
  private readonly followers = new Map<number, number>();
  private readonly mergedRows = new Set<number>();

  constructor(
    readonly name: string,
    readonly state: SheetState,
    private readonly part: SheetPart,
    private readonly book: BookContext,
    /** cell address -> external hyperlink target */
    private readonly links: Map<string, string>,
  ) {
    let lastRow = part.rows.length - 1;
    let lastCol = 0;
    for (const row of part.rows) if (row) lastCol = Math.max(lastCol, row.cells.length - 1);
    const masters = new Set<number>();
    // a range overlapping an earlier one is left out (Excel refuses to open such a file; a reader should not)
    const covered = (b: CellBox) => {
      for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) if (masters.has(key(r, c)) || this.followers.has(key(r, c))) return true;
      return false;
    };
    for (const ref of part.merges) {
      const box = parseBox(ref);
      if (!box || covered(box)) continue;
      this.boxes.push(box);
      masters.add(key(box.r1, box.c1));
      for (let r = box.r1; r <= box.r2; r++) {
        this.mergedRows.add(r);
        for (let c = box.c1; c <= box.c2; c++) if (r !== box.r1 || c !== box.c1) this.followers.set(key(r, c), key(box.r1, box.c1));
      }
      lastRow = Math.max(lastRow, box.r2);
      lastCol = Math.max(lastCol, box.c2);
    }
    this.rowCount = Math.max(0, lastRow);
    this.columnCount = lastCol;
  }

  hasRow(r: number): boolean {
    return this.part.rows[r] !== undefined || this.mergedRows.has(r);
  }

  value(r: number, c: number): CellInput {
    if (this.followers.size && this.followers.has(key(r, c))) return null;
    return this.own(r, c);
  }

  text(r: number, c: number): string {
    const master = this.followers.size ? this.followers.get(key(r, c)) : undefined;
    const v = master === undefined ? this.own(r, c) : this.own(Math.floor(master / MAX_COL), master % MAX_COL);
    return cellText(v);
  }

  numFmt(r: number, c: number): string | undefined {
    const cell = this.part.rows[r]?.cells[c];
    return cell ? this.book.styles?.format(cell.s) : undefined;
  }

  cells(r: number): { col: number; value: CellInput }[] {
    const out: { col: number; value: CellInput }[] = [];
    const cells = this.part.rows[r]?.cells;
    if (!cells) return out;
    cells.forEach((cell, col) => {
      if (!cell || (this.followers.size && this.followers.has(key(r, col)))) return;
      const value = this.resolve(cell, r, col);
      if (value !== null) out.push({ col, value });
    });
    return out;
  }

  masterOf(r: number, c: number): { r: number; c: number } | undefined {
    const m = this.followers.get(key(r, c));
    return m === undefined ? undefined : { r: Math.floor(m / MAX_COL), c: m % MAX_COL };
  }

  merges(): CellBox[] {
    return this.boxes.map((b) => ({ ...b }));
  }

  private own(r: number, c: number): CellInput {
    const cell = this.part.rows[r]?.cells[c];
    return cell ? this.resolve(cell, r, c) : null;
  }

  private resolve(cell: RawCell, r: number, c: number): CellInput {
    if (!cell.resolved) {
      cell.value = this.compute(cell, r, c);
      cell.resolved = true;
    }
    return cell.value as CellInput;
  }

  private compute(cell: RawCell, r: number, c: number): CellInput {
    const isDate = cell.s ? !!this.book.styles?.isDate(cell.s) : false;
    const link = this.links.size ? this.links.get(`${columnLetter(c)}${r}`) : undefined;
    if (cell.f || cell.si !== undefined) {
      const result = this.formulaResult(cell, isDate);
      if (link) return { text: result ?? null, hyperlink: link };
      const out: { formula?: string; sharedFormula?: string; result?: CellInput; ref?: string; shareType?: string } = {};
      if (cell.f) out.formula = cell.f;
      if (cell.si !== undefined && !cell.sharedRef) {
        const master = this.part.sharedMasters.get(cell.si);
        if (master) out.sharedFormula = master;
      }
      if (result !== undefined && result !== '') out.result = result;
      if (cell.sharedRef) {
        out.ref = cell.sharedRef;
        out.shareType = 'shared';
      }
      return out;
    }
    const value = this.plainValue(cell, isDate);
    if (link && value !== null) return { text: value, hyperlink: link };
    return value;
  }

  /** A formula's cached result, typed by the cell's `t` as a value would be; undefined when none is cached. */
  private formulaResult(cell: RawCell, isDate: boolean): CellInput | undefined {
    return cell.v ? this.typed(cell.t, cell.v, isDate) : undefined;
  }

  private plainValue(cell: RawCell, isDate: boolean): CellInput {
    if (cell.t === 'inlineStr' && cell.inline !== undefined) {
      return typeof cell.inline === 'string' ? cell.inline : { richText: cell.inline };
    }
    return cell.v === undefined ? null : this.typed(cell.t, cell.v, isDate);
  }

  /** The text `v` of a cell of type `t`: a shared string's index, text, a boolean, an error, a date or a number. */
  private typed(t: string | undefined, v: string, isDate: boolean): CellInput {
    switch (t) {
      case 's': {
        const s = this.book.strings[parseInt(v, 10)];
        return s === undefined ? '' : s;
      }
      case 'str':
      case 'inlineStr':
        return v;
      case 'b':
        return parseInt(v, 10) !== 0;
      case 'e':
        return { error: v };
      case 'd': {
        const d = new Date(v);
        return Number.isNaN(d.getTime()) ? v : d;
      }
      default: {
        const n = parseFloat(v);
        if (Number.isNaN(n)) return v;
        return isDate && Number.isFinite(n) ? excelDate(n, this.book.date1904) : n;
      }
    }
  }
}
