// A workbook's sheets as plain data (values, formulas with their results, widths, tables), so a workbook built
// by one host can be written by another: the pane turns the merged workbook (built with exceljs, as the CLI does)
// into this shape and writes it into the open Excel workbook through Office.js in size-limited batches.

export type SheetCell = string | number | boolean | null | { formula: string; result?: string | number | boolean | null };

export interface SheetData {
  name: string;
  /** rows from row 1; each row from column A */
  rows: SheetCell[][];
  /** column widths in Excel character units, index 0 = column A */
  widths: number[];
  /** number formats by column index (0 = A), where a column has one */
  numFmts?: Record<number, string>;
  /** rows above this one stay frozen (1-based; absent = none) */
  freezeRows?: number;
  /** an Excel table with filters over this A1 range (header row first) */
  table?: { name: string; range: string };
  /** the header row number, shown bold */
  headerRow?: number;
}
