// The province's merge, host-neutral: identify, resolve resubmissions, carry every row with its origin.
export * from './types';
export { buildMergePlan, accountingTotals, compareApplications } from './plan';
export { identify, applicationKey, nameFromFileName, UNKNOWN_TYPE } from './identify';
export { resolveResubmissions, compareRecency } from './resubmission';
export { findDuplicateCodes } from './duplicates';
export { problemRows, unitOrder } from './problems';
