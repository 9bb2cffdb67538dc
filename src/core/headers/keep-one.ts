// A workbook may hold a table twice (a copy kept "just in case"): both readers keep one per definition, the same way.

import type { Issue, TableInput } from '../types';
import { message } from '../messages';

/** How many rows from the top of a sheet are searched for a table's title and header, by both readers. */
export const HEADER_SCAN_ROWS = 30;

/**
 * One table per definition: a copy with data rows beats an empty one, otherwise the first (in workbook order) wins.
 * Each copy left out is reported on its own sheet. Returns the indexes kept, so callers can filter parallel arrays.
 */
export function keepOnePerTable(found: TableInput[]): { kept: number[]; issues: Issue[] } {
  const keptBy = new Map<string, number>();
  const dropped: { table: number; kept: number }[] = [];
  found.forEach((t, i) => {
    const prev = keptBy.get(t.def.id);
    if (prev === undefined) keptBy.set(t.def.id, i);
    else if (found[prev].rows.length === 0 && t.rows.length > 0) {
      keptBy.set(t.def.id, i);
      dropped.push({ table: prev, kept: i });
    } else dropped.push({ table: i, kept: prev });
  });
  const issues: Issue[] = dropped.map((d) => ({
    code: 'table/duplicate-sheet',
    severity: 'warning',
    sheet: found[d.table].layout.sheet,
    message: message('table/duplicate-sheet', { table: found[d.table].def.shortName, other: found[d.kept].layout.sheet }),
  }));
  const kept = [...keptBy.values()].sort((a, b) => a - b);
  return { kept, issues };
}
