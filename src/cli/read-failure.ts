// Any failure to read a file becomes a code and a plain message; never a stack trace.

import { isReadError } from '../xlsx/errors';
import { message } from '../core/messages';

export function describeReadFailure(e: unknown, file: string): { code: string; message: string } {
  if (isReadError(e)) return { code: e.code, message: e.message };
  const reason = e instanceof Error ? e.message : String(e);
  return { code: 'file/unreadable', message: message('file/unreadable', { file, reason }) };
}
