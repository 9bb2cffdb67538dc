// One worksheet's state in the strict host: cells, formulas, number formats and everything else written to it.
import { columnLetter } from '../../../src/core/columns';
import { type Box, MAX_COL, MAX_ROW, parseAddress } from '../../../src/excel/address';
import { coerce } from './coerce';
import { OfficeError } from './limits';

export type Value = string | number | boolean;
export const key = (r: number, c: number): string => `${r},${c}`;
export const local = (b: Box): string => `${columnLetter(b.c1)}${b.r1}:${columnLetter(b.c2)}${b.r2}`;
export const cellCount = (b: Box): number => (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1);
/** A sheet's name as addresses Office returns write it: quoted when it holds a space or anything but ASCII. */
export const sheetRef = (name: string): string => (name.includes(' ') || /[^\x00-\x7f]/.test(name) ? `'${name}'` : name);

/** A property set or method called on something of the sheet (format, page layout, freeze panes ...). */
export interface SheetProp {
  address: string;
  path: string;
  value: unknown;
}

export interface FakeCf {
  /** the sheet's name when the format was added */
  sheet: string;
  address: string;
  type: string;
  formula?: string;
  fill?: string;
  font?: string;
  /** the workbook's defined names when the format was added (its formula may use them) */
  names: string[];
}

let nextId = 1;

export class FakeSheet {
  /** worksheet ids are GUIDs in Excel; what matters is that a sheet created again gets a new one */
  readonly id = `{00000000-0000-0000-0000-${String(nextId++).padStart(12, '0')}}`;
  alive = true;
  visibility = 'Visible';
  readonly cells = new Map<string, Value>();
  readonly formulas = new Map<string, string>();
  /** number formats; absent = General */
  readonly formats = new Map<string, string>();
  readonly validations: { address: string; dv: Record<string, unknown> }[] = [];
  /** merged ranges, as `Sheet!A1:B2` (Range.merge, or a workbook copied in) */
  readonly merges: string[] = [];
  readonly cfs: FakeCf[] = [];
  readonly props: SheetProp[] = [];

  constructor(public name: string) {}

  /** The last value given to a property path (e.g. `format.font.name`) over `address`, or undefined. */
  prop(address: string, path: string): unknown {
    for (let i = this.props.length - 1; i >= 0; i--) if (this.props[i].address === address && this.props[i].path === path) return this.props[i].value;
    return undefined;
  }

  /** Every property set on the sheet under a path, in order. */
  propsAt(path: string): SheetProp[] {
    return this.props.filter((p) => p.path === path);
  }

  /** Writes one cell as Range.values does: coerced as typed unless the cell's format is text. */
  putValue(r: number, c: number, v: unknown): void {
    const k = key(r, c);
    const { stored, format } = coerce(v, this.formats.get(k));
    this.cells.delete(k);
    this.formulas.delete(k);
    if ('value' in stored) this.cells.set(k, stored.value);
    else if ('formula' in stored) this.formulas.set(k, stored.formula);
    if (format && !this.formats.has(k)) this.formats.set(k, format);
  }

  /** Writes one cell as Range.formulas does: a string starting with `=` is a formula, anything else a value. */
  putFormula(r: number, c: number, v: unknown): void {
    if (typeof v === 'string' && v.startsWith('=') && this.formats.get(key(r, c)) !== '@') {
      this.cells.delete(key(r, c));
      this.formulas.set(key(r, c), v);
    } else this.putValue(r, c, v);
  }

  putFormat(r: number, c: number, v: unknown): void {
    if (v === 'General' || v === null || v === undefined) this.formats.delete(key(r, c));
    else this.formats.set(key(r, c), String(v));
  }

  /** Range.clear(applyTo): contents, formats or both. */
  clear(b: Box, applyTo = 'All'): void {
    const inside = (k: string): boolean => {
      const [r, c] = k.split(',').map(Number);
      return r >= b.r1 && r <= b.r2 && c >= b.c1 && c <= b.c2;
    };
    const maps = applyTo === 'Formats' ? [this.formats] : applyTo === 'Contents' ? [this.cells, this.formulas] : [this.cells, this.formulas, this.formats];
    for (const m of maps) for (const k of [...m.keys()]) if (inside(k)) m.delete(k);
  }

  /**
   * The used range: the smallest box holding every value (and formula, unless `valuesOnly` is false, formats too).
   * A blank sheet gives A1 ("If the worksheet is blank, this function will return the top left cell",
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)).
   */
  used(valuesOnly: boolean): Box {
    let r1 = MAX_ROW;
    let c1 = MAX_COL;
    let r2 = 0;
    let c2 = 0;
    const maps = valuesOnly ? [this.cells, this.formulas] : [this.cells, this.formulas, this.formats];
    for (const m of maps) for (const k of m.keys()) {
      const [r, c] = k.split(',').map(Number);
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    return r2 === 0 ? { r1: 1, c1: 1, r2: 1, c2: 1 } : { r1, c1, r2, c2 };
  }

  /** What a read of `values,valueTypes,numberFormat,formulas` returns for a box. */
  grid(b: Box): { values: unknown[][]; valueTypes: string[][]; numberFormat: string[][]; formulas: unknown[][] } {
    const values: unknown[][] = [];
    const valueTypes: string[][] = [];
    const numberFormat: string[][] = [];
    const formulas: unknown[][] = [];
    for (let r = b.r1; r <= b.r2; r++) {
      const v: unknown[] = [];
      const t: string[] = [];
      const f: string[] = [];
      const fx: unknown[] = [];
      for (let c = b.c1; c <= b.c2; c++) {
        const x = this.cells.get(key(r, c));
        v.push(x ?? '');
        t.push(x === undefined ? 'Empty' : typeof x === 'number' ? 'Double' : typeof x === 'boolean' ? 'Boolean' : String(x).startsWith('#') ? 'Error' : 'String');
        f.push(this.formats.get(key(r, c)) ?? 'General');
        fx.push(this.formulas.get(key(r, c)) ?? x ?? '');
      }
      values.push(v);
      valueTypes.push(t);
      numberFormat.push(f);
      formulas.push(fx);
    }
    return { values, valueTypes, numberFormat, formulas };
  }

  /** The merged ranges as boxes. */
  mergedBoxes(): Box[] {
    return this.merges.map((m) => parseAddress(m.slice(m.lastIndexOf('!') + 1)));
  }

  /**
   * Deletes rows r1..r2: everything below moves up (cells, formulas, formats, merged ranges). A merged range the
   * deletion cuts loses those rows; one left a single cell (or none) is merged no more.
   */
  deleteRows(r1: number, r2: number): void {
    this.deleteCellsUp({ r1, r2, c1: 1, c2: MAX_COL });
  }

  /**
   * Deletes the cells of `b`; the cells below them in the same columns move up (Range.delete("Up")). A merged range
   * reaching into those columns from outside cannot move with them: Excel refuses the deletion
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1); in Excel:
   * "This operation will cause some merged cells to unmerge").
   */
  deleteCellsUp(b: Box): void {
    const { r1, r2, c1, c2 } = b;
    const n = r2 - r1 + 1;
    const inColumns = (m: Box): boolean => m.c1 >= c1 && m.c2 <= c2;
    const touched = (m: Box): boolean => m.r2 >= r1 && m.c2 >= c1 && m.c1 <= c2;
    if (this.mergedBoxes().some((m) => touched(m) && !inColumns(m))) throw new OfficeError('InvalidOperation', `deleting ${local(b)} would cut a merged range`);
    const merged = this.mergedBoxes().map((m) => (!inColumns(m) ? m : {
      ...m,
      r1: m.r1 < r1 ? m.r1 : m.r1 > r2 ? m.r1 - n : r1,
      r2: m.r2 < r1 ? m.r2 : m.r2 > r2 ? m.r2 - n : r1 - 1,
    })).filter((m) => m.r2 >= m.r1 && cellCount(m) > 1);
    this.merges.splice(0, this.merges.length, ...merged.map((m) => `${this.name}!${local(m)}`));
    for (const m of [this.cells, this.formulas, this.formats] as Map<string, unknown>[]) {
      const moved: [string, unknown][] = [];
      for (const [k, v] of m) {
        const [r, c] = k.split(',').map(Number);
        if (r < r1 || c < c1 || c > c2) continue;
        m.delete(k);
        if (r > r2) moved.push([key(r - n, c), v]);
      }
      for (const [k, v] of moved) m.set(k, v);
    }
  }
}
