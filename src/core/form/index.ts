// The official blank forms as a host-neutral plan, applied by the exceljs writer and the Office.js adapter alike.
export type * from './plan-types';
export {
  META_SHEET, LISTS_SHEET, DEFAULT_DATA_ROWS, INLINE_LIST_MAX, TITLE_ROW, NAME_ROW, HEADER_ROW, FIRST_DATA_ROW,
  UNIT_NOTE, TOTAL_LABEL, COVER_HEADER_ROW, COVER_FIRST_FIELD_ROW, FORM_FONT, PAGE_FOOTER,
} from './constants';
export { cellsOf } from './a1';
export { ListRegistry } from './lists';
export { buildTablePlan, headerText, unitNote, type TablePlanOptions } from './table-plan';
export { buildCoverPlan, type CoverPlanOptions } from './cover-plan';
export { buildMetaPlan, readMetaRows, META_COLUMNS, type MetaRow } from './meta';
export { buildWorkbookPlan, templateTables, type WorkbookPlanOptions } from './workbook-plan';
export { validationFor, ANY_NUMBER, DATE_MIN, DATE_MAX } from './validations';
