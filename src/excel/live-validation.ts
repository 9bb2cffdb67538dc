// Checking as people type, without writing anything to the workbook while they do. onChanged (ExcelApi 1.7) on
// each sheet re-reads only the changed rows (in one request per ~4 MB: one sync for a typical paste), feeds
// them to that table's TableChecker, re-runs the application rules and hands the pane the new list. Nothing is
// written per edit: below ExcelApi 1.20 (Office 2019/2021/2024) any add-in write clears the clerk's undo
// history, and from 1.20 it becomes an undo step of its own that Ctrl+Z would undo instead of the clerk's typing
// (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities). Cells are marked live
// by the rule formulas' conditional formats the tables carry; the `_marks` sheet adds what only the engine
// knows, written on an explicit 全表检查 only.
import type { Issue, RowInput } from '../core/types';
import { validateWorkbook } from '../core/validate';
import { parseAreas } from './address';
import { withoutEvents } from './events-off';
import { canMark, type ExcelFeatures } from './features';
import { IssueState, type LiveTable } from './issues-state';
import { type ChangeEvent, type ChangePlan, planChange } from './live-changes';
import { markWrites, marksOf, queueWritesChunked } from './marks';
import { prepareMarks } from './marks-sheet';
import { HEAD_ROWS, headHoldsForm, scanOpenWorkbook, type OpenWorkbook } from './read-workbook';
import { MAX_READ_BYTES, maxRowText, readAreas } from './read-areas';
import { CONFIRM_SHEET, MARKS_SHEET } from './sheets';
import { rowColumns, rowInput, rowKind } from './table-rows';
import { respreadMerges } from './read-merges';

export type { ChangeEvent };
export { MAX_LIVE_ROWS } from './live-changes';

/** Excel.run, or `Excel.run(context, …)` on an earlier context (handlers are removed through the one that added them). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, context?: Excel.RequestContext) => Promise<T>;

/** Excel.run that waits while the clerk is still editing a cell instead of failing. */
export const officeRun: ExcelRun = (batch, context) => (context ? Excel.run(context, batch) : Excel.run({ delayForCellEdit: true }, batch));

export interface LiveOptions {
  features: ExcelFeatures;
  /** called with every issue of the workbook after each check */
  onIssues: (issues: Issue[]) => void;
  onError?: (error: unknown) => void;
  /** how to get a RequestContext; tests pass the strict host's */
  run?: ExcelRun;
  /** the issues the `_marks` sheet shows on a 全表检查 (default: every issue with a cell) */
  marked?: (issue: Issue) => boolean;
  /** what one request or response is kept under (default 4,000,000: under Excel on the web's 5 MB) */
  maxRequestBytes?: number;
}

export interface FullCheckOptions {
  /** write the `_marks` sheet (the pane's 全表检查 button); automatic checks write nothing */
  marks?: boolean;
}

type Handler = OfficeExtension.EventHandlerResult<any>;

export class LiveValidation {
  private readonly run: ExcelRun;
  /** table sheets by worksheet id */
  private tables = new Map<string, LiveTable>();
  /** sheets holding more than one table (stacked), by worksheet id: any change there is read whole */
  private stacked = new Set<string>();
  /** every sheet of the last scan: id -> name */
  private sheets = new Map<string, string>();
  private state?: IssueState;
  private coverId?: string;
  private current: Issue[] = [];
  /** onChanged handlers by worksheet id; a handler dies with its sheet */
  private readonly handlers = new Map<string, Handler>();
  private collection: Handler[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private edits = 0;
  private marksAtEdit?: number;

  constructor(private readonly opts: LiveOptions) {
    this.run = opts.run ?? officeRun;
  }

  private get maxBytes(): number {
    return this.opts.maxRequestBytes ?? MAX_READ_BYTES;
  }

  get issues(): Issue[] {
    return this.current;
  }

  /** The cover and table sheets in workbook order, as the last full check found them (for sorting issues). */
  get sheetOrder(): string[] {
    const cover = this.coverId !== undefined ? this.sheets.get(this.coverId) : undefined;
    return [...(cover ? [cover] : []), ...[...this.tables.values()].map((t) => t.layout.sheet)];
  }

  /** Whether typing is checked live; without onChanged the pane offers manual checking only. */
  get live(): boolean {
    return this.opts.features.onChanged;
  }

  /** The `_marks` sheet was written and the workbook has been edited since: its marks may be out of date. */
  get marksStale(): boolean {
    return this.marksAtEdit !== undefined && this.edits > this.marksAtEdit;
  }

  /** A full check (reads only), then listening to the sheets (where the host has onChanged). */
  start(): Promise<Issue[]> {
    return this.fullCheck();
  }

  /** Re-reads the whole workbook and rebuilds every TableChecker; writes `_marks` only when asked to. */
  fullCheck(opts: FullCheckOptions = {}): Promise<Issue[]> {
    return this.enqueue(() => this.run((ctx) => this.full(ctx, opts.marks === true)));
  }

  /** Removes every handler, each through the context that added it. */
  async stop(): Promise<void> {
    const all = [...this.handlers.values(), ...this.collection];
    this.handlers.clear();
    this.collection = [];
    const byContext = new Map<Excel.RequestContext, Handler[]>();
    for (const h of all) {
      const c = h.context as Excel.RequestContext;
      byContext.set(c, [...(byContext.get(c) ?? []), h]);
    }
    for (const [c, hs] of byContext) {
      await this.run(async (ctx) => {
        for (const h of hs) h.remove();
        await ctx.sync();
      }, c);
    }
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job);
    this.queue = next.catch((e) => this.opts.onError?.(e));
    return next;
  }

  private async full(ctx: Excel.RequestContext, marks: boolean): Promise<Issue[]> {
    const open = await scanOpenWorkbook(ctx, undefined, this.opts.features, this.maxBytes);
    const result = validateWorkbook(open.input);
    // the checkers the full validation built go on checking, row by row, as people type
    const tables: LiveTable[] = open.tables.map((t, i) => ({ ...t, checker: result.checkers[i] }));
    this.tables = new Map(tables.map((t) => [t.sheetId!, t]));
    this.stacked = new Set(tables.filter((t, i) => tables.some((o, j) => j !== i && o.sheetId === t.sheetId)).map((t) => t.sheetId!));
    this.sheets = new Map(open.sheetIds.map((id, i) => [id, open.sheetNames[i]]));
    this.state = new IssueState(result, tables, result.appType);
    const cover = open.input.cover?.sheet;
    this.coverId = cover === undefined ? undefined : open.sheetIds[open.sheetNames.indexOf(cover)];
    this.current = this.state.issues();
    const queued = this.listen(ctx);
    if (marks && canMark(this.opts.features)) {
      await withoutEvents(ctx, this.opts.features.enableEvents, () => this.queueMarks(ctx, tables, open));
      this.marksAtEdit = this.edits;
    } else if (queued) await ctx.sync();
    this.opts.onIssues(this.current);
    return this.current;
  }

  /** Sets up `_marks` (one sync) and queues the full state of the marks in requests under the size limit. */
  private async queueMarks(ctx: Excel.RequestContext, all: LiveTable[], open: OpenWorkbook): Promise<void> {
    // one block of marks per sheet: of tables stacked on a sheet, the last is marked (the pane lists them all)
    const tables = all.filter((t, i) => !all.slice(i + 1).some((o) => o.layout.sheet === t.layout.sheet));
    const setup = await prepareMarks(ctx, tables, open.sheetNames);
    const marks = marksOf(this.current.filter(this.opts.marked ?? (() => true)), tables);
    const writes = [];
    for (const t of tables) {
      const block = setup.blocks.get(t.layout.sheet);
      const m = marks.get(t.layout.sheet);
      if (block === undefined || !m) continue;
      writes.push(...markWrites(t, block, m, [...m.keys()].sort((a, b) => a - b)));
    }
    await queueWritesChunked(ctx, MARKS_SHEET, writes, this.maxBytes);
  }

  /**
   * Queues onChanged on every sheet that has none (the add-in's own `_` sheets aside) and, once, the collection's
   * onAdded/onDeleted (ExcelApi 1.7) and onNameChanged (1.17). Returns whether anything was queued.
   */
  private listen(ctx: Excel.RequestContext): boolean {
    if (!this.opts.features.onChanged) return false;
    let queued = false;
    const ws = ctx.workbook.worksheets;
    if (this.collection.length === 0) {
      this.collection.push(ws.onAdded.add(() => this.onSheets()));
      this.collection.push(ws.onDeleted.add((e) => {
        this.handlers.delete(e.worksheetId); // it died with its sheet
        return this.onSheets();
      }));
      if (this.opts.features.sheetRenamed) this.collection.push(ws.onNameChanged.add(() => this.onSheets()));
      queued = true;
    }
    for (const id of [...this.handlers.keys()]) if (!this.sheets.has(id)) this.handlers.delete(id);
    for (const [id, name] of this.sheets) {
      if (name.startsWith('_') || this.handlers.has(id)) continue;
      this.handlers.set(id, ws.getItem(id).onChanged.add((e) => this.onChanged(id, e)));
      queued = true;
    }
    return queued;
  }

  /** A sheet added, deleted or renamed: read the workbook again (reads only). */
  private onSheets(): Promise<unknown> {
    return this.enqueue(() => this.run((ctx) => this.full(ctx, false)));
  }

  private onChanged(sheetId: string, e: ChangeEvent): Promise<unknown> {
    return this.enqueue(() => this.change(sheetId, e));
  }

  private async change(sheetId: string, e: ChangeEvent): Promise<unknown> {
    this.edits++;
    const t = this.tables.get(sheetId);
    if (!t) {
      // the cover or the confirmations changed: everything is read again
      if (sheetId === this.coverId || this.sheets.get(sheetId) === CONFIRM_SHEET) return this.run((ctx) => this.full(ctx, false));
      // another sheet: only a header or the cover's labels appearing in its first rows matter (one read to see)
      if (!parseAreas(e.address).some((b) => b.r1 <= HEAD_ROWS)) return undefined;
      return this.run(async (ctx) => ((await headHoldsForm(ctx, sheetId)) ? this.full(ctx, false) : undefined));
    }
    // the cover typed above the table changed: everything is read again
    if (sheetId === this.coverId && parseAreas(e.address).some((b) => b.r1 < t.layout.headerRow)) return this.run((ctx) => this.full(ctx, false));
    // several tables on the sheet, or a 合计 typed first: where each table's rows end is worked out by a full read
    if (this.stacked.has(sheetId) || t.totalFirst !== undefined) return this.run((ctx) => this.full(ctx, false));
    const plan = planChange(t, e);
    if (plan.kind === 'none') return undefined;
    // rows moved under ranges merged down the table: where each range now sits is read again with the table
    if (plan.kind === 'full' || (plan.kind === 'shift' && t.merges?.length)) return this.run((ctx) => this.full(ctx, false));
    if (plan.kind === 'shift') this.shift(t, plan);
    if (plan.spans.length === 0) return this.publish();
    return this.run((ctx) => this.recheck(ctx, t, plan.spans));
  }

  /** Rows moved: the moved rows leave the checker (read again at their new places) and the table's ends move. */
  private shift(t: LiveTable, plan: Extract<ChangePlan, { kind: 'shift' }>): void {
    const gone: number[] = [];
    for (let r = plan.at; r <= plan.oldLast; r++) gone.push(r);
    t.checker.removeRows(gone);
    const move = (r: number | undefined): number | undefined => (r !== undefined && r >= plan.at ? r + plan.delta : r);
    if (t.totalRow !== undefined && t.totalRow >= plan.at) t.checker.setTotal(undefined);
    t.totalRow = move(t.totalRow);
    t.footerRow = move(t.footerRow);
    t.lastRow = move(t.lastRow);
  }

  private publish(): undefined {
    this.current = this.state!.issues();
    this.opts.onIssues(this.current);
    return undefined;
  }

  private async recheck(ctx: Excel.RequestContext, t: LiveTable, spans: [number, number][]): Promise<unknown> {
    const { c1: first, c2: last } = rowColumns(t);
    // the sheet's name goes with the first read: a rename (hosts without onNameChanged) shows here
    const probe = ctx.workbook.worksheets.getItem(t.sheetId!);
    const areas = spans.map(([r1, r2]) => ({ sheet: t.sheetId!, name: t.layout.sheet, r1, r2, c1: first, c2: last, rowText: t.rowText }));
    const grids = await readAreas(ctx, areas, this.maxBytes, () => probe.load('name'));
    if (probe.name !== t.layout.sheet) return this.full(ctx, false);
    const set: RowInput[] = [];
    for (let k = 0; k < spans.length; k++) {
      const g = grids[k];
      for (let i = 0; i < g.values.length; i++) {
        const row = spans[k][0] + i;
        const kind = rowKind(g, i);
        // a 合计 or footer line typed, moved or cleared: the table's shape changed
        if ((row === t.totalRow) !== (kind === 'total') || kind === 'footer') return this.full(ctx, false);
        // a 小计 row is no enterprise: left out like a cleared row (its notice comes with the next full read)
        const input = kind === 'subtotal' ? { row, values: {} } : rowInput(g, i, row, t.layout, first);
        if (row === t.totalRow) t.checker.setTotal(input);
        else set.push(input); // a row cleared (or left with only its 序号) leaves the checker there
      }
      t.rowText = Math.max(t.rowText ?? 0, maxRowText(g));
      if (t.totalRow === undefined && t.footerRow === undefined) t.lastRow = Math.max(t.lastRow ?? 0, spans[k][1]);
    }
    if (!respreadMerges(t, set, spans)) return this.full(ctx, false);
    t.checker.setRows(set);
    return this.publish();
  }
}
