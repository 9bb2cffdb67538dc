// Blank application workbooks as .xlsx bytes (browser-safe; template-file.ts writes them to disk).
import ExcelJS from 'exceljs';
import type { AppTypeId } from '../core/types';
import { appType } from '../core/tables';
import { buildWorkbookPlan, type WorkbookPlanOptions } from '../core/form';
import { applyPlan } from './apply-plan';
import { workbookBytes } from './workbook-bytes';

/** The template's file name, e.g. `国家火炬特色产业基地申报表.xlsx`. */
export function templateFileName(appTypeId: AppTypeId): string {
  return `${appType(appTypeId).label}申报表.xlsx`;
}

export function templateWorkbook(appTypeId: AppTypeId, opts: WorkbookPlanOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'torch-tables';
  wb.created = new Date();
  // the 合计 formulas carry no cached result: have Excel compute them when the file opens
  wb.calcProperties.fullCalcOnLoad = true;
  applyPlan(wb, buildWorkbookPlan(appTypeId, opts));
  // open on the cover
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return wb;
}

/** The template as .xlsx bytes (Node and browser: the pane's 下载空白申报表 downloads these). */
export function templateBuffer(appTypeId: AppTypeId, opts: WorkbookPlanOptions = {}): Promise<Uint8Array> {
  return workbookBytes(templateWorkbook(appTypeId, opts));
}
