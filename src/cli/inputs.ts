// Files and folders on the command line -> the files of the run, in a stable order. Folders are searched
// recursively (a folder per city is common); a folder reached again through a link is not searched twice.
// Every file found is accounted for: a workbook is read; a spreadsheet in another format is an unreadable
// return (the city is asked to resend it); anything else, Excel's ~$ lock files and a file named twice are
// listed as skipped, with the reason. Only regular files are ever opened.

import * as path from 'node:path';
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { FILE_KIND, message } from '../core/messages';
import { UsageError } from './args';

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;
/** spreadsheet formats that are returns in the wrong format: their reason, without opening them */
const WRONG_FORMAT: [RegExp, string][] = [
  [/\.(et|ett)$/i, FILE_KIND.et],
  [/\.xlsb$/i, FILE_KIND.xlsb],
];
const NOT_A_RETURN: [RegExp, string][] = [
  [/\.csv$/i, FILE_KIND.csv],
  [/\.(bak|backup|old|tmp)$|~$/i, FILE_KIND.backup],
];

/** Why a file is listed but not read, or why it could not be read; a code and a sentence naming the file. */
export interface FileNote {
  code: string;
  message: string;
}

export interface InputFile {
  path: string;
  /** found by searching a folder, not named on the command line */
  inFolder?: boolean;
  /** listed, not read: not a return, a lock file, the same file again */
  skipped?: FileNote;
  /** a return that cannot be read (wrong format, not a regular file) */
  failure?: FileNote;
}

function note(code: string, params: Record<string, string>): FileNote {
  return { code, message: message(code, params) };
}

/** What to do with one file found, from its name and kind alone. */
export function classify(file: string, st: Stats): InputFile {
  const base = path.basename(file);
  const shown = path.normalize(file);
  if (base.startsWith('~$')) return { path: file, skipped: note('file/skipped-lock', { file: shown }) };
  const wrong = WRONG_FORMAT.find(([re]) => re.test(base));
  if (!st.isFile()) {
    if (WORKBOOK.test(base) || wrong) return { path: file, failure: note('file/not-regular', { file: shown }) };
    return { path: file, skipped: note('file/skipped-not-regular', { file: shown }) };
  }
  if (wrong) return { path: file, failure: note('file/wrong-format', { file: shown, format: wrong[1] }) };
  if (WORKBOOK.test(base)) return { path: file };
  const kind = NOT_A_RETURN.find(([re]) => re.test(base))?.[1] ?? FILE_KIND.other;
  return { path: file, skipped: note('file/skipped-not-workbook', { file: shown, kind }) };
}

async function statOrNull(p: string): Promise<Stats | null> {
  return stat(p).catch(() => null);
}

/** More files than any province sends: a link to a system folder, or the wrong folder named. */
export const MAX_FILES = 20_000;

/** Every file under `dir`, sorted by path; folders met again (links in a loop) are listed as skipped. */
async function walk(dir: string, seen: Set<string>, out: InputFile[], top: string): Promise<void> {
  const entries = (await readdir(dir)).sort();
  for (const name of entries) {
    if (out.length >= MAX_FILES) throw new UsageError(message('cli/too-many-files', { folder: top, limit: MAX_FILES.toLocaleString('en-US') }));
    const p = path.join(dir, name);
    const st = await statOrNull(p);
    if (!st) {
      out.push({ path: p, skipped: note('file/skipped-broken-link', { file: p }) });
      continue;
    }
    if (st.isDirectory()) {
      const id = `${st.dev}:${st.ino}`;
      if (seen.has(id)) {
        out.push({ path: p, skipped: note('file/symlink-loop', { file: p }) });
        continue;
      }
      seen.add(id);
      await walk(p, seen, out, top);
    } else out.push({ ...classify(p, st), inFolder: true });
  }
}

/** The run's files in order: arguments in the order given, each folder's files by path. */
export async function findInputs(inputs: string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const st = await statOrNull(input);
    if (!st) throw new UsageError(`找不到文件或文件夹「${input}」`);
    if (st.isDirectory()) {
      const id = `${st.dev}:${st.ino}`;
      if (seen.has(id)) continue;
      seen.add(id);
      await walk(input, seen, out, input);
    } else out.push(classify(input, st));
  }
  return markSameFiles(out);
}

/** A file reached twice (named twice, or through a link): read once, the later mention listed as skipped. */
async function markSameFiles(files: InputFile[]): Promise<InputFile[]> {
  const first = new Map<string, string>();
  for (const f of files) {
    if (f.skipped || f.failure) continue;
    const st = await statOrNull(f.path);
    const id = st ? `${st.dev}:${st.ino}` : await realpath(f.path).catch(() => path.resolve(f.path));
    const earlier = first.get(id);
    if (earlier !== undefined) f.skipped = note('file/same-path', { file: path.normalize(f.path), other: path.normalize(earlier) });
    else first.set(id, f.path);
  }
  return files;
}

/** The files to read (skipped and unreadable ones left out), for callers that only want the workbooks. */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  return (await findInputs(inputs)).filter((f) => !f.skipped && !f.failure).map((f) => f.path);
}
