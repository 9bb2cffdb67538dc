// A found table turned into where its parts are in the sheet: the one conversion both readers use.

import type { LayoutAmbiguity, TableLayout } from '../types';
import { columnLetter } from '../columns';
import type { TableFound } from './find';

export interface FoundLayout {
  layout: TableLayout;
  /** sheet row number of the first row under the header block (under the units row, when there is one) */
  firstDataRow: number;
  /** 1-based index of the right-most column the table uses */
  lastCol: number;
}

/** `firstRow` is the sheet row number of the first row given to findTable (1 when scanning from the top). */
export function layoutOf(found: TableFound, sheet: string, firstRow = 1): FoundLayout {
  const columns: Record<string, string> = {};
  for (const [key, i] of Object.entries(found.match.columns)) columns[key] = columnLetter(i + 1);
  const extras: Record<string, string> = {};
  for (const e of found.match.extras) extras[e.header] = columnLetter(e.index + 1);
  const lastHeaderRow = (found.unitsRow ?? found.headerRow) + firstRow;
  const indexes = [...Object.values(found.match.columns), ...found.match.extras.map((e) => e.index)];
  const layout: TableLayout = { sheet, headerRow: lastHeaderRow, columns, extras };
  if (Object.keys(found.match.units).length) layout.units = { ...found.match.units };
  if (found.match.ambiguities.length) {
    layout.ambiguities = found.match.ambiguities.map((a) => {
      const one: LayoutAmbiguity = { column: columnLetter(a.index + 1), header: a.header, key: a.key };
      if (a.otherKey) one.otherKey = a.otherKey;
      if (a.otherIndex !== undefined) Object.assign(one, { otherColumn: columnLetter(a.otherIndex + 1), otherHeader: a.otherHeader });
      return one;
    });
  }
  return { layout, firstDataRow: lastHeaderRow + 1, lastCol: Math.max(0, ...indexes) + 1 };
}
