// The merged province workbook, written with exceljs from a MergePlan: summaries, detail sheets, problem
// list, duplicates, notes. After the details are written the rows found in them are counted per file and
// table and compared with the rows read: the tool's own check that nothing was lost.

import ExcelJS from 'exceljs';
import type { TableId } from '../core/types';
import type { MergePlan } from '../core/merge';
import type { DetailRef } from '../core/rollup-formulas';
import { message } from '../core/messages';
import { excelXmlText, formulaXmlText } from '../core/xml-text';
import { MERGED_MARKER } from './structure-guard';
import { checkXmlParts } from './output-check';
import { workbookBytes } from './workbook-bytes';
import { DETAIL_ORDER, DETAIL_SHEET_NAMES, writeDetailSheet } from './merged-detail';
import { BY_APP_SHEET, BY_UNIT_SHEET, writeAppSummary, writeUnitSummary } from './merged-summary';
import { ISSUES_SHEET, writeIssues } from './merged-issues';
import { DUPLICATES_SHEET, writeDuplicates } from './merged-duplicates';
import { NOTES_SHEET, writeNotes, type RunInfo } from './merged-notes';

export type { RunInfo } from './merged-notes';
export { BY_APP_SHEET, BY_UNIT_SHEET, ISSUES_SHEET, DUPLICATES_SHEET, NOTES_SHEET, DETAIL_SHEET_NAMES, DETAIL_ORDER };

export interface MergedWorkbook {
  workbook: ExcelJS.Workbook;
  /** one sentence per file and table whose rows written differ from the rows read; empty when nothing is lost */
  mismatches: string[];
}

/** Build the workbook; fills `written` in the plan's file accounting from the written sheets. */
export function buildMergedWorkbook(plan: MergePlan, run: RunInfo): MergedWorkbook {
  const wb = new ExcelJS.Workbook();
  describeWorkbook(wb, run);
  // the cached results are right; a full calculation on open keeps them right after Excel's own edits
  wb.calcProperties.fullCalcOnLoad = true;
  const byUnit = wb.addWorksheet(BY_UNIT_SHEET);
  const byApp = wb.addWorksheet(BY_APP_SHEET);
  const detailSheets = DETAIL_ORDER.map((id) => [id, wb.addWorksheet(DETAIL_SHEET_NAMES[id])] as const);
  const issues = wb.addWorksheet(ISSUES_SHEET);
  const duplicates = wb.addWorksheet(DUPLICATES_SHEET);
  const notes = wb.addWorksheet(NOTES_SHEET);

  const refs: Partial<Record<TableId, DetailRef>> = {};
  const written = new Map<string, number>();
  for (const [id, ws] of detailSheets) {
    const d = writeDetailSheet(ws, plan.details[id]);
    refs[id] = d.ref;
    for (const [k, n] of d.counts) written.set(`${id}\u0000${k}`, n);
  }

  const mismatches = accountWritten(plan, written);
  writeIssues(issues, plan.problems);
  writeDuplicates(duplicates, plan.duplicates);
  const appCols = writeAppSummary(byApp, plan.applications, refs);
  writeUnitSummary(byUnit, plan.units, plan.province, refs, appCols);
  writeNotes(notes, plan.files, run, mismatches);
  for (const ws of wb.worksheets) {
    printWide(ws);
    escapeTexts(ws);
  }
  wb.views = WORKBOOK_VIEWS.map((v) => ({ ...v }));
  return { workbook: wb, mismatches };
}

export const WORKBOOK_VIEWS: ExcelJS.WorkbookView[] = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

/** Creator, marker and date: the same for the in-memory and the streaming writer. */
export function describeWorkbook(wb: { creator: string; keywords: string; created: Date }, run: RunInfo): void {
  wb.creator = `torch-tables ${run.toolVersion}`;
  // how a later run recognises this file among the returns, and skips it (see structure-guard.ts)
  wb.keywords = MERGED_MARKER;
  wb.created = new Date(run.startedAt);
}

/**
 * Fills `written` in the plan's file accounting from the rows found in the written sheets (`table\0file\0sheet`
 * -> rows) and returns one sentence per file and table whose rows written differ from the rows read.
 */
export function accountWritten(plan: MergePlan, written: Map<string, number>): string[] {
  const mismatches: string[] = [];
  for (const f of plan.files) {
    for (const a of f.tables) {
      a.written = written.get(`${a.table}\u0000${f.file}\u0000${a.sheet}`) ?? 0;
      if (a.written !== a.planned || a.read !== a.planned + a.superseded + a.leftOut) {
        mismatches.push(message('merge/row-count', { file: f.file, sheet: a.sheet, read: a.read, written: a.written, superseded: a.superseded, leftOut: a.leftOut }));
      }
    }
  }
  return mismatches;
}

/** Every sheet prints as a wide list: A4 landscape, all columns on the page, the header row on every page. */
export function printWide(ws: ExcelJS.Worksheet): void {
  ws.pageSetup = { ...ws.pageSetup, ...wideSetup(ws.name) };
}

export function wideSetup(sheet: string): Partial<ExcelJS.PageSetup> {
  const setup: Partial<ExcelJS.PageSetup> = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  if (sheet !== NOTES_SHEET) setup.printTitlesRow = '1:1';
  return setup;
}

/** Every text of the sheet as the XML of the file can hold it (see core/xml-text.ts); the sources were reported by the plan. */
export function escapeTexts(ws: ExcelJS.Worksheet): void {
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      const v = cell.value;
      if (typeof v === 'string') {
        const safe = excelXmlText(v);
        if (safe !== v) cell.value = safe;
      } else if (v && typeof v === 'object' && 'formula' in v) {
        const formula = typeof v.formula === 'string' ? formulaXmlText(v.formula) : v.formula;
        const result = typeof v.result === 'string' ? excelXmlText(v.result) : v.result;
        if (formula !== v.formula || result !== v.result) cell.value = { ...v, formula, result } as ExcelJS.CellValue;
      }
    });
  });
}

/** The workbook's bytes, checked part by part before anyone gets them: every XML part must be well-formed XML 1.0 text. */
export async function mergedWorkbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const bytes = await workbookBytes(workbook);
  await checkXmlParts(bytes);
  return bytes;
}

