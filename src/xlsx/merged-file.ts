// The merged workbook written to disk (Node only; merged.ts stays browser-safe for the task pane): streamed sheet
// by sheet (merged-stream.ts), every XML part checked, written atomically.

import type { MergePlan } from '../core/merge';
import type { RunInfo } from './merged';
import { streamedWorkbookBytes } from './merged-stream';
import { checkXmlParts } from './output-check';
import { writeFileAtomic } from './write-file';

/** Stream, check and write atomically (a temporary file renamed over the target); the row-count mismatches. */
export async function writeMergedWorkbook(plan: MergePlan, filePath: string, run: RunInfo): Promise<string[]> {
  const { bytes, mismatches } = await streamedWorkbookBytes(plan, run);
  await checkXmlParts(bytes);
  await writeFileAtomic(filePath, bytes);
  return mismatches;
}
