// The Office.js adapter: everything that talks to the open workbook. No validation rules live here.
export { detectFeatures, hostFeatures, canMark, type ExcelFeatures, type IsSetSupported } from './features';
export { createApplication, type CoverValues } from './create';
export { applyWorkbookPlan, type ApplyResult } from './apply-plan';
export { readOpenWorkbook, scanOpenWorkbook, type OpenWorkbook } from './read-workbook';
export { LiveValidation, officeRun, type ExcelRun, type ChangeEvent, type LiveOptions } from './live-validation';
export { selectCell, confirmCode } from './actions';
export type { OpenTable } from './table-rows';
export { CONFIRM_SHEET, MARKS_SHEET } from './sheets';
