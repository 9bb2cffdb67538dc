// The strict Office host: a workbook, the add-in's runs against it, and the clerk's own actions.
//
// - every Excel.run gets its own RequestContext (context.ts); proxies are usable only in their own run;
// - a sync sends the queued operations as one request, refused whole past 5 MB; the operations run in order and
//   the batch stops at the first that fails: earlier ones stay done, later ones never run, and the sync rejects
//   (OfficeExtension.Error.traceMessages "contains all trace messages that were executed before the error
//   occurred": https://learn.microsoft.com/javascript/api/office/officeextension.error, and
//   https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling);
// - loaded properties come back only if the response stays under 5 MB (limits.ts);
// - runtime.enableEvents is the add-in's session state, kept across runs (worksheet.ts);
// - events: onChanged handlers belong to a sheet (by id) and die with it; the add-in's own data writes raise
//   onChanged on watched sheets like the clerk's do, unless events are off
//   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#events-in-excel);
// - Range.conditionalFormats (conditional-formats.ts) and Range.getMergedAreasOrNullObject (merged-areas.ts) as
//   their reference pages say;
// - every write is logged with what triggered it (`trigger`), so a test can say: the clerk typed, the add-in
//   wrote nothing.
import { parseAddress, type Box } from '../../../src/excel/address';
import { type Host, type OpResult, StrictContext, currentRun } from './context';
import { ACTION_BYTES, MERGED_AREAS_LIMIT, OfficeError, PAYLOAD_LIMIT, checkRequest, checkResponse } from './limits';
import { FakeSheet, type Value, key, local } from './sheet';
import { type BookState, type Handler, type EventKind, WorksheetCollectionProxy, namesProxy, runtimeProxy, tablesProxy } from './worksheet';

export interface WriteLog {
  run: number;
  /** what started it: `add-in` unless a clerk action (`clerk: typing` ...) or a pane action (`pane: ...`) is going on */
  trigger: string;
  sheet: string;
  address: string;
  what: string;
}

export interface StrictBookOptions {
  /** the host's ExcelApi minor version (default 17: Office 2024); newer members throw ApiNotFound */
  api?: number;
  /** the request/response limit in bytes (default Excel on the web's 5 MB); smaller only to test at a small scale */
  payloadLimit?: number;
  /** merged areas one getMergedAreasOrNullObject returns (default Excel's 512); smaller only to test at a small scale */
  mergedAreasLimit?: number;
  /** operations whose label this matches fail at sync (GeneralException), to test what a failing batch leaves */
  failOn?: (label: string) => boolean;
}

/** Calls from handlers into handlers deeper than this are a loop (the add-in answering its own writes). */
const MAX_EVENT_DEPTH = 20;

export class StrictBook implements Host, BookState {
  readonly api: number;
  payloadLimit: number;
  readonly mergedAreasLimit: number;
  /** the ranges (`Sheet!A1:B2`) whose merged areas the add-in asked for, in order */
  readonly mergedAreaReads: string[] = [];
  failOn?: (label: string) => boolean;
  enableEvents = true;
  active?: string;
  selected?: string;
  readonly names = new Map<string, string>();
  readonly tables: { address: string; name?: string; style?: string }[] = [];
  /** the hasHeaders argument each table was added with */
  readonly tableHeaders: boolean[] = [];
  readonly writes: WriteLog[] = [];
  /** ranges loaded, in order */
  readonly loads: { sheet: string; address: string; props: string }[] = [];
  /** bytes of each sync's request, and of each response delivered */
  readonly requests: number[] = [];
  readonly responses: number[] = [];
  /** bytes of each response refused for its size (the sync failed; nothing loaded came back) */
  readonly refused: number[] = [];
  /** errors thrown by event handlers (Office swallows them; tests look here) */
  readonly handlerErrors: unknown[] = [];
  syncs = 0;
  trigger = 'add-in';
  private runs = 0;
  private order: FakeSheet[] = [];
  private handlers: Handler[] = [];
  private readonly inflight = new Set<Promise<unknown>>();
  private depth = 0;

  constructor(sheetNames: string[] = ['Sheet1'], opts: StrictBookOptions = {}) {
    this.api = opts.api ?? 17;
    this.payloadLimit = opts.payloadLimit ?? PAYLOAD_LIMIT;
    this.mergedAreasLimit = opts.mergedAreasLimit ?? MERGED_AREAS_LIMIT;
    this.failOn = opts.failOn;
    for (const n of sheetNames) this.addSheet(n, false);
  }

  // ---- the add-in's side: Excel.run and sync ----

  /** Excel.run: a fresh context, or `Excel.run(existing, batch)` on an earlier one (to remove its handlers). */
  async run<T>(batch: (context: any) => Promise<T>, existing?: StrictContext): Promise<T> {
    const ctx = existing ?? this.context();
    if (ctx.host !== this) throw new Error('strict host: a context of another workbook');
    ctx.open = true;
    try {
      const result = await currentRun.run(ctx, () => batch(ctx));
      if (ctx.queue.length) {
        throw new Error(`strict host: Excel.run #${ctx.run} ended with ${ctx.queue.length} operation(s) never synced (${ctx.queue.slice(0, 3).map((o) => o.label).join(', ')}); end every batch with context.sync().`);
      }
      return result;
    } finally {
      ctx.open = false;
      ctx.queue = [];
    }
  }

  private context(): StrictContext {
    const ctx = new StrictContext(this, ++this.runs);
    ctx.workbook = { worksheets: new WorksheetCollectionProxy(ctx, this), names: namesProxy(ctx, this), tables: tablesProxy(ctx, this) };
    ctx.runtime = runtimeProxy(ctx, this);
    return ctx;
  }

  async execute(ctx: StrictContext): Promise<void> {
    await new Promise((r) => setImmediate(r)); // a round trip: nothing happens before the awaited sync
    this.syncs++;
    const ops = ctx.queue;
    ctx.queue = [];
    const request = ops.reduce((n, o) => n + ACTION_BYTES + o.bytes, 0);
    this.requests.push(request);
    checkRequest(request, this.payloadLimit);
    let response = 0;
    const commits: (() => void)[] = [];
    const changed: { sheet: FakeSheet; box: Box }[] = [];
    try {
      for (const op of ops) {
        if (this.failOn?.(op.label)) throw new OfficeError('GeneralException', `${op.label} failed`);
        const r: OpResult | void = op.run();
        if (!r) continue;
        response += r.response ?? 0;
        if (r.commit) commits.push(r.commit);
        if (r.wrote) {
          const w = r.wrote;
          this.writes.push({ run: ctx.run, trigger: this.trigger, sheet: w.sheet.name, address: w.box ? local(w.box) : '', what: w.what });
          // the event follows the batch; whether it reaches the add-in depends on enableEvents at the write
          if (w.data && w.box && this.enableEvents) changed.push({ sheet: w.sheet, box: w.box });
        }
      }
      if (response > this.payloadLimit) this.refused.push(response);
      checkResponse(response, this.payloadLimit);
      this.responses.push(response);
      for (const c of commits) c();
    } finally {
      for (const c of changed) this.fireChanged(c.sheet, local(c.box), 'RangeEdited');
    }
  }

  // ---- workbook state ----

  list(): FakeSheet[] {
    return this.order;
  }

  /** The live sheets by their current names, in workbook order. */
  get sheets(): Map<string, FakeSheet> {
    return new Map(this.order.map((s) => [s.name, s]));
  }

  sheet(name: string): FakeSheet {
    const s = this.order.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  addSheet(name: string, raiseEvent = false): FakeSheet {
    const s = new FakeSheet(name);
    this.order.push(s);
    if (raiseEvent) this.fire('onAdded', undefined, { worksheetId: s.id, type: 'WorksheetAdded', source: 'Local' });
    return s;
  }

  /** A deleted sheet takes its handlers with it. */
  removeSheet(sheet: FakeSheet): void {
    sheet.alive = false;
    this.order = this.order.filter((s) => s !== sheet);
    this.handlers = this.handlers.filter((h) => h.sheetId !== sheet.id);
    this.fire('onDeleted', undefined, { worksheetId: sheet.id, type: 'WorksheetDeleted', source: 'Local' });
  }

  addHandler(h: Handler): void {
    this.handlers.push(h);
  }

  removeHandler(h: Handler): void {
    this.handlers = this.handlers.filter((x) => x !== h);
  }

  recordLoad(sheet: FakeSheet, address: string, props: string): void {
    this.loads.push({ sheet: sheet.name, address, props });
  }

  /** Names of the sheets with an onChanged handler. */
  watched(): string[] {
    return this.order.filter((s) => this.handlers.some((h) => h.kind === 'onChanged' && h.sheetId === s.id)).map((s) => s.name);
  }

  /** How many handlers of a kind are registered (collection events: sheetId undefined). */
  handlerCount(kind: EventKind): number {
    return this.handlers.filter((h) => h.kind === kind).length;
  }

  /** A cell's value as the workbook holds it now. */
  get(sheet: string, a1: string): Value | undefined {
    const b = parseAddress(a1);
    return this.sheet(sheet).cells.get(key(b.r1, b.c1));
  }

  /** Puts values in as they already are in the workbook: no coercion, no event (test set-up). */
  set(sheet: string, a1: string, rows: (Value | null)[][]): void {
    const b = parseAddress(a1);
    const s = this.sheet(sheet);
    rows.forEach((row, i) => row.forEach((v, j) => {
      const k = key(b.r1 + i, b.c1 + j);
      s.formulas.delete(k);
      if (v === null || v === '') s.cells.delete(k);
      else s.cells.set(k, v);
    }));
  }

  // ---- events ----

  private fire(kind: EventKind, sheetId: string | undefined, args: Record<string, unknown>): void {
    if (!this.enableEvents) return;
    for (const h of this.handlers.filter((x) => x.kind === kind && x.sheetId === sheetId)) {
      if (this.depth > MAX_EVENT_DEPTH) throw new Error('strict host: event handlers keep raising events (the add-in answers its own writes)');
      const p = (async () => {
        await null;
        this.depth++;
        try {
          await h.fn(args);
        } finally {
          this.depth--;
        }
      })().catch((e) => { this.handlerErrors.push(e); });
      this.inflight.add(p);
      void p.finally(() => this.inflight.delete(p));
    }
  }

  private fireChanged(sheet: FakeSheet, address: string, changeType: string): void {
    this.fire('onChanged', sheet.id, { address, changeType, source: 'Local', type: 'WorksheetChanged', worksheetId: sheet.id });
  }

  /** Waits until every event handler (and whatever it started) has finished. */
  async settle(): Promise<void> {
    while (this.inflight.size) await Promise.allSettled([...this.inflight]);
  }

  /** Runs a clerk's or the pane's action with `trigger` recorded on every write it causes, then settles. */
  async as<T>(trigger: string, action: () => T | Promise<T>): Promise<T> {
    const before = this.trigger;
    this.trigger = trigger;
    try {
      const r = await action();
      await this.settle();
      return r;
    } finally {
      this.trigger = before;
    }
  }

  // ---- the clerk's side ----

  /** Fires the sheet's onChanged as Excel does after an edit of `address` (which may be multi-area). */
  async change(sheet: string, address: string, changeType = 'RangeEdited'): Promise<void> {
    const s = this.sheet(sheet);
    if (!this.handlers.some((h) => h.kind === 'onChanged' && h.sheetId === s.id)) throw new Error(`no onChanged handler on ${sheet}`);
    await this.as('clerk: change', () => this.fireChanged(s, address, changeType));
  }

  /** Types one value into a cell: coerced as typing does, then onChanged. */
  type(sheet: string, a1: string, value: Value | null): Promise<void> {
    const s = this.sheet(sheet);
    const b = parseAddress(a1);
    return this.as('clerk: typing', () => {
      s.putValue(b.r1, b.c1, value);
      this.fireChanged(s, local(b), 'RangeEdited');
    });
  }

  /** Pastes a block of values (kept as they are, as a copy from another workbook) at `a1`, then one onChanged. */
  paste(sheet: string, a1: string, rows: (Value | null)[][]): Promise<void> {
    const b = parseAddress(a1);
    const box = { r1: b.r1, c1: b.c1, r2: b.r1 + rows.length - 1, c2: b.c1 + Math.max(...rows.map((r) => r.length)) - 1 };
    return this.as('clerk: paste', () => {
      this.set(sheet, a1, rows);
      this.fireChanged(this.sheet(sheet), local(box), 'RangeEdited');
    });
  }

  /** Ctrl+D over `range`: its first row copied into the rows below, then one onChanged for the range. */
  fillDown(sheet: string, range: string): Promise<void> {
    const s = this.sheet(sheet);
    const b = parseAddress(range);
    return this.as('clerk: fill down', () => {
      for (let r = b.r1 + 1; r <= b.r2; r++) for (let c = b.c1; c <= b.c2; c++) {
        for (const m of [s.cells, s.formulas, s.formats] as Map<string, unknown>[]) {
          const v = m.get(key(b.r1, c));
          if (v === undefined) m.delete(key(r, c));
          else m.set(key(r, c), v);
        }
      }
      this.fireChanged(s, local(b), 'RangeEdited');
    });
  }

  /** Deletes whole rows; Excel reports them as `r1:r2` with changeType RowDeleted. */
  deleteRows(sheet: string, r1: number, r2: number): Promise<void> {
    const s = this.sheet(sheet);
    return this.as('clerk: delete rows', () => {
      s.deleteRows(r1, r2);
      this.fireChanged(s, `${r1}:${r2}`, 'RowDeleted');
    });
  }

  /** Renames a sheet: its handlers stay (they belong to the sheet, not the name); onNameChanged (1.17) fires. */
  renameSheet(from: string, to: string): Promise<void> {
    const s = this.sheet(from);
    return this.as('clerk: rename sheet', () => {
      s.name = to;
      this.fire('onNameChanged', undefined, { worksheetId: s.id, nameBefore: from, nameAfter: to, type: 'WorksheetNameChanged', source: 'Local' });
    });
  }

  deleteSheet(name: string): Promise<void> {
    const s = this.sheet(name);
    return this.as('clerk: delete sheet', () => this.removeSheet(s));
  }

  /** The clerk adds a sheet (Shift+F11 and a rename): onAdded fires. */
  createSheet(name: string): Promise<FakeSheet> {
    return this.as('clerk: add sheet', () => this.addSheet(name, true));
  }

  /** Writes by the add-in caused by a clerk's action. */
  clerkWrites(): WriteLog[] {
    return this.writes.filter((w) => w.trigger.startsWith('clerk'));
  }
}
