// The add-in's own very hidden `_marks` sheet in the open workbook; the other sheets it writes (the plan's very
// hidden `_torch` and `_lists`, the visible 信用代码确认) come from core.
export { CONFIRM_SHEET } from '../core/form/constants';
export const MARKS_SHEET = '_marks';
