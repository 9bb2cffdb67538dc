// The merged workbook written to disk (Node only; merged.ts stays browser-safe for the task pane).

import type { MergePlan } from '../core/merge';
import { buildMergedWorkbook, mergedWorkbookBytes, type RunInfo } from './merged';
import { writeFileAtomic } from './write-file';

/** Build, check and write atomically (a temporary file renamed over the target). */
export async function writeMergedWorkbook(plan: MergePlan, filePath: string, run: RunInfo): Promise<string[]> {
  const { workbook, mismatches } = buildMergedWorkbook(plan, run);
  await writeFileAtomic(filePath, await mergedWorkbookBytes(workbook));
  return mismatches;
}
