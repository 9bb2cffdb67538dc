// Reads the tables of the open workbook, wherever they sit, by their headers (the same pure matching the
// .xlsx reader uses), rows outside the tables by the same rule (read-outside.ts). Three syncs whatever the size:
// sheet names, every sheet's first rows, every table's data.
import type { CoverInput, TableDef, TableInput, WorkbookInput } from '../core/types';
import { TABLES } from '../core/tables';
import { columnLetter } from '../core/columns';
import { type CellBox, type CoverLabel, HEADER_SCAN_ROWS, MIN_COVER_LABELS, coverAbove, coverOfSheet, firstTable, keepOnePerTable, layoutOf, locateCoverLabels } from '../core/headers';
import { type ExcelFeatures, hostFeatures } from './features';
import { readTableAreas, spreadOpenMerges } from './read-merges';
import { type Grid, gridCell, gridTexts } from './cell-values';
import { parseAddress } from './address';
import { type OpenTable, splitRows } from './table-rows';
import { CONFIRM_SHEET } from './sheets';
import { parseConfirmations } from '../core/confirmations';
import { maxRowText, type Area } from './read-areas';
import { readBelow, unheadedReader } from './read-outside';
import { sliceGrid, stackedIn } from './read-stacked';

/** The first rows and columns searched for a header or the cover's labels. */
export const HEAD_ROWS = HEADER_SCAN_ROWS;
export const HEAD_COLS = 80;
const HEAD_RANGE = `A1:${columnLetter(HEAD_COLS)}${HEAD_ROWS}`;

export interface OpenWorkbook {
  input: WorkbookInput;
  tables: OpenTable[];
  /** every sheet of the workbook, hidden ones included */
  sheetNames: string[];
  /** their worksheet ids, in the same order (an id stays with its sheet through renames) */
  sheetIds: string[];
}

export const grid = (r: Excel.Range): Grid => ({ values: r.values, valueTypes: r.valueTypes as string[][], numberFormat: r.numberFormat });

/** The cover on a sheet whose first rows are `head`; `merges` its merged ranges, where read (a label merged over the cells to its right). */
function findCover(sheet: string, head: Grid, merges: CellBox[] = []): CoverInput | undefined {
  const rows = head.values.map((_, i) => gridTexts(head, i));
  if (locateCoverLabels(rows).length < MIN_COVER_LABELS) return undefined;
  const right = (l: CoverLabel): number => merges.find((b) => b.r1 === l.row + 1 && b.c1 === l.col + 1)?.c2 ?? l.col + 1;
  return coverOfSheet(sheet, rows, (r, c) => gridCell(head, r, c), right);
}

function tableAt(sheet: string, head: Grid, defs: TableDef[]): { table: OpenTable; above: string[][] } | undefined {
  const rows = head.values.map((_, i) => gridTexts(head, i));
  const found = firstTable(rows, defs);
  if (!found) return undefined;
  return { table: { def: found.def, ...layoutOf(found, sheet) }, above: rows.slice(0, found.headerRow) };
}

/** No cover sheet: the cover fields typed above the first table that has them (the core's rule). */
function coverTypedAbove(tables: { sheet: string; head: Grid; above: string[][] }[]): CoverInput | undefined {
  for (const t of tables) {
    const c = coverAbove(t.sheet, t.above, (r, col) => gridCell(t.head, r, col));
    if (c) return c;
  }
  return undefined;
}

/**
 * Whether a sheet's first rows now hold a table's header or the cover's labels: one read of its head (by name or
 * id). Live checking asks this of a sheet that was neither when something changed in its first rows.
 */
export async function headHoldsForm(context: Excel.RequestContext, sheet: string, defs: TableDef[] = TABLES): Promise<boolean> {
  const head = context.workbook.worksheets.getItem(sheet).getRange(HEAD_RANGE).load('values,valueTypes,numberFormat');
  await context.sync();
  const g = grid(head);
  return tableAt(sheet, g, defs) !== undefined || findCover(sheet, g) !== undefined;
}

/** Reads every table, the cover and the confirmations, and says where each table sits. */
export async function scanOpenWorkbook(context: Excel.RequestContext, defs: TableDef[] = TABLES, features: ExcelFeatures = hostFeatures(), maxBytes?: number): Promise<OpenWorkbook> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  await context.sync();
  const names = sheets.items.map((s) => s.name);
  const ids = sheets.items.map((s) => s.id);
  const forms = names.filter((n) => !n.startsWith('_') && n !== CONFIRM_SHEET);

  const heads = forms.map((name) => {
    const ws = sheets.getItem(name);
    const head = ws.getRange(HEAD_RANGE).load('values,valueTypes,numberFormat');
    const used = ws.getUsedRange(true).load('address');
    return { name, head, used };
  });
  await context.sync();

  const input: WorkbookInput = { tables: [], confirmations: [], issues: [] };
  const tables: OpenTable[] = [];
  const reads: { table: OpenTable; area: Area }[] = [];
  const tableHeads: { sheet: string; head: Grid; above: string[][] }[] = [];
  let coverHead: Grid | undefined;
  for (const h of heads) {
    const head = grid(h.head);
    const at = tableAt(h.name, head, defs);
    if (!at) {
      if (!input.cover) {
        input.cover = findCover(h.name, head);
        if (input.cover) coverHead = head;
      }
      continue;
    }
    const { table } = at;
    tableHeads.push({ sheet: h.name, head, above: at.above });
    const used = parseAddress(h.used.address);
    const lastRow = used.r2;
    table.lastRow = lastRow;
    table.sheetId = ids[names.indexOf(h.name)];
    tables.push(table);
    if (lastRow < table.firstDataRow) continue;
    // to the used range's last column: values in columns without a header are the table's too (read-outside.ts)
    reads.push({ table, area: { sheet: h.name, r1: table.firstDataRow, r2: lastRow, c1: 1, c2: Math.max(table.lastCol, used.c2) } });
  }
  input.cover ??= coverTypedAbove(tableHeads);
  let confirmRange: Excel.Range | undefined;
  // the confirmations go with the first request; a large workbook takes one more request per 4 MB of data
  const queueConfirmations = () => {
    confirmRange = names.includes(CONFIRM_SHEET) ? sheets.getItem(CONFIRM_SHEET).getUsedRange(true).load('values') : undefined;
  };
  // a cover sheet's merged ranges go with the data: a label merged over the cells to its right reads them empty
  const coverArea: Area[] = coverHead && input.cover ? [{ sheet: input.cover.sheet, r1: 1, r2: HEAD_ROWS, c1: 1, c2: HEAD_COLS }] : [];
  const read = await readTableAreas(context, reads.map((r) => r.area), features, queueConfirmations, maxBytes, coverArea);
  input.issues.push(...read.notices);
  const coverMerges = read.alsoMerges[0] ?? [];
  if (coverHead && coverMerges.length) input.cover = findCover(input.cover!.sheet, coverHead, coverMerges);

  const opened: OpenTable[] = [];
  tables.forEach((first) => {
    const i = reads.findIndex((r) => r.table === first);
    if (i < 0) {
      input.tables.push({ def: first.def, layout: first.layout, rows: [] });
      opened.push(first);
      return;
    }
    // the sheet's tables top down, each read from its part of the grid (tables stacked: read-stacked.ts)
    const sheetLast = first.lastRow!;
    let t = first;
    let g = read.grids[i];
    for (;;) {
      const { headerAgain, next } = stackedIn(g, t, defs, read.merges[i]);
      if (next) t.lastRow = next.start - 1;
      const own = next ? sliceGrid(g, 0, next.start - t.firstDataRow) : g;
      input.tables.push(readOpenTable(t, own, read.merges[i].filter((b) => b.r1 <= t.lastRow!), headerAgain));
      opened.push(t);
      if (!next) break;
      const below: OpenTable = { def: next.found.def, ...layoutOf(next.found, t.layout.sheet, next.firstRow), lastRow: sheetLast, sheetId: t.sheetId };
      g = sliceGrid(g, below.firstDataRow - t.firstDataRow);
      t = below;
    }
  });
  const one = keepOnePerTable(input.tables);
  input.tables = one.kept.map((i) => input.tables[i]);
  input.issues.push(...one.issues);
  input.confirmations = confirmRange ? parseConfirmations((confirmRange as Excel.Range).values) : [];
  return { input, tables: one.kept.map((i) => opened[i]), sheetNames: names, sheetIds: ids };
}

/** One table's rows, total, notices and rows below its end, from grid `g` read from its first data row. */
function readOpenTable(t: OpenTable, g: Grid, merges: CellBox[], headerAgain: Set<number>): TableInput {
  const unheaded = unheadedReader(g, t.layout);
  const split = splitRows(g, t.firstDataRow, t.layout, unheaded, headerAgain);
  t.totalRow = split.totalRow;
  t.totalFirst = split.totalFirst;
  t.footerRow = split.footerRow;
  const ti: TableInput = { def: t.def, layout: t.layout, rows: split.rows };
  if (split.total) ti.total = split.total;
  t.rowText = maxRowText(g);
  const notices = [...split.subtotals, ...spreadOpenMerges(t, g, merges, split.rows)];
  if (notices.length) ti.notices = notices;
  readBelow(g, t, ti, unheaded);
  return ti;
}

/** Everything the engine needs from the open workbook: tables found by their headers, the cover, confirmations. */
export async function readOpenWorkbook(context: Excel.RequestContext, features: ExcelFeatures = hostFeatures()): Promise<WorkbookInput> {
  return (await scanOpenWorkbook(context, TABLES, features)).input;
}
