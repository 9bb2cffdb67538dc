// Reading one return, host-neutral and browser-safe: size limit, bytes, SHA-256, read, validate; a file that
// cannot be read comes back with its reason instead of throwing. Browser-safe (no Node modules): the CLI
// passes a file on disk and Node's hash, the task pane passes a picked File and crypto.subtle.

import type { ReturnFile } from '../core/merge';
import { validateWorkbook } from '../core/validate';
import { readWorkbookBuffer } from '../xlsx/read-buffer';
import { checkFileSize } from '../xlsx/zip-guard';
import { describeReadFailure } from '../xlsx/errors';

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

export async function readReturnSource(source: ReturnSource, sha256: Sha256): Promise<ReturnFile> {
  const { name } = source;
  const file: ReturnFile = { name };
  if (source.path !== undefined) file.path = source.path;
  try {
    const info = await source.info();
    file.size = info.size;
    if (info.modified) file.modified = info.modified;
    checkFileSize(info.size, name);
    const bytes = await source.bytes();
    file.sha256 = await sha256(bytes);
    const input = await readWorkbookBuffer(bytes, name);
    input.file = name;
    file.input = input;
    file.result = validateWorkbook(input);
  } catch (e) {
    file.failure = describeReadFailure(e, name);
    delete file.input;
    delete file.result;
  }
  return file;
}

/** Lowercase hex of a digest. */
export function hex(digest: ArrayBuffer | Uint8Array): string {
  const bytes = digest instanceof Uint8Array ? digest : new Uint8Array(digest);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  return out;
}
