// The add-in's own very hidden sheet in the open workbook (the plan's `_torch`, `_lists` and the 信用代码确认 sheet
// come from core).
export { CONFIRM_SHEET } from '../core/form/constants';
export const MARKS_SHEET = '_marks';
