// The worker thread that reads returns for the CLI (see read-returns.ts): one file at a time, bytes in, the
// workbook's content (or why it is not read) out. Runs under the memory limit its parent set, so a file that
// slips past the structure budgets ends this worker, not the merge.

import { parentPort } from 'node:worker_threads';
import { readInput, type ReadOutcome } from '../returns/read-return';
import type { StructureBudgets } from '../xlsx/structure-guard';

export interface ReadRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  budgets?: Partial<StructureBudgets>;
}

export interface ReadReply {
  id: number;
  outcome: ReadOutcome;
}

/** Table definitions travel as their id (the parent puts its own definition back): one definition object per run. */
function portable(outcome: ReadOutcome): ReadOutcome {
  if (!('input' in outcome)) return outcome;
  const tables = outcome.input.tables.map((t) => ({ ...t, def: { id: t.def.id } as typeof t.def }));
  return { input: { ...outcome.input, tables } };
}

parentPort?.on('message', async (req: ReadRequest) => {
  const outcome = await readInput(req.bytes, req.name, { limits: { budgets: req.budgets } });
  parentPort!.postMessage({ id: req.id, outcome: portable(outcome) } satisfies ReadReply);
});
