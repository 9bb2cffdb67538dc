// Returns on disk read for the CLI: base names (paths where two share one), Node's SHA-256, the shared
// browser-safe reading and checking of one return (src/returns/read-return.ts).

import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { ReturnFile } from '../core/merge';
import { readReturnSource, type Sha256 } from '../returns/read-return';

export type Progress = (done: number, total: number, file: string) => void;

/** Names shown for the files: the base name, or the path as given when two files share a base name. */
export function displayNames(paths: string[]): string[] {
  const count = new Map<string, number>();
  for (const p of paths) count.set(path.basename(p), (count.get(path.basename(p)) ?? 0) + 1);
  return paths.map((p) => (count.get(path.basename(p))! > 1 ? path.normalize(p) : path.basename(p)));
}

const nodeSha256: Sha256 = async (bytes) => createHash('sha256').update(bytes).digest('hex');

/** Read, hash and validate one file; a file that cannot be read is returned with its reason. */
export function readReturn(filePath: string, name: string): Promise<ReturnFile> {
  return readReturnSource(
    {
      name,
      path: filePath,
      info: async () => {
        const st = await stat(filePath);
        return { size: st.size, modified: st.mtime.toISOString() };
      },
      bytes: () => readFile(filePath),
    },
    nodeSha256,
  );
}

export async function readReturns(paths: string[], progress?: Progress): Promise<ReturnFile[]> {
  const names = displayNames(paths);
  const out: ReturnFile[] = [];
  for (let i = 0; i < paths.length; i++) {
    progress?.(i, paths.length, names[i]);
    out.push(await readReturn(paths[i], names[i]));
  }
  progress?.(paths.length, paths.length, '');
  return out;
}
