// Creates the official tables of one application in the open workbook, from the same plan as the CLI's templates.
import type { AppTypeId } from '../core/types';
import { buildWorkbookPlan } from '../core/form/workbook-plan';
import { type ApplyResult, applyWorkbookPlan } from './apply-plan';
import { type ExcelFeatures, hostFeatures } from './features';

export type CoverValues = Partial<Record<string, string | number>>;

/**
 * Adds the cover, the application type's tables, the `_lists` and `_torch` sheets and the list names.
 * Sheets whose names are taken are skipped (see the result), never overwritten. Two syncs.
 */
export async function createApplication(
  context: Excel.RequestContext,
  appTypeId: AppTypeId,
  coverValues: CoverValues = {},
  features: ExcelFeatures = hostFeatures(),
  dataRows?: number,
): Promise<ApplyResult> {
  const plan = buildWorkbookPlan(appTypeId, { cover: coverValues, dataRows });
  return applyWorkbookPlan(context, plan, features);
}
