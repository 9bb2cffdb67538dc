// The sample returns as data: what each file holds and which mistakes were put in on purpose.
import type { AppTypeId, Severity, TableId } from '../../src/core/types';

/** A cell as the generator writes it: numbers, text (also numbers typed as text), dates. */
export type SampleValue = string | number | Date | null;

export type SampleRow = Record<string, SampleValue>;

export interface SampleTable {
  id: TableId;
  rows: SampleRow[];
  /** 合计 cells typed over the formula (field key -> value): a total that disagrees with the rows */
  totalOverrides?: Record<string, number>;
}

/** A mistake put in on purpose, and the issue the engine should raise for it. */
export interface Mistake {
  /** where: a table and the index of its data row, the table's 合计 row, a cover field, or (none of these) the whole workbook */
  table?: TableId;
  rowIndex?: number;
  total?: boolean;
  coverField?: string;
  field: string;
  code: string;
  severity: Severity;
  /** what is wrong, in plain words (for examples/README.md) */
  note: string;
}

/**
 * Column order of a table laid out by hand: field keys, or `extra:<header>` for a column the tables do not define
 * (its values sit in the rows under the same key).
 */
export interface HandTable {
  id: TableId;
  sheet: string;
  title: string;
  /** `span`: the header (and merged data cells) across that many sheet columns; `numFmt`: the cells' number format */
  columns: { key: string; header: string; span?: number; numFmt?: string }[];
  /** a blank row is left before this data row index */
  blankBefore?: number;
  /** cells merged down data rows `from`..`to` (indexes) in a column: the value is typed once, in the top cell */
  mergeDown?: { key: string; from: number; to: number }[];
}

export interface SampleReturn {
  file: string;
  appType: AppTypeId;
  /** cover values by field key; undefined = the cover sheet is missing */
  cover?: Record<string, SampleValue>;
  /** city and name as the file name carries them (for returns without a usable cover) */
  city: string;
  appName: string;
  tables: SampleTable[];
  mistakes: Mistake[];
  /** 'template': built from the tool's template; 'hand': laid out by hand in plain Excel */
  layout: 'template' | 'hand';
  hand?: HandTable[];
  /** hand layout without a cover sheet: the cover typed as `label：value` lines above the first table's header */
  coverAbove?: boolean;
  /** empty template rows left between the data and the 合计 row */
  spareRows?: number;
  /** notes for the README and the merge: resubmission, cross-application duplicates */
  notes?: string[];
}
