// Files and folders on the command line -> the workbooks to read, in a stable order. A folder gives every Excel
// workbook in it, old .xls and macro-enabled .xlsm included, so a return in the wrong format is reported as
// unreadable with its reason rather than left out without a word; Excel's own ~$ lock files are not returns.

import * as path from 'node:path';
import { readdir, stat } from 'node:fs/promises';
import { UsageError } from './args';

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

export async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let s;
    try {
      s = await stat(input);
    } catch {
      throw new UsageError(`找不到文件或文件夹「${input}」`);
    }
    if (s.isDirectory()) {
      const names = (await readdir(input)).filter((n) => WORKBOOK.test(n) && !n.startsWith('~$')).sort();
      files.push(...names.map((n) => path.join(input, n)));
    } else files.push(input);
  }
  return files;
}
