// Checking as people type. onChanged (ExcelApi 1.7) on each table sheet re-reads only the changed rows, feeds
// them to that table's TableChecker, re-runs the application rules and rewrites only the marks that changed:
// one sync to read, one to write the marks, whatever the size of the paste. The marks live on another sheet,
// so the add-in's own writes never raise an event on a table sheet.
import type { Issue } from '../core/types';
import { validateWorkbook } from '../core/validate';
import { parseAddress } from './address';
import { confirmCode } from './actions';
import { canMark, type ExcelFeatures } from './features';
import { IssueState, type LiveTable } from './issues-state';
import { changedRows, firstColOf, marksOf, queueMarkWrites, type SheetMarks } from './marks';
import { type MarksSetup, prepareMarks } from './marks-sheet';
import { scanOpenWorkbook } from './read-workbook';
import { readAreas } from './read-areas';
import { rowInput, rowKind } from './table-rows';
import { respreadMerges } from './read-merges';
import type { RowInput } from '../core/types';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run that waits while the clerk is still editing a cell instead of failing. */
export const officeRun: ExcelRun = (batch) => Excel.run({ delayForCellEdit: true }, batch);

/** What onChanged reports that matters here (Excel.WorksheetChangedEventArgs has more). */
export interface ChangeEvent {
  address: string;
  changeType?: string;
}

export interface LiveOptions {
  features: ExcelFeatures;
  /** called with every issue of the workbook after each check */
  onIssues: (issues: Issue[]) => void;
  onError?: (error: unknown) => void;
  /** how to get a RequestContext; tests pass the mock's */
  run?: ExcelRun;
}

// inserted or deleted rows and columns move every row number: start over
const STRUCTURAL = /Inserted|Deleted/;
/**
 * Taller changes on a table with no 合计 row or footer to stop at (a fill or Delete down to row 1,048,576) are
 * read through the used range by a full check: reading the whole area would fetch a million empty rows (Excel on
 * the web refuses reads over 5 million cells) and rewrite as many marks.
 */
export const MAX_LIVE_ROWS = 20_000;

export class LiveValidation {
  private readonly run: ExcelRun;
  private tables = new Map<string, LiveTable>();
  private state?: IssueState;
  private marks = new Map<string, SheetMarks>();
  private setup?: MarksSetup;
  private coverSheet?: string;
  private current: Issue[] = [];
  private handlers: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
  private readonly registered = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: LiveOptions) {
    this.run = opts.run ?? officeRun;
  }

  get issues(): Issue[] {
    return this.current;
  }

  /** The cover and table sheets in workbook order, as the last full check found them (for sorting issues). */
  get sheetOrder(): string[] {
    return [...(this.coverSheet ? [this.coverSheet] : []), ...this.tables.keys()];
  }

  /** Whether typing is checked live; without onChanged the pane offers manual checking only. */
  get live(): boolean {
    return this.opts.features.onChanged;
  }

  /** A full check, then listening to the table sheets (where the host has onChanged). */
  start(): Promise<Issue[]> {
    return this.fullCheck();
  }

  /** Re-reads the whole workbook and rebuilds every TableChecker. */
  fullCheck(): Promise<Issue[]> {
    return this.enqueue(() => this.run((ctx) => this.full(ctx)));
  }

  /** What the onChanged handler calls; public because office-addin-mock models no events (tests call it). */
  onChanged(sheet: string, e: ChangeEvent): Promise<unknown> {
    return this.enqueue(() => this.change(sheet, e));
  }

  /** Records that `by` confirmed a credit code failing its checksum, then checks everything again. */
  confirm(code: string, by: string): Promise<Issue[]> {
    return this.enqueue(() => this.run(async (ctx) => {
      await confirmCode(ctx, code, by, new Date(), this.opts.features);
      return this.full(ctx);
    }));
  }

  async stop(): Promise<void> {
    const hs = this.handlers;
    this.handlers = [];
    this.registered.clear();
    // a handler is removed through the context it was added in; full checks may have added them in several
    const contexts: Excel.RequestContext[] = [];
    for (const h of hs) {
      h.remove();
      if (contexts.indexOf(h.context as Excel.RequestContext) < 0) contexts.push(h.context as Excel.RequestContext);
    }
    for (const c of contexts) await c.sync();
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job);
    this.queue = next.catch((e) => this.opts.onError?.(e));
    return next;
  }

  private async full(ctx: Excel.RequestContext): Promise<Issue[]> {
    const open = await scanOpenWorkbook(ctx);
    const result = validateWorkbook(open.input);
    // the checkers the full validation built go on checking, row by row, as people type
    const tables: LiveTable[] = open.tables.map((t, i) => ({ ...t, checker: result.checkers[i] }));
    this.tables = new Map(tables.map((t) => [t.layout.sheet, t]));
    this.state = new IssueState(result, tables, result.appType);
    this.coverSheet = open.input.cover?.sheet;
    this.current = this.state.issues();
    this.marks = new Map();
    this.setup = undefined;
    if (canMark(this.opts.features)) {
      this.setup = await prepareMarks(ctx, tables, open.sheetNames);
      this.queueMarks(undefined);
    }
    this.listen(ctx, [...this.tables.keys(), ...(this.coverSheet ? [this.coverSheet] : [])]);
    await ctx.sync();
    this.opts.onIssues(this.current);
    return this.current;
  }

  private listen(ctx: Excel.RequestContext, sheets: string[]): void {
    if (!this.opts.features.onChanged) return;
    for (const name of sheets) {
      if (this.registered.has(name)) continue;
      this.registered.add(name);
      const ws = ctx.workbook.worksheets.getItem(name);
      this.handlers.push(ws.onChanged.add((e) => this.onChanged(name, e)));
    }
  }

  /** Queues the marks that differ from what was written; `touched` rows of one sheet are rewritten anyway. */
  private queueMarks(touched: { sheet: string; rows: number[] } | undefined): number {
    if (!this.setup) return 0;
    let writes = 0;
    const next = marksOf(this.current, [...this.tables.values()]);
    for (const [sheet, marks] of next) {
      const block = this.setup.blocks.get(sheet);
      if (block === undefined) continue;
      const rows = changedRows(this.marks.get(sheet), marks, touched?.sheet === sheet ? touched.rows : []);
      if (rows.length) writes += queueMarkWrites(this.setup.sheet, this.tables.get(sheet)!, block, marks, rows);
    }
    this.marks = next;
    return writes;
  }

  private async change(sheet: string, e: ChangeEvent): Promise<unknown> {
    const t = this.tables.get(sheet);
    if (!t) return sheet === this.coverSheet ? this.run((ctx) => this.full(ctx)) : undefined;
    if (e.changeType && STRUCTURAL.test(e.changeType)) return this.run((ctx) => this.full(ctx));
    const box = parseAddress(e.address);
    // title and name line: nothing checked there, unless the cover is typed above the table
    if (box.r2 < t.layout.headerRow) return sheet === this.coverSheet ? this.run((ctx) => this.full(ctx)) : undefined;
    if (box.r1 < t.firstDataRow) return this.run((ctx) => this.full(ctx)); // the header itself changed
    const first = firstColOf(t);
    if (box.c2 < first || box.c1 > t.lastCol) return undefined;
    const end = t.totalRow ?? (t.footerRow ? t.footerRow - 1 : undefined);
    if (end !== undefined && box.r1 > end) return undefined; // the footer
    const r1 = box.r1;
    const r2 = end === undefined ? box.r2 : Math.min(box.r2, end);
    if (r2 - r1 + 1 > MAX_LIVE_ROWS) return this.run((ctx) => this.full(ctx));
    return this.run((ctx) => this.recheck(ctx, t, first, r1, r2));
  }

  private async recheck(ctx: Excel.RequestContext, t: LiveTable, first: number, r1: number, r2: number): Promise<unknown> {
    const [g] = await readAreas(ctx, [{ sheet: t.layout.sheet, r1, r2, c1: first, c2: t.lastCol }]);
    const set: RowInput[] = [];
    for (let i = 0; i < g.values.length; i++) {
      const row = r1 + i;
      const kind = rowKind(g, i);
      // a 合计 or footer line typed, moved or cleared: the table's shape changed
      if ((row === t.totalRow) !== (kind === 'total') || kind === 'footer') return this.full(ctx);
      const input = rowInput(g, i, row, t.layout, first);
      if (row === t.totalRow) t.checker.setTotal(input);
      else set.push(input); // a row cleared (or left with only its 序号) leaves the checker there
    }
    if (!respreadMerges(t, set, r1, r2)) return this.full(ctx);
    t.checker.setRows(set);
    this.current = this.state!.issues();
    const touched = Array.from({ length: r2 - r1 + 1 }, (_, i) => r1 + i);
    if (this.queueMarks({ sheet: t.layout.sheet, rows: touched }) > 0) await ctx.sync();
    this.opts.onIssues(this.current);
    return undefined;
  }
}
