// Reading filled workbooks from disk (Node). The byte path lives in read-buffer.ts, free of `fs`,
// so browser code imports that file directly.

import { promises as fs } from 'fs';
import * as path from 'path';
import type { WorkbookInput } from '../core/types';
import { READ_REASON } from '../core/messages';
import { ReadError } from './errors';
import { DEFAULT_ZIP_LIMITS, checkFileSize } from './zip-guard';
import { readWorkbookBuffer, type ReadBufferOptions } from './read-buffer';

export { readWorkbookBuffer, type ReadBufferOptions } from './read-buffer';
export { readBook, type ReadOptions } from './read-workbook';
export { ReadError, isReadError, type ReadErrorCode } from './errors';

/** Read a filled workbook file. Messages name the file by its base name. */
export async function readWorkbookFile(filePath: string, opts: ReadBufferOptions = {}): Promise<WorkbookInput> {
  const name = path.basename(filePath);
  const max = opts.limits?.maxFileBytes ?? DEFAULT_ZIP_LIMITS.maxFileBytes;
  let size: number;
  try {
    const st = await fs.stat(filePath);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch (e) {
    throw new ReadError('file/unreadable', name, { reason: READ_REASON.notFound, detail: e instanceof Error ? e.message : String(e) });
  }
  // refuse before reading a huge file into memory
  checkFileSize(size, name, max);
  const buf = await fs.readFile(filePath);
  return readWorkbookBuffer(buf, name, opts);
}
