// Turns a failure of an Excel call into one plain Chinese sentence: clerks never see a stack trace.

const OFFICE_CODES: Record<string, string> = {
  InvalidOperationInCellEditMode: 'Excel 正在编辑单元格，请先按 Enter 或 Esc 结束编辑，再试一次。',
  AccessDenied: '工作表受保护或工作簿为只读，无法写入。请取消保护后再试。',
  ItemNotFound: '找不到对应的工作表或单元格，可能已被删除或改名。',
  ItemAlreadyExists: '同名的工作表已存在。',
  InsertDeleteConflict: '表格区域与其他内容冲突，无法插入。',
  ApiNotFound: '此版本的 Excel 不支持这个操作。',
  RequestPayloadSizeLimitExceeded: '数据太多，一次无法处理。请分成几个工作簿再试。',
  GeneralException: 'Excel 报告了一个内部错误，请稍后再试。',
};

/** An error that already carries a sentence meant for the user. */
export class UserFacingError extends Error {
  constructor(public readonly userMessage: string) {
    super(userMessage);
    this.name = 'UserFacingError';
    // keeps instanceof working when the pane is compiled to ES5 for Office 2016/2019's IE11 webview
    Object.setPrototypeOf(this, UserFacingError.prototype);
  }
}

export function describeError(e: unknown, action = '操作'): string {
  const err = e as { userMessage?: unknown; code?: unknown; message?: unknown } | null;
  if (err && typeof err.userMessage === 'string') return err.userMessage;
  if (err && typeof err.code === 'string' && OFFICE_CODES[err.code]) return `${action}失败：${OFFICE_CODES[err.code]}`;
  return `${action}失败，请重试。如果问题一直出现，请关闭并重新打开本助手。`;
}
