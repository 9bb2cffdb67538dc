// Excel.Worksheet, the worksheet collection, names, tables, runtime and events in the strict host.
import { parseAddress } from '../../../src/excel/address';
import { type StrictContext, Loaded, propList, recorder } from './context';
import { RangeProxy } from './range';
import { type FakeSheet, local } from './sheet';
import { OfficeError, jsonBytes } from './limits';

/** What the proxies need from the book: its sheets, names, tables, handlers and runtime state. */
export interface BookState {
  readonly api: number;
  enableEvents: boolean;
  active?: string;
  list(): FakeSheet[];
  addSheet(name: string, raiseEvent: boolean): FakeSheet;
  removeSheet(sheet: FakeSheet): void;
  readonly names: Map<string, string>;
  readonly tables: { address: string; name?: string; style?: string }[];
  readonly tableHeaders: boolean[];
  addHandler(h: Handler): void;
  removeHandler(h: Handler): void;
  recordLoad(sheet: FakeSheet, address: string, props: string): void;
}

export type EventKind = 'onChanged' | 'onAdded' | 'onDeleted' | 'onNameChanged';
export interface Handler {
  kind: EventKind;
  /** the sheet's id for worksheet events; undefined for the collection's */
  sheetId?: string;
  fn: (args: any) => unknown;
  context: StrictContext;
}

const itemNotFound = (key: string): OfficeError => new OfficeError('ItemNotFound', `the requested resource (${key}) doesn't exist`);
const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * `onChanged.add(handler)` etc.: registered at sync; `remove()` is queued on the context the handler was added in,
 * so it has to run in that context again (`Excel.run(result.context, …)`: "Remove event handlers using the remove
 * method with the same RequestContext", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
 */
function eventSource(ctx: StrictContext, book: BookState, kind: EventKind, sheetId: () => string | undefined): { add(fn: (args: any) => unknown): { context: StrictContext; remove(): void } } {
  return {
    add(fn) {
      const h: Handler = { kind, fn, context: ctx };
      ctx.enqueue({ label: `${kind}.add`, bytes: 20, run: () => { h.sheetId = sheetId(); book.addHandler(h); } });
      return {
        context: ctx,
        remove() {
          ctx.enqueue({ label: `${kind}.remove`, bytes: 20, run: () => book.removeHandler(h) });
        },
      };
    },
  };
}

/**
 * Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an
 * InvalidOperation exception" (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
 */
function refuseVeryHidden(sheet: FakeSheet): void {
  if (sheet.visibility === 'VeryHidden') throw new OfficeError('InvalidOperation', `${sheet.name} is very hidden and cannot be deleted`);
}

/**
 * A workbook keeps at least one visible sheet: Excel refuses to delete the last visible one, hidden sheets or not
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1);
 * https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility).
 */
function refuseLastVisible(book: BookState, sheet: FakeSheet): void {
  const visible = book.list().filter((s) => s.visibility === 'Visible');
  if (visible.length === 1 && visible[0] === sheet) throw new OfficeError('InvalidOperation', `${sheet.name} is the last visible sheet`);
}

export class WorksheetProxy {
  private readonly loaded = new Loaded();
  private bound?: FakeSheet;

  readonly freezePanes: any;
  readonly pageLayout: any;

  constructor(readonly context: StrictContext, private readonly book: BookState, private readonly find: () => FakeSheet, private readonly nullable = false) {
    const prop = (path: string, value: unknown): { wrote: { sheet: FakeSheet; what: string } } => {
      const sheet = this.sheet();
      sheet.props.push({ address: '', path, value });
      return { wrote: { sheet, what: path } };
    };
    const call = (name: string, minor: number, arg: (a: any) => unknown) => (a: any): void => {
      context.needs(minor, `Worksheet.${name.split('.')[0]}`);
      const value = a instanceof RangeProxy ? a.addressFor(context, name) : () => arg(a);
      context.enqueue({ label: name, bytes: 20, run: () => prop(name, value()) });
    };
    this.freezePanes = recorder(context, prop, {
      'freezePanes.freezeAt': call('freezePanes.freezeAt', 7, (a) => a),
      'freezePanes.freezeRows': call('freezePanes.freezeRows', 7, (a) => a),
      'freezePanes.freezeColumns': call('freezePanes.freezeColumns', 7, (a) => a),
    }, 'freezePanes.');
    this.pageLayout = recorder(context, (path, value) => {
      context.needs(9, 'Worksheet.pageLayout');
      return prop(path, value);
    }, { 'pageLayout.setPrintTitleRows': call('pageLayout.setPrintTitleRows', 9, (a) => a) }, 'pageLayout.');
  }

  /** The sheet this proxy stands for, found at sync; a deleted sheet is gone for good. */
  sheet(): FakeSheet {
    if (!this.bound) this.bound = this.find();
    if (!this.bound.alive) throw new OfficeError('InvalidObjectPath', `the worksheet ${this.bound.name} was deleted`);
    return this.bound;
  }

  get name(): string { return this.loaded.get('name', 'Worksheet'); }
  get id(): string { return this.loaded.get('id', 'Worksheet'); }
  get visibility(): string { return this.loaded.get('visibility', 'Worksheet'); }
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    return this.loaded.get('isNullObject', 'Worksheet');
  }
  set visibility(v: string) {
    this.context.enqueue({ label: 'Worksheet.visibility', bytes: 20, run: () => {
      const sheet = this.sheet();
      sheet.visibility = v;
      return { wrote: { sheet, what: `visibility=${v}` } };
    } });
  }

  /** Sets the loaded data of an item of a loaded collection. */
  fill(data: Record<string, unknown>): void {
    this.loaded.set(data);
  }

  load(props?: string | string[]): this {
    const list = propList(props);
    this.context.enqueue({ label: 'Worksheet.load', bytes: jsonBytes(list), run: () => {
      let sheet: FakeSheet | undefined;
      try {
        sheet = this.sheet();
      } catch (e) {
        if (!this.nullable) throw e;
      }
      const all: Record<string, unknown> = sheet ? { name: sheet.name, id: sheet.id, visibility: sheet.visibility, isNullObject: false } : { isNullObject: true };
      const data: Record<string, unknown> = { isNullObject: !sheet };
      for (const p of list) if (p in all) data[p] = all[p];
      return { response: jsonBytes(data), commit: () => this.loaded.set(data) };
    } });
    return this;
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this.sheet(), box: parseAddress(address ?? 'A:XFD') }), (s, b, p) => this.book.recordLoad(s, local(b), p));
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    let box: ReturnType<FakeSheet['used']> | undefined;
    return new RangeProxy(this.context, () => {
      const sheet = this.sheet();
      box ??= sheet.used(valuesOnly);
      return { sheet, box };
    }, (s, b, p) => this.book.recordLoad(s, local(b), p));
  }

  activate(): void {
    this.context.enqueue({ label: 'Worksheet.activate', bytes: 10, run: () => { this.book.active = this.sheet().name; } });
  }

  delete(): void {
    this.context.enqueue({ label: 'Worksheet.delete', bytes: 10, run: () => {
      const sheet = this.sheet();
      refuseVeryHidden(sheet);
      refuseLastVisible(this.book, sheet);
      this.book.removeSheet(sheet);
      return { wrote: { sheet, what: 'delete sheet' } };
    } });
  }

  get onChanged(): ReturnType<typeof eventSource> {
    this.context.needs(7, 'Worksheet.onChanged');
    return eventSource(this.context, this.book, 'onChanged', () => this.sheet().id);
  }
}

export class WorksheetCollectionProxy {
  private readonly loaded = new Loaded();

  constructor(readonly context: StrictContext, private readonly book: BookState) {}

  private byKey(key: string): FakeSheet {
    const s = this.book.list().find((x) => x.id === key || sameName(x.name, key));
    if (!s) throw itemNotFound(key);
    return s;
  }

  get items(): WorksheetProxy[] {
    return this.loaded.get('items', 'WorksheetCollection');
  }

  load(props?: string | string[]): this {
    const list = propList(props).map((p) => p.replace(/^items\//, ''));
    this.context.enqueue({ label: 'WorksheetCollection.load', bytes: jsonBytes(list), run: () => {
      const sheets = this.book.list();
      const rows = sheets.map((s) => {
        const all: Record<string, unknown> = { name: s.name, id: s.id, visibility: s.visibility };
        const d: Record<string, unknown> = {};
        for (const p of list.length ? list : Object.keys(all)) if (p in all) d[p] = all[p];
        return d;
      });
      return {
        response: jsonBytes(rows),
        commit: () => {
          this.loaded.set({ items: sheets.map((s, i) => {
            const w = new WorksheetProxy(this.context, this.book, () => s);
            w.fill(rows[i]);
            return w;
          }) });
        },
      };
    } });
    return this;
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, this.book, () => this.byKey(key));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    this.context.needs(4, 'WorksheetCollection.getItemOrNullObject');
    return new WorksheetProxy(this.context, this.book, () => this.byKey(key), true);
  }

  add(name: string): WorksheetProxy {
    const holder: { sheet?: FakeSheet } = {};
    this.context.enqueue({ label: `WorksheetCollection.add(${name})`, bytes: jsonBytes(name), run: () => {
      if (this.book.list().some((s) => sameName(s.name, name))) throw new OfficeError('ItemAlreadyExists', `a sheet named ${name} exists`);
      holder.sheet = this.book.addSheet(name, true);
      return { wrote: { sheet: holder.sheet, what: 'add sheet' } };
    } });
    return new WorksheetProxy(this.context, this.book, () => {
      if (!holder.sheet) throw new Error(`strict host: the sheet ${name} is used before the batch that adds it ran`);
      return holder.sheet;
    });
  }

  /** WorksheetCollection events: onAdded and onDeleted (ExcelApi 1.7), onNameChanged (1.17). */
  get onAdded(): ReturnType<typeof eventSource> {
    this.context.needs(7, 'WorksheetCollection.onAdded');
    return eventSource(this.context, this.book, 'onAdded', () => undefined);
  }

  get onDeleted(): ReturnType<typeof eventSource> {
    this.context.needs(7, 'WorksheetCollection.onDeleted');
    return eventSource(this.context, this.book, 'onDeleted', () => undefined);
  }

  get onNameChanged(): ReturnType<typeof eventSource> {
    this.context.needs(17, 'WorksheetCollection.onNameChanged');
    return eventSource(this.context, this.book, 'onNameChanged', () => undefined);
  }
}

/** A collection whose items' names come back after load + sync (names, tables). */
function namedItems(ctx: StrictContext, what: string, names: () => string[]): { readonly items: { name: string }[]; load(): unknown } {
  const loaded = new Loaded();
  return {
    get items() {
      return loaded.get<{ name: string }[]>('items', what);
    },
    load() {
      ctx.enqueue({ label: `${what}.load`, bytes: 10, run: () => {
        const list = names().map((name) => ({ name }));
        return { response: jsonBytes(list), commit: () => loaded.set({ items: list }) };
      } });
      return this;
    },
  };
}

/** workbook.names: add (ExcelApi 1.4) and load. A name that exists cannot be added again. */
export function namesProxy(ctx: StrictContext, book: BookState): any {
  return Object.assign(namedItems(ctx, 'NamedItemCollection', () => [...book.names.keys()]), {
    add(name: string, ref: string) {
      ctx.needs(4, 'NamedItemCollection.add');
      ctx.enqueue({ label: `names.add(${name})`, bytes: jsonBytes([name, ref]), run: () => {
        if ([...book.names.keys()].some((n) => sameName(n, name))) throw new OfficeError('ItemAlreadyExists', `the name ${name} exists`);
        book.names.set(name, ref);
        return { wrote: { sheet: book.list()[0], what: `name ${name}` } };
      } });
    },
  });
}

/** workbook.tables: add and load; a table's name and style are set on the returned object. */
export function tablesProxy(ctx: StrictContext, book: BookState): any {
  return Object.assign(namedItems(ctx, 'TableCollection', () => book.tables.map((t) => t.name ?? '')), {
    add(address: string, hasHeaders: boolean) {
      const t: { address: string; name?: string; style?: string } = { address };
      ctx.enqueue({ label: 'tables.add', bytes: jsonBytes(address), run: () => { book.tables.push(t); book.tableHeaders[book.tables.length - 1] = hasHeaders; } });
      return recorder(ctx, (path, value) => {
        if (path !== 'name' && path !== 'style') throw new Error(`strict host: Table.${path} is not modelled`);
        t[path] = String(value);
      });
    },
  });
}

/**
 * context.runtime.enableEvents (ExcelApi 1.8): "Toggle JavaScript events in the current task pane or content
 * add-in" (https://learn.microsoft.com/javascript/api/excel/excel.runtime#excel-excel-runtime-enableevents-member).
 * State of the add-in's session, not of one run: once off, it stays off until set on again, in any later run.
 */
export function runtimeProxy(ctx: StrictContext, book: BookState): any {
  const loaded = new Loaded();
  return {
    get enableEvents() { return loaded.get('enableEvents', 'Runtime'); },
    set enableEvents(v: boolean) {
      ctx.needs(8, 'Runtime.enableEvents');
      ctx.enqueue({ label: `enableEvents=${v}`, bytes: 10, run: () => { book.enableEvents = v; } });
    },
    load() {
      ctx.enqueue({ label: 'runtime.load', bytes: 10, run: () => {
        const v = book.enableEvents;
        return { response: 20, commit: () => loaded.set({ enableEvents: v }) };
      } });
      return this;
    },
  };
}
