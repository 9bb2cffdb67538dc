// Writing an output file so that it is either the whole new file or the previous one, never a broken mix:
// the bytes go to a temporary file beside the target (same folder, so the rename stays on one file system),
// are flushed to disk (fsync), and the temporary file is renamed over the target. A write that fails (disk
// full, no permission) removes the temporary file and leaves the target as it was; SIGINT / SIGTERM during the
// write do the same before the process ends. Node only.

import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';

const pending = new Set<string>();
let handlersInstalled = false;

/** On SIGINT / SIGTERM: remove the temporary files being written, then end as the signal would. */
function installSignalCleanup(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (pending.size === 0 && process.listenerCount(signal) > 1) return;
      for (const tmp of pending) rmSync(tmp, { force: true });
      pending.clear();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

/** A temporary name beside `target`: hidden, and unique to this process and write. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Test hook for the fault-injection test: with TORCH_TABLES_TEST_PAUSE_WRITE set, the writer stops half way
 * through the temporary file, says so on stderr and waits to be killed.
 */
async function pauseForFaultTest(): Promise<void> {
  if (!process.env.TORCH_TABLES_TEST_PAUSE_WRITE) return;
  process.stderr.write('torch-tables: paused during write\n');
  await new Promise(() => setInterval(() => undefined, 1000));
}

export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const tmp = tempPathFor(target);
  installSignalCleanup();
  pending.add(tmp);
  try {
    const fh = await open(tmp, 'wx', 0o644);
    try {
      const half = bytes.length >> 1;
      await fh.write(bytes, 0, half, 0);
      await pauseForFaultTest();
      await fh.write(bytes, half, bytes.length - half, half);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, target);
    pending.delete(tmp);
    await syncFolder(path.dirname(target));
  } catch (e) {
    await rm(tmp, { force: true });
    pending.delete(tmp);
    throw e;
  }
}

/** The rename itself is durable only once the folder is flushed; not every system allows it (Windows). */
async function syncFolder(dir: string): Promise<void> {
  const fh = await open(dir, 'r').catch(() => null);
  if (!fh) return;
  await fh.sync().catch(() => undefined);
  await fh.close();
}
