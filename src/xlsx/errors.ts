// Why a file could not be read, as data: a code, the file name, and one plain-Chinese sentence.
// Wording comes from the shared catalogue (src/core/messages.ts); the fallbacks below cover codes it lacks.

import { hasMessage, message, type MessageParams } from '../core/messages';

export type ReadErrorCode =
  | 'file/too-large'
  | 'file/empty'
  | 'file/not-zip'
  | 'file/encrypted'
  | 'file/truncated'
  | 'file/zip-bomb'
  | 'file/not-xlsx'
  | 'file/no-tables'
  | 'file/unreadable';

/** Wording for reader codes the catalogue does not (yet) hold. */
const FALLBACK: Record<string, string> = {
  'file/too-large': '文件「{file}」过大({size}),超过 {limit} 的上限',
  'file/empty': '文件「{file}」是空的工作簿',
  'file/not-zip': '文件「{file}」不是 Excel 工作簿(.xlsx),无法读取',
  'file/encrypted': '文件「{file}」设置了打开密码(或是旧版 .xls 格式),请取消密码并另存为 .xlsx 后再报送',
  'file/truncated': '文件「{file}」不完整或已损坏,请重新保存或重新发送',
  'file/zip-bomb': '文件「{file}」解压后过大或结构异常,为安全起见已拒绝读取',
  'file/not-xlsx': '文件「{file}」不是 Excel 工作簿(.xlsx),无法读取',
  'file/no-tables': '文件「{file}」中没有找到任何申报表格(按标题和表头识别)',
  'file/unreadable': '文件「{file}」无法读取:{reason}',
  'table/unit-mismatch': '「{field}」的单位是「{found}」,表格要求「{expected}」,请换算后填写',
  'table/duplicate-sheet': '{table}出现了不止一次(另见工作表「{other}」),只检查了第一个',
};

/** The Chinese sentence for a reader code. */
export function readMessage(code: string, params: MessageParams): string {
  if (hasMessage(code)) return message(code, params);
  const template = FALLBACK[code];
  if (!template) return code;
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? '' : String(params[k])));
}

/** A file that cannot be read. `message` names the file; callers show it without a stack. */
export class ReadError extends Error {
  readonly code: ReadErrorCode;
  readonly file: string;
  /** technical detail for logs (never needed by the user) */
  readonly detail?: string;

  constructor(code: ReadErrorCode, file: string, params: { size?: string; limit?: string; reason?: string; detail?: string } = {}) {
    super(readMessage(code, { file, reason: '文件结构无法识别', ...params }));
    this.name = 'ReadError';
    this.code = code;
    this.file = file;
    this.detail = params.detail;
  }
}

export function isReadError(e: unknown): e is ReadError {
  return e instanceof ReadError;
}

/** Human-readable size for messages: 50 MB, 12 KB. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} 字节`;
}
