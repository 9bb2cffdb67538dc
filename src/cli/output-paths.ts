// Outputs must never be inputs: `merge A.xlsx B.xlsx -o B.xlsx` would overwrite a city's return. Paths are
// compared as the file system sees them (real path through links and `..`, and device + inode, which also
// catches hard links), every output against every input and against the other outputs, before any return is read.

import * as path from 'node:path';
import { readFile, realpath, stat } from 'node:fs/promises';
import { message } from '../core/messages';
import { isMergedWorkbook } from '../xlsx/read-buffer';
import { checkFileSize } from '../xlsx/zip-guard';
import { UsageError } from './args';
import type { InputFile } from './inputs';

async function isOurResult(file: string): Promise<boolean> {
  try {
    checkFileSize((await stat(file)).size, file);
    return await isMergedWorkbook(await readFile(file), file);
  } catch {
    return false;
  }
}

export interface NamedOutput {
  /** how the command line named it: -o, --json */
  option: string;
  path: string;
}

interface Identity {
  real: string;
  inode?: string;
}

/** The real path of a file that may not exist yet: its folder's real path and its own name. */
async function identity(p: string): Promise<Identity> {
  const st = await stat(p).catch(() => null);
  if (st) return { real: await realpath(p), inode: `${st.dev}:${st.ino}` };
  const dir = await realpath(path.dirname(path.resolve(p))).catch(() => path.dirname(path.resolve(p)));
  return { real: path.join(dir, path.basename(p)) };
}

function same(a: Identity, b: Identity): boolean {
  return a.real === b.real || (a.inode !== undefined && a.inode === b.inode);
}

/**
 * Throws a UsageError (exit 2) naming both files when an output resolves to an input or to another output. One
 * exception: the result of an earlier run, found by searching the returns folder and named again by -o (a clerk
 * merging into the returns folder every day), is no return: it is listed as skipped and replaced.
 */
export async function checkOutputs(outputs: NamedOutput[], inputs: InputFile[]): Promise<void> {
  const outs = await Promise.all(outputs.map(async (o) => ({ ...o, id: await identity(o.path) })));
  for (let i = 0; i < outs.length; i++) {
    for (let j = i + 1; j < outs.length; j++) {
      if (same(outs[i].id, outs[j].id)) {
        throw new UsageError(message('cli/outputs-same', { a: outs[i].option, b: outs[j].option, file: outs[i].path }));
      }
    }
  }
  for (const input of inputs) {
    const id = await identity(input.path);
    const hit = outs.find((o) => same(o.id, id));
    if (!hit) continue;
    if (hit.option === '-o' && input.inFolder && !input.failure && (await isOurResult(input.path))) {
      input.skipped = { code: 'file/own-output', message: message('file/own-output', { file: path.normalize(input.path) }) };
      continue;
    }
    throw new UsageError(message('cli/output-is-input', { option: hit.option, output: hit.path, input: input.path }));
  }
}
