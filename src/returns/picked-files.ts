// Files a person picked in the task pane ({name, bytes, lastModified}), read one by one with progress:
// hashed with the browser's crypto.subtle, read and validated like the CLI's files (read-return.ts).

import type { ReturnFile } from '../core/merge';
import { hex, readReturnSource, type Sha256 } from './read-return';

export interface PickedFile {
  name: string;
  /** milliseconds since 1970, as File.lastModified gives it */
  lastModified?: number;
  /** known before reading (File.size); taken from the bytes otherwise */
  size?: number;
  /** the content, or a way to read it (File.arrayBuffer), called only when the file's turn comes */
  bytes: Uint8Array | (() => Promise<Uint8Array>);
}

/** done of total files read; `file` is the one being read now ('' when all are done) */
export type FileProgress = (done: number, total: number, file: string) => void;

interface SubtleLike {
  digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
}

function subtle(): SubtleLike | undefined {
  const c = (globalThis as unknown as { crypto?: { subtle?: SubtleLike } }).crypto;
  return c && c.subtle ? c.subtle : undefined;
}

export const webSha256: Sha256 = async (bytes) => {
  const s = subtle();
  if (!s) throw new Error('crypto.subtle is not available');
  return hex(await s.digest('SHA-256', bytes));
};

/** Names made unique the way a person reads them: the second 「a.xlsx」 becomes 「a (2).xlsx」. */
export function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((n) => {
    let name = n;
    const dot = n.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [n.slice(0, dot), n.slice(dot)] : [n, ''];
    for (let i = 2; seen.has(name); i++) name = `${stem} (${i})${ext}`;
    seen.add(name);
    return name;
  });
}

/** Picked files in the order the CLI reads a folder (by name), so the same files give the same result. */
export function inRunOrder<T extends { name: string }>(files: T[]): T[] {
  return files.slice().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Set `cancelled` (the pane's 取消 button) to stop before the next file; the files read so far are returned. */
export interface StopSignal {
  cancelled: boolean;
}

/** Lets the page paint the progress line between two files. */
const breathe = () => new Promise<void>((ok) => setTimeout(ok, 0));

export async function readPickedFiles(picked: PickedFile[], progress?: FileProgress, sha256: Sha256 = webSha256, stop?: StopSignal): Promise<ReturnFile[]> {
  const files = inRunOrder(picked);
  const names = uniqueNames(files.map((f) => f.name));
  const out: ReturnFile[] = [];
  const seen = new Map<string, string>();
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    if (progress) progress(i, files.length, names[i]);
    await breathe();
    if (stop && stop.cancelled) return out;
    let loaded: Uint8Array | undefined;
    const load = async () => (loaded ??= typeof f.bytes === 'function' ? await f.bytes() : f.bytes);
    out.push(
      await readReturnSource(
        {
          name: names[i],
          info: async () => ({
            size: f.size ?? (await load()).length,
            modified: f.lastModified ? new Date(f.lastModified).toISOString() : undefined,
          }),
          bytes: load,
        },
        sha256,
        seen,
      ),
    );
  }
  if (progress) progress(files.length, files.length, '');
  return out;
}
