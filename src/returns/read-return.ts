// Reading one return, host-neutral and browser-safe: size limit, bytes, SHA-256, read, validate; a file that
// cannot be read comes back with its reason instead of throwing. Browser-safe (no Node modules): the CLI
// passes a file on disk and Node's hash (and reads the workbook in a worker, see src/cli/read-returns.ts), the
// task pane passes a picked File and crypto.subtle.

import type { ReturnFile } from '../core/merge';
import type { WorkbookInput } from '../core/types';
import { message } from '../core/messages';
import { validateWorkbook } from '../core/validate';
import { readWorkbookBuffer, type ReadBufferOptions } from '../xlsx/read-buffer';
import { checkFileSize } from '../xlsx/zip-guard';
import { describeReadFailure, isReadError } from '../xlsx/errors';

export interface ReturnSource {
  /** the name shown everywhere (unique within a run) */
  name: string;
  path?: string;
  /** size and modification time, asked for before the bytes so that a huge file is refused unread */
  info(): Promise<{ size: number; modified?: string }>;
  bytes(): Promise<Uint8Array>;
}

/** SHA-256 of the bytes, as lowercase hex. */
export type Sha256 = (bytes: Uint8Array) => Promise<string>;

/** What reading the bytes of one file gave: the workbook's content, or why it is not read as a return. */
export type ReadOutcome =
  | { input: WorkbookInput }
  | { failure: { code: string; message: string } }
  | { skipped: { code: string; message: string } };

/** Read a workbook's bytes into the engine's input; never throws. This tool's own outputs come back as skipped. */
export async function readInput(bytes: Uint8Array, name: string, opts: ReadBufferOptions = {}): Promise<ReadOutcome> {
  try {
    const input = await readWorkbookBuffer(bytes, name, opts);
    input.file = name;
    return { input };
  } catch (e) {
    if (isReadError(e) && e.code === 'file/own-output') return { skipped: { code: e.code, message: e.message } };
    return { failure: describeReadFailure(e, name) };
  }
}

/** The outcome of reading put on the file record, checked with the engine when there is a workbook. */
export function settle(file: ReturnFile, outcome: ReadOutcome): ReturnFile {
  if ('input' in outcome) {
    file.input = outcome.input;
    try {
      file.result = validateWorkbook(outcome.input);
    } catch (e) {
      file.failure = describeReadFailure(e, file.name);
      delete file.input;
    }
  } else if ('skipped' in outcome) file.skipped = outcome.skipped;
  else file.failure = outcome.failure;
  return file;
}

/**
 * The second file with bytes already read in this run (the same return saved under two names) is skipped,
 * naming the first. `seen` maps SHA-256 to the name of the file read first.
 */
export function duplicateOf(file: ReturnFile, seen: Map<string, string>): boolean {
  if (!file.sha256) return false;
  const first = seen.get(file.sha256);
  if (first === undefined) {
    seen.set(file.sha256, file.name);
    return false;
  }
  file.skipped = { code: 'file/duplicate-content', message: message('file/duplicate-content', { file: file.name, other: first }) };
  return true;
}

/**
 * The steps before a workbook is read, in their order: size (a file too large is refused unread), bytes, SHA-256,
 * duplicate. Gives the bytes to read, or nothing when the file is settled already (a failure or a duplicate).
 */
export async function loadReturnBytes(file: ReturnFile, source: ReturnSource, sha256: Sha256, seen?: Map<string, string>): Promise<Uint8Array | undefined> {
  try {
    const info = await source.info();
    file.size = info.size;
    if (info.modified) file.modified = info.modified;
    checkFileSize(info.size, file.name);
    const bytes = await source.bytes();
    file.sha256 = await sha256(bytes);
    return seen && duplicateOf(file, seen) ? undefined : bytes;
  } catch (e) {
    file.failure = describeReadFailure(e, file.name);
    return undefined;
  }
}

export async function readReturnSource(source: ReturnSource, sha256: Sha256, seen?: Map<string, string>): Promise<ReturnFile> {
  const file: ReturnFile = { name: source.name };
  if (source.path !== undefined) file.path = source.path;
  const bytes = await loadReturnBytes(file, source, sha256, seen);
  return bytes ? settle(file, await readInput(bytes, source.name)) : file;
}

/** Lowercase hex of a digest. */
export function hex(digest: ArrayBuffer | Uint8Array): string {
  const bytes = digest instanceof Uint8Array ? digest : new Uint8Array(digest);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  return out;
}
