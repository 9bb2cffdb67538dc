// Where the generator put each table's rows and cells: reported by the writers as they write, so the
// expected results and the README's cell addresses come from the same decisions, never from reading files back.
import type { TableId } from '../../src/core/types';

export interface TablePlacement {
  sheet: string;
  /** sheet row number of each data row, by index */
  rows: number[];
  /** field key -> column letter (only the columns the sheet has) */
  columns: Record<string, string>;
  headerRow: number;
  totalRow?: number;
}

export interface Placement {
  tables: Partial<Record<TableId, TablePlacement>>;
  cover?: { sheet: string; cells: Record<string, string> };
}
