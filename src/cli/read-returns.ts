// Returns on disk read for the CLI: only regular files are opened; each is hashed in this thread (a file
// whose bytes were already read in this run is skipped as a duplicate) and its workbook read in a worker
// thread with a memory and a time limit, so a file that slips past the structure budgets can make only itself
// unreadable; the rest are merged. Display names are base names (paths where two share one).
// With four cores or more, several workers read at once (one file each, bounded by the cores and the memory
// limits) while this thread checks what they read; with fewer, one worker reads file after file. Files are
// hashed, named and checked in the order given either way, so the result is the same.

import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { availableParallelism, totalmem } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReturnFile } from '../core/merge';
import { tableDef } from '../core/tables';
import type { TableId } from '../core/types';
import { LIMIT_WHAT, message, READ_REASON } from '../core/messages';
import { loadReturnBytes, settle, type ReadOutcome, type ReturnSource, type Sha256 } from '../returns/read-return';
import { describeReadFailure, ReadError } from '../xlsx/errors';
import type { StructureBudgets } from '../xlsx/structure-guard';
import type { InputFile } from './inputs';
import type { ReadReply, ReadRequest } from './read-worker';

export type Progress = (done: number, total: number, file: string) => void;

export interface ReadLimits {
  /** heap of the reading worker, MB */
  memoryMb: number;
  /** time to read one file, ms */
  timeoutMs: number;
  budgets?: Partial<StructureBudgets>;
}

/** Sized for the largest real return (100,000 rows: about 1.5 GB and 60 s in exceljs on a slow PC), with room. */
export const DEFAULT_READ_LIMITS: ReadLimits = { memoryMb: 3072, timeoutMs: 180_000 };

/** Names shown for the files: the base name, or the path as given when two files share a base name. */
export function displayNames(paths: string[]): string[] {
  const count = new Map<string, number>();
  for (const p of paths) count.set(path.basename(p), (count.get(path.basename(p)) ?? 0) + 1);
  return paths.map((p) => (count.get(path.basename(p))! > 1 ? path.normalize(p) : path.basename(p)));
}

/**
 * The worker's entry sits beside this file with this file's own extension: read-worker.ts when the CLI runs
 * from source under tsx (the worker does not inherit the parent's tsx hooks, so its bootstrap registers
 * tsx/cjs first), read-worker.js once compiled to JavaScript (a plain require).
 */
function workerSource(): string {
  const ext = path.extname(__filename);
  const entry = JSON.stringify(path.join(__dirname, `read-worker${ext}`));
  // resolved here, not in the worker: an eval'd worker resolves bare names from the current folder, which is the clerk's
  // the worker reads with exceljs's workbook reader only, as the main thread does (lazy-exceljs.ts)
  const lazy = `require(${JSON.stringify(path.join(__dirname, `lazy-exceljs${ext}`))}).useLazyExceljs();`;
  return ext === '.ts' ? `require(${JSON.stringify(require.resolve('tsx/cjs'))}); ${lazy} require(${entry});` : `${lazy} require(${entry});`;
}

/** One worker reading files one after another; replaced when a file kills it. */
class WorkerReader {
  private worker?: Worker;
  private next = 0;

  constructor(private readonly limits: ReadLimits) {}

  private start(): Worker {
    const w = new Worker(workerSource(), {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb, maxYoungGenerationSizeMb: Math.min(64, this.limits.memoryMb / 4) },
    });
    return w;
  }

  read(name: string, bytes: Uint8Array): Promise<ReadOutcome> {
    const worker = (this.worker ??= this.start());
    const id = this.next++;
    return new Promise<ReadOutcome>((resolve) => {
      const finish = (outcome: ReadOutcome, dead = false) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (dead) {
          if (this.worker === worker) this.worker = undefined;
          void worker.terminate();
        }
        resolve(outcome);
      };
      const limitFailure = (what: string, limit: string) => ({
        failure: { code: 'file/read-limit', message: message('file/read-limit', { file: name, what, limit }) },
      });
      const onMessage = (reply: ReadReply) => {
        if (reply.id === id) finish(reply.outcome);
      };
      const onError = (e: Error & { code?: string }) => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(limitFailure(LIMIT_WHAT.memory, `${this.limits.memoryMb} MB`), true);
        else finish({ failure: describeReadFailure(e, name) }, true);
      };
      const onExit = () => finish({ failure: describeReadFailure(new Error('reader stopped'), name) }, true);
      const timer = setTimeout(() => finish(limitFailure(LIMIT_WHAT.time, `${Number((this.limits.timeoutMs / 1000).toFixed(1))} 秒`), true), this.limits.timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      const req: ReadRequest = { id, name, bytes, budgets: this.limits.budgets };
      worker.postMessage(req, [bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}

/**
 * A file on disk as a return source, opened once without blocking (a FIFO or device named *.xlsx never hangs
 * the run): only a regular file is read. `close` once done with it, whatever happened.
 */
function diskSource(filePath: string, name: string): ReturnSource & { close(): Promise<void> } {
  let fh: FileHandle | undefined;
  let size = 0;
  return {
    name,
    async info() {
      try {
        // O_NONBLOCK: opening a FIFO does not wait for a writer (Windows has no such flag, nor FIFOs to fear)
        fh = await open(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new ReadError('file/unreadable', name, { reason: READ_REASON.notFound });
        throw err;
      }
      const st = await fh.stat();
      if (!st.isFile()) throw new ReadError('file/not-regular', name);
      size = st.size;
      return { size, modified: st.mtime.toISOString() };
    },
    async bytes() {
      const bytes = new Uint8Array(size);
      let at = 0;
      while (at < size) {
        const { bytesRead } = await fh!.read(bytes, at, size - at, at);
        if (bytesRead === 0) break;
        at += bytesRead;
      }
      return at === size ? bytes : bytes.subarray(0, at);
    },
    async close() {
      await fh?.close();
    },
  };
}

const nodeSha256: Sha256 = async (bytes) => createHash('sha256').update(bytes).digest('hex');

/** Put this run's table definitions back on what came from the worker. */
function withDefinitions(outcome: ReadOutcome): ReadOutcome {
  if ('input' in outcome) for (const t of outcome.input.tables) t.def = tableDef(t.def.id as TableId);
  return outcome;
}

/** Most workers reading at once, however many cores: each holds a workbook of up to its memory limit. */
const MAX_READERS = 4;

/**
 * How many workers read at once: one below four cores (the machine stays responsive, reading is sequential);
 * else one per core but one, at most MAX_READERS, and no more than half the memory allows at each worker's limit.
 */
export function readerCount(limits: ReadLimits = DEFAULT_READ_LIMITS, cores = availableParallelism(), memory = totalmem()): number {
  if (cores < 4) return 1;
  const byMemory = Math.floor(memory / 2 / (limits.memoryMb * 1024 * 1024));
  return Math.max(1, Math.min(cores - 1, MAX_READERS, byMemory));
}

/** Workers reading one file each; a read waits for a free worker. */
class ReaderPool {
  private readonly idle: WorkerReader[];
  private readonly waiting: ((r: WorkerReader) => void)[] = [];
  private readonly all: WorkerReader[];

  constructor(limits: ReadLimits, size: number) {
    this.all = Array.from({ length: size }, () => new WorkerReader(limits));
    this.idle = [...this.all];
  }

  /** Waits for a free worker, then starts the read (`outcome` resolves when the file is read). */
  async start(name: string, bytes: Uint8Array): Promise<{ outcome: Promise<ReadOutcome> }> {
    const reader = this.idle.pop() ?? (await new Promise<WorkerReader>((resolve) => this.waiting.push(resolve)));
    const outcome = reader.read(name, bytes).finally(() => {
      const next = this.waiting.shift();
      if (next) next(reader);
      else this.idle.push(reader);
    });
    return { outcome };
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((r) => r.close()));
  }
}

export interface ReadReturnsOptions {
  /** workers reading at once (default: readerCount()); 1 reads file after file */
  readers?: number;
}

export async function readReturns(
  inputs: (string | InputFile)[],
  progress?: Progress,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  opts: ReadReturnsOptions = {},
): Promise<ReturnFile[]> {
  const entries: InputFile[] = inputs.map((i) => (typeof i === 'string' ? { path: i } : i));
  const names = displayNames(entries.map((e) => e.path));
  const readers = Math.max(1, Math.min(opts.readers ?? readerCount(limits), entries.length));
  const pool = new ReaderPool(limits, readers);
  const seen = new Map<string, string>();
  const out: ReturnFile[] = [];
  /** reads under way, checked in the order of the files */
  const pending: { file: ReturnFile; outcome: Promise<ReadOutcome> }[] = [];
  const checkDone = async (keep: number) => {
    while (pending.length > keep) {
      const { file, outcome } = pending.shift()!;
      settle(file, withDefinitions(await outcome));
    }
  };
  try {
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      const file: ReturnFile = { name: names[i], path: e.path };
      out.push(file);
      if (e.skipped || e.failure) {
        if (e.skipped) file.skipped = e.skipped;
        else file.failure = e.failure;
        continue;
      }
      progress?.(i, entries.length, names[i]);
      const source = diskSource(e.path, names[i]);
      let bytes: Uint8Array | undefined;
      try {
        bytes = await loadReturnBytes(file, source, nodeSha256, seen);
      } finally {
        await source.close();
      }
      if (!bytes) continue;
      pending.push({ file, ...(await pool.start(names[i], bytes)) });
      // check what is read while the workers read the next files (with one worker too: reading file k + 1 and
      // checking file k use both cores of a small machine); never more than one read waiting to be checked
      await checkDone(readers);
    }
    await checkDone(0);
  } finally {
    await pool.close();
  }
  progress?.(entries.length, entries.length, '');
  return out;
}
