// Blank application workbooks as .xlsx files.
import ExcelJS from 'exceljs';
import type { AppTypeId } from '../core/types';
import { appType } from '../core/tables';
import { buildWorkbookPlan, type WorkbookPlanOptions } from '../core/form';
import { applyPlan } from './apply-plan';
import { writeFileAtomic } from './write-file';

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

export async function templateBuffer(appTypeId: AppTypeId, opts: WorkbookPlanOptions = {}): Promise<Buffer> {
  const data = await templateWorkbook(appTypeId, opts).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** Written atomically (temporary file beside it, renamed): an interrupted write never leaves half a template. */
export async function writeTemplate(appTypeId: AppTypeId, filePath: string, opts: WorkbookPlanOptions = {}): Promise<void> {
  await writeFileAtomic(filePath, await templateBuffer(appTypeId, opts));
}
