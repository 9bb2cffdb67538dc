// A host-neutral plan of the official forms: which cell holds what, merges, widths, validations, print setup.
// The exceljs template writer and the Office.js creator both apply the same plan, so the CLI's .xlsx
// templates and the tables the task pane creates in the open workbook are laid out identically.

import type { TableId } from '../types';

export interface CellStyle {
  /** font name, e.g. 宋体 */
  font?: string;
  bold?: boolean;
  size?: number;
  /** horizontal alignment */
  align?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** thin border on all four sides */
  border?: boolean;
  /** background colour, 'RRGGBB' */
  fill?: string;
  /** font colour, 'RRGGBB' */
  color?: string;
  numFmt?: string;
  /** the cell may be edited when the sheet is protected (not used for protection today; marks input cells) */
  input?: boolean;
}

export interface PlannedCell {
  /** A1 address */
  address: string;
  value?: string | number;
  /** formula without the leading '=' */
  formula?: string;
  style?: CellStyle;
}

/** A range-wide style (applied to every cell of `range`), e.g. borders and number formats of the data area. */
export interface PlannedRangeStyle {
  range: string;
  style: CellStyle;
}

export interface PlannedValidation {
  /** A1 range, never whole columns */
  range: string;
  type: 'list' | 'whole' | 'decimal' | 'textLength' | 'date';
  /** list source: a formula such as `=_lists!$A$1:$A$6` (long lists) or inline values (short lists) */
  listSource?: string;
  listValues?: string[];
  operator?: 'between' | 'greaterThanOrEqual' | 'lessThanOrEqual' | 'equal';
  /**
   * Bounds. `between` uses both; `greaterThanOrEqual` and `equal` use `min`; `lessThanOrEqual` uses `max`.
   * For `date` they are Excel date serials (days since 1899-12-30).
   */
  min?: number;
  max?: number;
  allowBlank: boolean;
  promptTitle?: string;
  prompt?: string;
  errorTitle?: string;
  error?: string;
  /** 'stop' refuses the value; 'warning' asks; 'information' only tells */
  errorStyle: 'stop' | 'warning' | 'information';
}

/**
 * A conditional format whose formula computes one of the engine's checks (see rule-formulas.ts), so the workbook
 * marks a wrong cell itself, with or without the add-in. The formula (no leading '=') is written for the top-left
 * cell of `range`; its relative references move with each cell, as Excel and LibreOffice read it.
 */
export interface PlannedConditionalFormat {
  range: string;
  formula: string;
  /** fill and font colour, 'RRGGBB' */
  style: { fill: string; color: string };
  severity: 'error' | 'warning';
  /** what it checks ('required', 'uscc-checksum', …) and the engine issue codes it stands for */
  check: string;
  codes: string[];
}

export interface SheetPlan {
  name: string;
  kind: 'cover' | 'table' | 'confirm' | 'lists' | 'meta';
  tableId?: TableId;
  /** column widths in Excel character units, index 0 = column A */
  widths: number[];
  cells: PlannedCell[];
  rangeStyles: PlannedRangeStyle[];
  merges: string[];
  /** row number -> height in points */
  rowHeights: Record<number, number>;
  validations: PlannedValidation[];
  /** freeze the rows above `row` and the columns left of `column` (1-based; 1 = none) */
  freeze?: { row: number; column: number };
  print?: {
    landscape: boolean;
    fitToWidth: boolean;
    repeatRows?: [number, number];
    paper: 'A4';
    /** centre footer text in Excel's header/footer codes (&P page, &N pages), without a section code */
    footer?: string;
  };
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /** rule formulas marking wrong cells (table sheets), first = highest priority */
  conditionalFormats?: PlannedConditionalFormat[];
  /** for table sheets: where the parts of the form are */
  layout?: {
    titleRow: number;
    nameRow: number;
    headerRow: number;
    firstDataRow: number;
    lastDataRow: number;
    totalRow: number;
    /** field key -> column letter */
    columns: Record<string, string>;
    /** the cells of the name line holding the base/cluster name and the data year (A1), when the sheet has them */
    nameCell?: string;
    yearCell?: string;
  };
  /** for the cover sheet: one field per row, label in A and value in B */
  coverLayout?: {
    titleRow: number;
    headerRow: number;
    firstFieldRow: number;
    lastFieldRow: number;
    /** field key -> A1 address of its value cell */
    fieldCells: Record<string, string>;
  };
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  /** workbook-level defined names: list sources, and the constants and cells the rule formulas use */
  definedNames: { name: string; ref: string }[];
}
