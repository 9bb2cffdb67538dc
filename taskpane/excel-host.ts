// PaneHost on the open workbook, through the Office.js adapter in src/excel.

import type { AppTypeId, Issue } from '../src/core/types';
import { appType, tableDef } from '../src/core/tables';
import { sortIssues, summariseIssues } from '../src/core/report';
import { createApplication } from '../src/excel/create';
import { confirmCode, selectCell } from '../src/excel/actions';
import { type ExcelFeatures, canMark, hostFeatures } from '../src/excel/features';
import { type ExcelRun, LiveValidation, officeRun } from '../src/excel/live-validation';
import { refreshSummary } from '../src/excel/summary';
import { writeSheets } from '../src/excel/write-sheets';
import { openAsNewWorkbook } from '../src/excel/new-workbook';
import { withdrawCode } from '../src/excel/withdraw-code';
import { deleteSheets, sheetNames } from '../src/excel/sheet-names';
import type { PaneFeatures, PaneHost } from './host';

/** Sheet names of the optional tables the clerk left out. */
function leftOutSheets(appTypeId: AppTypeId, leaveOut: string[] | undefined): string[] {
  if (!leaveOut) return [];
  return appType(appTypeId).optionalTables.filter((id) => leaveOut.indexOf(id) >= 0).map((id) => tableDef(id).shortName);
}

/** Who confirmed a credit code: Office.js tells an add-in nothing about the user, so the record names the tool. */
const CONFIRMED_BY = '申报表助手';

export function paneFeatures(f: ExcelFeatures): PaneFeatures {
  return { canCreate: f.basics, canCheck: f.basics, liveChecking: f.onChanged, dropDowns: f.dataValidation, cellMarks: canMark(f), newWorkbook: f.newWorkbook };
}

export function createExcelHost(features: ExcelFeatures = hostFeatures(), run: ExcelRun = officeRun): PaneHost {
  const listeners: { issues: (issues: Issue[]) => void; error?: (e: unknown) => void }[] = [];
  // the 汇总 sheet shows the counts of the last check and when it ran
  let lastCheck: { issues: Issue[]; at: Date } | undefined;
  const live = new LiveValidation({
    features,
    run,
    onIssues: (issues) => {
      lastCheck = { issues, at: new Date() };
      const sorted = sortIssues(issues, live.sheetOrder);
      for (const l of listeners.slice()) l.issues(sorted);
    },
    onError: (e) => {
      for (const l of listeners.slice()) if (l.error) l.error(e);
    },
  });
  return {
    features: () => paneFeatures(features),
    async createApplication(appTypeId, cover, options) {
      const result = await run((ctx) => createApplication(ctx, appTypeId, cover, features));
      // an optional table left out: the plan always carries it, so the sheet just made is taken away again
      const leaveOut = leftOutSheets(appTypeId, options && options.leaveOut).filter((n) => result.created.indexOf(n) >= 0);
      if (leaveOut.length) {
        await run((ctx) => deleteSheets(ctx, leaveOut));
        result.created = result.created.filter((n) => leaveOut.indexOf(n) < 0);
      }
      // the new sheets must be read (and listened to) before typing in them is checked
      await live.fullCheck();
      return { created: result.created, skipped: result.skipped, omitted: result.omitted };
    },
    async fullCheck(opts) {
      return sortIssues(await live.fullCheck(opts), live.sheetOrder);
    },
    marksStale: () => live.marksStale,
    onIssues(listener, onError) {
      const entry = { issues: listener, error: onError };
      listeners.push(entry);
      return () => {
        const i = listeners.indexOf(entry);
        if (i >= 0) listeners.splice(i, 1);
      };
    },
    selectCell: (sheet, address) => run((ctx) => selectCell(ctx, sheet, address)),
    async confirmCode(code) {
      await run((ctx) => confirmCode(ctx, code, CONFIRMED_BY));
      await live.fullCheck();
    },
    async withdrawCode(code) {
      await run((ctx) => withdrawCode(ctx, code));
      await live.fullCheck();
    },
    sheetNames: () => run((ctx) => sheetNames(ctx)),
    async refreshSummary() {
      if (!lastCheck) await live.fullCheck();
      const counts = lastCheck ? summariseIssues(lastCheck.issues) : undefined;
      const check = lastCheck && counts ? { errors: counts.errors, warnings: counts.warnings, at: lastCheck.at } : undefined;
      const result = await run((ctx) => refreshSummary(ctx, { check, features }));
      return result.sheet;
    },
    async writeSheets(sheets, onProgress, options) {
      // our own sheets from an earlier write are replaced, after the person said so in the pane
      if (options && options.replace) await run((ctx) => deleteSheets(ctx, sheets.map((s) => s.name)));
      const result = await run((ctx) => writeSheets(ctx, sheets, { features, onProgress }));
      return { written: result.written, renamed: result.renamed };
    },
    openWorkbook: (bytes) => openAsNewWorkbook(bytes),
  };
}
