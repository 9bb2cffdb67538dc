// Why a file could not be read, as data: a code, the file name, and one plain-Chinese sentence.
// Wording comes from the shared catalogue (src/core/messages.ts).

import { message, READ_REASON } from '../core/messages';

export type ReadErrorCode =
  | 'file/too-large'
  | 'file/empty'
  | 'file/not-zip'
  | 'file/encrypted'
  | 'file/truncated'
  | 'file/zip-bomb'
  | 'file/not-xlsx'
  | 'file/no-tables'
  | 'file/unreadable'
  | 'file/over-budget'
  | 'file/read-limit'
  | 'file/not-regular'
  | 'file/own-output';

/** A file that cannot be read. `message` names the file; callers show it without a stack. */
export class ReadError extends Error {
  readonly code: ReadErrorCode;
  readonly file: string;
  /** technical detail for logs (never needed by the user) */
  readonly detail?: string;

  constructor(code: ReadErrorCode, file: string, params: { size?: string; limit?: string; reason?: string; detail?: string; what?: string; value?: string } = {}) {
    super(message(code, { file, reason: READ_REASON.structure, ...params }));
    this.name = 'ReadError';
    this.code = code;
    this.file = file;
    this.detail = params.detail;
    // ES5 output (the task pane, for IE11) makes `this` a plain Error: restore the prototype so instanceof works
    Object.setPrototypeOf(this, ReadError.prototype);
  }
}

/** instanceof, and the brand as a second test: an Error subclass from another bundle or realm fails instanceof. */
export function isReadError(e: unknown): e is ReadError {
  if (e instanceof ReadError) return true;
  const x = e as { name?: unknown; code?: unknown; message?: unknown } | null;
  return !!x && x.name === 'ReadError' && typeof x.code === 'string' && /^file\//.test(x.code) && typeof x.message === 'string';
}

/** Human-readable size for messages: 50 MB, 12 KB. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} 字节`;
}

/** Any failure to read a file as a code and a plain message naming the file; never a stack trace. */
export function describeReadFailure(e: unknown, file: string): { code: string; message: string } {
  if (isReadError(e)) return { code: e.code, message: e.message };
  // an unexpected failure: the plain reason first, the technical one after it for whoever helps the clerk
  const detail = e instanceof Error ? e.message : String(e);
  const reason = `${READ_REASON.corrupt}（技术信息：${detail}）`;
  return { code: 'file/unreadable', message: message('file/unreadable', { file, reason }) };
}
