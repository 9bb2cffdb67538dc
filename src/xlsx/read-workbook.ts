// A workbook's sheets turned into the engine's input: tables found by their headers, the cover,
// confirmations, and what the reader itself noticed.

import type { PlainBook } from './parts/collect';
import type { SheetGrid } from './sheet-grid';
import type { CoverInput, Issue, TableDef, TableInput, WorkbookInput } from '../core/types';
import { TABLES, cover as coverDef } from '../core/tables';
import { HEADER_SCAN_ROWS, MIN_COVER_LABELS, coverAbove, firstTable, keepOnePerTable } from '../core/headers';
import { LISTS_SHEET, META_SHEET } from '../core/form/constants';
import { ReadError } from './errors';
import { isBlank, sheetTexts } from './read-cell';
import { coverLabelCount, readCover } from './read-cover';
import { CONFIRM_SHEET, readConfirmations, readMetaHints } from './read-meta';
import { readSheetTables } from './read-sheet';
import { continuationSheets } from '../core/outside-table';

export interface ReadOptions {
  /** the tables to look for (default: all) */
  defs?: TableDef[];
  /** how many rows from the top are searched for a title and header (default 15) */
  scanRows?: number;
}

const SYSTEM_SHEETS = new Set([META_SHEET, LISTS_SHEET, CONFIRM_SHEET]);
function hasContent(ws: SheetGrid): boolean {
  for (let r = 1; r <= ws.rowCount; r++) {
    if (ws.cells(r).some((c) => !isBlank(c.value))) return true;
  }
  return false;
}

/** Visible sheets first, so a filled visible table wins over a hidden old copy. */
function sheetsInOrder(wb: PlainBook): SheetGrid[] {
  const sheets = wb.sheets.filter((ws) => !SYSTEM_SHEETS.has(ws.name) && ws.state !== 'veryHidden');
  return [...sheets.filter((ws) => ws.state !== 'hidden'), ...sheets.filter((ws) => ws.state === 'hidden')];
}

export function readBook(wb: PlainBook, file: string, opts: ReadOptions = {}): WorkbookInput {
  const defs = opts.defs ?? TABLES;
  const scanRows = opts.scanRows ?? HEADER_SCAN_ROWS;
  const hints = readMetaHints(wb.sheet(META_SHEET));
  const sheets = sheetsInOrder(wb);
  if (!sheets.some(hasContent)) throw new ReadError('file/empty', file);

  const issues: Issue[] = [];
  const found: TableInput[] = [];
  const candidates: SheetGrid[] = [];
  /** per table found: its sheet and the lines above its header, where a cover may be typed */
  const above: { ws: SheetGrid; rows: string[][] }[] = [];
  for (const ws of sheets) {
    const texts = sheetTexts(ws, scanRows);
    const table = firstTable(texts, defs, { hint: hints.tables[ws.name] });
    if (!table) {
      candidates.push(ws);
      continue;
    }
    found.push(...readSheetTables(ws, table, defs));
    above.push({ ws, rows: texts.slice(0, table.headerRow) });
  }

  const one = keepOnePerTable(found);
  const more = continuationSheets(found, one.kept);
  const tables = [...one.kept, ...more.map((m) => m.index)].sort((a, b) => a - b).map((i) => found[i]);
  const continued = new Set(more.map((m) => found[m.index].layout.sheet));
  issues.push(...one.issues.filter((i) => !continued.has(i.sheet ?? '')), ...more.map((m) => m.issue));
  const coverSheet = pickCover(sheets, candidates, hints.coverSheet);
  const cover: CoverInput | undefined = coverSheet ? readCover(coverSheet) : coverTypedAbove(above);
  if (tables.length === 0 && !cover) throw new ReadError('file/no-tables', file);
  return {
    file,
    cover,
    tables,
    confirmations: readConfirmations(wb.sheet(CONFIRM_SHEET)),
    issues: issues.map((i) => ({ ...i, file })),
  };
}

/** No cover sheet: the cover fields typed above the first table that has them. */
function coverTypedAbove(tables: { ws: SheetGrid; rows: string[][] }[]): CoverInput | undefined {
  for (const { ws, rows } of tables) {
    const c = coverAbove(ws.name, rows, (r, col) => ws.value(r + 1, col + 1));
    if (c) return c;
  }
  return undefined;
}

/** The cover: the sheet named 填报信息 (or named so in _torch), else a non-table sheet full of cover labels. */
function pickCover(sheets: SheetGrid[], nonTables: SheetGrid[], hinted?: string): SheetGrid | undefined {
  const named = nonTables.find((ws) => ws.name === coverDef.sheetName || ws.name === hinted);
  if (named && coverLabelCount(named) > 0) return named;
  let best: SheetGrid | undefined;
  let bestCount = MIN_COVER_LABELS - 1;
  for (const ws of nonTables) {
    const n = coverLabelCount(ws);
    if (n > bestCount) {
      best = ws;
      bestCount = n;
    }
  }
  return best ?? (named && sheets.includes(named) ? named : undefined);
}
