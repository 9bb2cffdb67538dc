// Marks: one number per data cell (2 = error, 1 = warning, blank = fine) kept on the very hidden `_marks` sheet,
// drawn by two conditional formats per table. The clerk's own fills and fonts are never written, and a
// 10,000-row paste costs one values write instead of 170,000 format calls.
//
// Why INDEX over a defined name instead of `=_marks!C5=2`: Excel 2007 refuses references to other sheets in
// conditional-format formulas (2010 and later accept them), while a defined name works everywhere and lets
// each table own a block of `_marks` columns. INDEX is not volatile (INDIRECT would recalculate on every edit).
import type { Issue } from '../core/types';
import { columnLetter, columnIndex } from '../core/columns';
import { MARK_ERROR as ERROR_LOOK, MARK_WARNING as WARNING_LOOK } from '../core/form/styles';
import { mergeSpans, parseAddress, runs } from './address';
import { jsonBytes } from './write-sheets-cells';
import type { OpenTable } from './table-rows';

export const MARK_ERROR = 2;
export const MARK_WARNING = 1;
/** Columns of `_marks` reserved for one table sheet. Sheet column c of block b sits at b * BLOCK_COLS + c. */
export const BLOCK_COLS = 64;
/** Rows closer than this are written as one range (fewer writes beat a few unchanged cells). */
const MERGE_GAP = 64;

export const marksName = (block: number): string => `_torch_marks_${block + 1}`;
export const blockRef = (block: number, sheet: string): string =>
  `=${sheet}!$${columnLetter(block * BLOCK_COLS + 1)}:$${columnLetter((block + 1) * BLOCK_COLS)}`;
export const markFormula = (block: number, mark: number): string => `=INDEX(${marksName(block)},ROW(),COLUMN())=${mark}`;

/** The look of each mark: the rule formulas' colours (src/core/form/styles.ts). */
const MARK_STYLE = { [MARK_ERROR]: ERROR_LOOK, [MARK_WARNING]: WARNING_LOOK } as const;

export function markOf(issue: Issue): number {
  if (issue.confirmed) return 0;
  return issue.severity === 'error' ? MARK_ERROR : issue.severity === 'warning' ? MARK_WARNING : 0;
}

export const firstColOf = (t: OpenTable): number => Math.min(...Object.values(t.layout.columns).map(columnIndex));

/** sheet row -> marks of the table's columns (index 0 = the table's first column) */
export type SheetMarks = Map<number, number[]>;

/** The marks of every table sheet from a list of issues; issues without a cell mark nothing. */
export function marksOf(issues: Issue[], tables: OpenTable[]): Map<string, SheetMarks> {
  const bySheet = new Map<string, { t: OpenTable; first: number; marks: SheetMarks }>();
  for (const t of tables) bySheet.set(t.layout.sheet, { t, first: firstColOf(t), marks: new Map() });
  for (const issue of issues) {
    const m = markOf(issue);
    const s = issue.sheet === undefined ? undefined : bySheet.get(issue.sheet);
    if (!m || !s || issue.row === undefined || !issue.column) continue;
    const j = columnIndex(issue.column) - s.first;
    if (j < 0 || j >= s.t.lastCol - s.first + 1) continue;
    let row = s.marks.get(issue.row);
    if (!row) s.marks.set(issue.row, (row = new Array<number>(s.t.lastCol - s.first + 1).fill(0)));
    row[j] = Math.max(row[j], m);
  }
  return new Map([...bySheet].map(([k, v]) => [k, v.marks]));
}

const blank = (a: number[] | undefined): boolean => !a || a.every((v) => !v);
const same = (a: number[] | undefined, b: number[] | undefined): boolean =>
  (blank(a) && blank(b)) || (!!a && !!b && a.length === b.length && a.every((v, i) => v === b[i]));

/** Rows whose marks differ between two states, plus `extra` rows, sorted. */
export function changedRows(before: SheetMarks | undefined, after: SheetMarks, extra: number[] = []): number[] {
  const rows = new Set<number>(extra);
  for (const [r, m] of after) if (!same(before?.get(r), m)) rows.add(r);
  if (before) for (const [r, m] of before) if (!after.has(r) && !blank(m)) rows.add(r);
  return [...rows].sort((a, b) => a - b);
}

/** Runs of rows, with small gaps bridged. */
export const writeRuns = (rows: number[]): [number, number][] => mergeSpans(runs(rows), MERGE_GAP);

/** One values write of marks: an address on the marks sheet and its rows. */
export interface MarkWrite {
  address: string;
  values: (number | string)[][];
}

/** The writes of `rows` (one 2-D values write per run of nearby rows) of one table's block. */
export function markWrites(t: OpenTable, block: number, marks: SheetMarks, rows: number[]): MarkWrite[] {
  const first = firstColOf(t);
  const width = t.lastCol - first + 1;
  const c1 = columnLetter(block * BLOCK_COLS + first);
  const c2 = columnLetter(block * BLOCK_COLS + t.lastCol);
  const out: MarkWrite[] = [];
  for (const [r1, r2] of writeRuns(rows)) {
    const values: (number | string)[][] = [];
    for (let r = r1; r <= r2; r++) {
      const m = marks.get(r);
      values.push(m ? m.map((v) => (v ? v : '')) : new Array<string>(width).fill(''));
    }
    out.push({ address: `${c1}${r1}:${c2}${r2}`, values });
  }
  return out;
}

/** What a values write costs in a request besides its cells: the action, the range's address, the object path. */
const WRITE_OVERHEAD = 256;

/**
 * Queues the writes on the marks sheet in requests under `maxBytes` (Excel on the web refuses a request over
 * 5 MB), syncing between them; the last request is left queued for the caller's final sync.
 * A write larger than a request on its own is cut into row slices.
 */
export async function queueWritesChunked(context: Excel.RequestContext, sheet: string, writes: MarkWrite[], maxBytes: number): Promise<number> {
  let bytes = 0;
  let syncs = 0;
  for (const w of writes) {
    const rowCost = jsonBytes(JSON.stringify(w.values[0] ?? [])) + 1;
    const rowsPer = Math.max(1, Math.floor((maxBytes - WRITE_OVERHEAD) / rowCost));
    const box = parseAddress(w.address);
    for (let i = 0; i < w.values.length; i += rowsPer) {
      const slice = w.values.slice(i, i + rowsPer);
      const cost = WRITE_OVERHEAD + slice.length * rowCost;
      if (bytes > 0 && bytes + cost > maxBytes) {
        await context.sync();
        syncs++;
        bytes = 0;
      }
      const r1 = box.r1 + i;
      context.workbook.worksheets.getItem(sheet).getRange(`${columnLetter(box.c1)}${r1}:${columnLetter(box.c2)}${r1 + slice.length - 1}`).values = slice;
      bytes += cost;
    }
  }
  return syncs;
}

/** A table's conditional formats cover its rows from the first data row in steps of this many rows. */
export const AREA_STEP = 10_000;

/**
 * The area a table's conditional formats cover. It moves only when the table outgrows a step: not with the 合计
 * row or the last row, since each new area adds a new pair of formats (Excel itself moves and stretches the old
 * ones with inserted rows). Cells without a mark (合计, footer) look as the clerk formatted them.
 */
export function markArea(t: OpenTable, lastRow: number): string {
  const rows = Math.max(1, lastRow - t.firstDataRow + 1);
  const end = t.firstDataRow + Math.ceil(rows / AREA_STEP) * AREA_STEP - 1;
  return `${columnLetter(firstColOf(t))}${t.firstDataRow}:${columnLetter(t.lastCol)}${end}`;
}

/** Queues the two conditional formats (error, warning) of one table. */
export function queueConditionalFormats(ws: Excel.Worksheet, area: string, block: number): void {
  const cfs = ws.getRange(area).conditionalFormats;
  for (const mark of [MARK_ERROR, MARK_WARNING] as const) {
    const cf = cfs.add('Custom' as Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = markFormula(block, mark);
    cf.custom.format.fill.color = `#${MARK_STYLE[mark].fill}`;
    cf.custom.format.font.color = `#${MARK_STYLE[mark].color}`;
  }
}
