// The add-in's own very hidden sheets in the open workbook (the plan's `_torch` and `_lists` come from core).
export const CONFIRM_SHEET = '_confirm';
export const MARKS_SHEET = '_marks';
export const CONFIRM_CAPTIONS = ['统一社会信用代码', '确认人', '确认时间'];
