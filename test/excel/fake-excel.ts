// A fake open workbook for the Office.js adapter's tests. office-addin-mock 4 supplies the load/sync semantics
// (loading a property the data lacks throws; reading one before sync gives an error string). What it cannot
// model is written here: a cell store behind getRange, writes committed at sync, used ranges, events
// (handlers passed to onChanged.add are kept so tests can call them), names and conditional formats.
import { OfficeMockObject } from 'office-addin-mock';
import { columnLetter } from '../../src/core/columns';
import { parseAddress, type Box } from '../../src/excel/address';

type Value = string | number | boolean;
export interface FakeSheet {
  name: string;
  cells: Map<string, Value>;
  formats: Map<string, string>;
  formulas: Map<string, string>;
  visibility: string;
  validations: { address: string; dv: Record<string, unknown> }[];
  merges: string[];
}

const k = (r: number, c: number): string => `${r},${c}`;
const local = (b: Box): string => `${columnLetter(b.c1)}${b.r1}:${columnLetter(b.c2)}${b.r2}`;
const CAP = 300_000; // ranges larger than this get no values (nothing reads them whole)

export class FakeBook {
  readonly sheets = new Map<string, FakeSheet>();
  readonly names = new Map<string, string>();
  readonly handlers = new Map<string, (e: unknown) => Promise<unknown>>();
  readonly cfs: { sheet: string; address: string; cf: { custom: { rule: { formula?: string }; format: { fill: { color?: string }; font: { color?: string } } } } }[] = [];
  /** ranges loaded, in order: sheet, address, properties */
  readonly loads: { sheet: string; address: string; props: string }[] = [];
  /** values or formulas writes committed, in order */
  readonly writes: { sheet: string; address: string; rows: number; cols: number }[] = [];
  syncs = 0;
  active?: string;
  selected?: string;
  enableEventsLog: boolean[] = [];
  readonly context: any;
  private pending: { sheet: FakeSheet; box: Box; m: any; values: unknown; formulas: unknown; numberFormat: unknown }[] = [];
  private wsMocks = new Map<string, any>();

  constructor(sheetNames: string[] = ['Sheet1']) {
    for (const n of sheetNames) this.addSheet(n);
    const book = this;
    this.context = new OfficeMockObject({
      runtime: { enableEvents: true },
      workbook: {
        worksheets: {
          load(this: any) { this.items = [...book.sheets.values()].map((s) => ({ name: s.name, visibility: s.visibility })); return this; },
          getItem: (name: string) => this.ws(name),
          add: (name: string) => { if (this.sheets.has(name)) throw new Error(`sheet ${name} exists`); this.addSheet(name); return this.ws(name); },
        },
        names: {
          load(this: any) { this.items = [...book.names.keys()].map((name) => ({ name })); return this; },
          add: (name: string, ref: string) => { if (this.names.has(name)) throw new Error(`name ${name} exists`); this.names.set(name, ref); },
        },
      },
    });
    const sync = this.context.sync.bind(this.context);
    this.context.sync = async () => {
      this.syncs++;
      this.enableEventsLog.push(this.context.runtime.enableEvents);
      await sync();
      this.commit();
    };
  }

  addSheet(name: string): FakeSheet {
    const s: FakeSheet = { name, cells: new Map(), formats: new Map(), formulas: new Map(), visibility: 'Visible', validations: [], merges: [] };
    this.sheets.set(name, s);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.get(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** A cell's value as the workbook holds it now. */
  get(sheet: string, a1: string): Value | undefined {
    const b = parseAddress(a1);
    return this.sheet(sheet).cells.get(k(b.r1, b.c1));
  }

  /** Writes values as a clerk would (no event: call the handler yourself). */
  set(sheet: string, a1: string, rows: (Value | null)[][]): void {
    const b = parseAddress(a1);
    const s = this.sheet(sheet);
    rows.forEach((row, i) => row.forEach((v, j) => {
      if (v === null || v === '') s.cells.delete(k(b.r1 + i, b.c1 + j));
      else s.cells.set(k(b.r1 + i, b.c1 + j), v);
    }));
  }

  /** Fires the sheet's onChanged handler the way Excel would after an edit. */
  async change(sheet: string, address: string, changeType = 'RangeEdited'): Promise<void> {
    const h = this.handlers.get(sheet);
    if (!h) throw new Error(`no onChanged handler on ${sheet}`);
    await h({ address: `${sheet}!${address}`, changeType, source: 'Local', type: 'WorksheetChanged' });
  }

  private ws(name: string): any {
    const s = this.sheet(name);
    const cached = this.wsMocks.get(name);
    if (cached) return cached;
    const book = this;
    const ws = new OfficeMockObject({
      name,
      getRange: (a: string) => this.range(s, a),
      getUsedRange: () => this.range(s, this.used(s)),
      activate: () => { this.active = name; },
      onChanged: {
        add: (h: (e: unknown) => Promise<unknown>) => {
          this.handlers.set(name, h);
          return { remove: () => this.handlers.delete(name), context: book.context };
        },
      },
      freezePanes: { freezeAt(this: any, r: any) { this.at = r.address; }, freezeRows(this: any, n: number) { this.rows = n; }, freezeColumns(this: any, n: number) { this.cols = n; } },
      pageLayout: { setPrintTitleRows(this: any, t: string) { this.titleRows = t; } },
    }) as any;
    this.wsMocks.set(name, ws);
    return ws;
  }

  private used(s: FakeSheet): string {
    let r2 = 1;
    let c2 = 1;
    for (const key of [...s.cells.keys(), ...s.formulas.keys()]) {
      const [r, c] = key.split(',').map(Number);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    return `A1:${columnLetter(c2)}${r2}`;
  }

  private grid(s: FakeSheet, b: Box): { values: unknown[][]; valueTypes: string[][]; numberFormat: string[][] } {
    const values: unknown[][] = [];
    const valueTypes: string[][] = [];
    const numberFormat: string[][] = [];
    for (let r = b.r1; r <= b.r2; r++) {
      const v: unknown[] = [];
      const t: string[] = [];
      const f: string[] = [];
      for (let c = b.c1; c <= b.c2; c++) {
        const x = s.cells.get(k(r, c));
        v.push(x ?? '');
        t.push(x === undefined ? 'Empty' : typeof x === 'number' ? 'Double' : typeof x === 'boolean' ? 'Boolean' : String(x).startsWith('#') ? 'Error' : 'String');
        f.push(s.formats.get(k(r, c)) ?? 'General');
      }
      values.push(v);
      valueTypes.push(t);
      numberFormat.push(f);
    }
    return { values, valueTypes, numberFormat };
  }

  private range(s: FakeSheet, a: string): any {
    const b = parseAddress(a);
    const size = (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1);
    const g = size <= CAP ? this.grid(s, b) : {};
    const address = `${s.name}!${columnLetter(b.c1)}${b.r1}:${columnLetter(b.c2)}${b.r2}`;
    const book = this;
    const m = new OfficeMockObject({
      address,
      rowIndex: b.r1 - 1,
      rowCount: b.r2 - b.r1 + 1,
      columnCount: b.c2 - b.c1 + 1,
      ...g,
      format: { font: {}, fill: {}, borders: { getItem(this: any, e: string): unknown { return (this[`_${e}`] ??= { index: e }); } } },
      dataValidation: {},
      conditionalFormats: {
        add: () => {
          const cf = { custom: { rule: {}, format: { fill: {}, font: {} } } };
          book.cfs.push({ sheet: s.name, address, cf });
          return cf;
        },
      },
      merge: () => { s.merges.push(address); },
      select: () => { book.selected = address; },
      clear: () => {
        for (const key of [...s.cells.keys()]) {
          const [r, c] = key.split(',').map(Number);
          if (r >= b.r1 && r <= b.r2 && c >= b.c1 && c <= b.c2) s.cells.delete(key);
        }
      },
    }) as any;
    const load = m.load.bind(m);
    m.load = (props: string) => {
      this.loads.push({ sheet: s.name, address: `${columnLetter(b.c1)}${b.r1}:${columnLetter(b.c2)}${b.r2}`, props });
      return load(props);
    };
    this.pending.push({ sheet: s, box: b, m, values: m.values, formulas: m.formulas, numberFormat: m.numberFormat });
    return m;
  }

  /** Applies what the batch queued: values, formulas, formats, validations, visibility. */
  private commit(): void {
    const pending = this.pending;
    this.pending = [];
    for (const p of pending) {
      p.m.sync();
      const { sheet: s, box: b, m } = p;
      const put = (arr: unknown, into: (r: number, c: number, v: unknown) => void): void => {
        if (!Array.isArray(arr)) return;
        const rows = arr as unknown[][];
        for (let r = b.r1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) {
          const v = rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows[r - b.r1]?.[c - b.c1];
          into(r, c, v);
        }
      };
      if (m.values !== p.values) {
        put(m.values, (r, c, v) => (v === '' || v === null || v === undefined ? s.cells.delete(k(r, c)) : s.cells.set(k(r, c), v as Value)));
        this.writes.push({ sheet: s.name, address: local(b), rows: (m.values as unknown[]).length, cols: (m.values as unknown[][])[0].length });
      }
      if (m.formulas !== p.formulas) {
        put(m.formulas, (r, c, v) => s.formulas.set(k(r, c), String(v)));
        this.writes.push({ sheet: s.name, address: local(b), rows: 1, cols: 1 });
      }
      if (m.numberFormat !== p.numberFormat) put(m.numberFormat, (r, c, v) => s.formats.set(k(r, c), String(v)));
      if (m.dataValidation.rule) s.validations.push({ address: local(b), dv: { ...m.dataValidation } });
    }
    for (const [name, ws] of this.wsMocks) {
      ws.sync();
      if (typeof ws.visibility === 'string' && !ws.visibility.startsWith('Error')) this.sheet(name).visibility = ws.visibility;
    }
  }
}

/** Every feature on, or all of them at or below an API version. */
export const featuresUpTo = (v: number) => (set: string, version: string): boolean => set === 'ExcelApi' && Number(version.split('.')[1]) <= v;
