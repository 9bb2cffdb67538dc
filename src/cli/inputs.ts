// Files and folders on the command line -> the .xlsx files to read, in a stable order.

import * as path from 'node:path';
import { readdir, stat } from 'node:fs/promises';
import { UsageError } from './args';

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
      const names = (await readdir(input)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$')).sort();
      files.push(...names.map((n) => path.join(input, n)));
    } else files.push(input);
  }
  return files;
}
