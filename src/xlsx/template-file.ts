// A blank application workbook written to disk (Node only).
import type { AppTypeId } from '../core/types';
import type { WorkbookPlanOptions } from '../core/form';
import { templateBuffer } from './template';
import { writeFileAtomic } from './write-file';

/** Written atomically (temporary file beside it, renamed): an interrupted write never leaves half a template. */
export async function writeTemplate(appTypeId: AppTypeId, filePath: string, opts: WorkbookPlanOptions = {}): Promise<void> {
  await writeFileAtomic(filePath, await templateBuffer(appTypeId, opts));
}
