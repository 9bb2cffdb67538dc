// The cover sheet (填报信息): each field against its definition, and the data year against the filing date.

import type { CoverInput, FieldValue, Issue } from '../types';
import { cover as coverDef } from '../tables';
import { checkCell } from './cell';
import { makeIssue } from './row';
import { listed, message } from '../messages';
import { splitCellAddress } from '../columns';

export interface CoverCheck {
  values: Record<string, FieldValue>;
  issues: Issue[];
}

function splitAddress(address: string | undefined): { column?: string; row: number } {
  return splitCellAddress(address) ?? { row: 1 };
}

export function checkCover(input: CoverInput): CoverCheck {
  const values: Record<string, FieldValue> = {};
  const issues: Issue[] = [];
  const missing: string[] = [];
  for (const field of coverDef.fields) {
    const { column, row } = splitAddress(input.cells[field.key]);
    const place = { sheet: input.sheet, row, column, field: field.header };
    const r = checkCell(field, input.values[field.key]);
    values[field.key] = r.value;
    for (const f of r.findings) issues.push(makeIssue(f, place, r.display));
    if (r.display === '' && field.required === true) {
      if (input.aboveTable && !(field.key in input.cells)) missing.push(field.header);
      else issues.push(makeIssue({ code: 'cell/required', severity: 'error' }, place));
    }
  }
  // typed above a table: a required field found nowhere keeps the cover error, naming what is missing
  if (missing.length) {
    const found = coverDef.fields.filter((f) => f.key in input.cells).map((f) => f.header);
    issues.push({ code: 'cover/missing', severity: 'error', sheet: input.sheet,
      message: message('cover/missing-fields', { found: listed(found), missing: missing.map((m) => `「${m}」`).join('') }) });
  }
  const year = typeof values.date === 'string' ? Number(values.date.slice(0, 4)) : undefined;
  if (typeof values.dataYear === 'number' && year !== undefined && values.dataYear !== year - 1) {
    const { column, row } = splitAddress(input.cells.dataYear);
    issues.push(makeIssue({ code: 'cover/data-year', severity: 'warning', params: { year } },
      { sheet: input.sheet, row, column, field: '数据年度' }, String(values.dataYear)));
  }
  return { values, issues };
}
