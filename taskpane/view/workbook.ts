// What the open workbook already holds, from its sheet names: a return (the cover or an official table) and
// which application types its tables fit. Decides the pane's first tab, the merge's main action and whether
// 创建申报表 may add to it.

import type { AppTypeId, TableId } from '../../src/core/types';
import { APP_TYPES, cover, tableDef } from '../../src/core/tables';

export interface WorkbookHolds {
  isReturn: boolean;
  /** official tables found, by sheet name */
  tables: string[];
  /** application types whose tables include every table found (all of them when none is found) */
  fits: AppTypeId[];
}

export function workbookHolds(names: string[]): WorkbookHolds {
  const has = (n: string) => names.indexOf(n) >= 0;
  const found = new Set<TableId>();
  for (const t of APP_TYPES) for (const id of t.tables.concat(t.optionalTables)) if (has(tableDef(id).shortName)) found.add(id);
  const fits = APP_TYPES.filter((t) => {
    const own = t.tables.concat(t.optionalTables);
    let all = true;
    found.forEach((id) => (all = all && own.indexOf(id) >= 0));
    return all;
  }).map((t) => t.id);
  const tables: string[] = [];
  found.forEach((id) => tables.push(tableDef(id).shortName));
  return { isReturn: has(cover.sheetName) || found.size > 0, tables, fits };
}
