// The shared vocabulary of the domain core. Plain data only: no host (Office.js, exceljs) types here.

export type Severity = 'error' | 'warning' | 'notice';

/** Application types (申报类型). */
export type AppTypeId = 'base' | 'cluster' | 'industrialization';

export type TableId = 'backbone' | 'related' | 'cluster' | 'services';

/**
 * A cell as a host hands it over, before normalisation. Adapters pass what they read almost as is:
 * exceljs-shaped objects (formula with result, rich text, hyperlink, error) are plain data and are
 * understood by the normaliser, so the adapters stay thin.
 */
export type CellScalar = string | number | boolean | Date | null | undefined;
export type CellInput =
  | CellScalar
  | { formula?: string; sharedFormula?: string; result?: CellInput }
  | { richText: { text: string }[] }
  | { text: unknown; hyperlink?: string }
  | { error: string };

export type ColumnType =
  | 'serial' // 序号
  | 'text'
  | 'integer'
  | 'number'
  | 'uscc'
  | 'enum'
  | 'yesno'
  | 'phone'
  | 'email'
  | 'year'
  | 'date';

/** "when field X holds one of these values" */
export interface Condition {
  field: string;
  in: string[];
}

export interface ColumnDef {
  /** stable id used in code and JSON (never shown to users) */
  key: string;
  /** canonical header as printed on the official form, without the unit */
  header: string;
  /** other names seen on related or older forms */
  aliases?: string[];
  unit?: string;
  type: ColumnType;
  /** true = always required; a Condition = required when it holds */
  required?: boolean | Condition;
  /** must be empty when the condition holds */
  emptyWhen?: Condition;
  min?: number;
  max?: number;
  maxLength?: number;
  /** allowed values for `enum` columns (是/否 columns use type `yesno`) */
  enum?: string[];
  /** unique within the table */
  unique?: boolean;
  /** input prompt shown in Excel (data validation prompt) */
  hint?: string;
  /** column width on the template, in Excel character units */
  width?: number;
  /** number of decimals shown on the template (money: 2) */
  decimals?: number;
}

/** A row rule: `field` × factor must not be greater than `than` (factor converts units, e.g. 万美元 → 万元). */
export interface NotGreaterRule {
  kind: 'not-greater';
  field: string;
  than: string;
  factor?: number;
  severity: Severity;
  /** message catalogue key; defaults to the generic not-greater message */
  message?: string;
}

/** A row rule: when `when` holds, `field` is expected to equal `equals`. */
export interface ExpectRule {
  kind: 'expect';
  when: Condition;
  field: string;
  equals: string;
  severity: Severity;
  message?: string;
}

export type RowRule = NotGreaterRule | ExpectRule;

export interface TableDef {
  id: TableId;
  version: string;
  /** full title, as on the official form */
  title: string;
  /** short name used for sheets and in messages */
  shortName: string;
  /** titles seen on other versions of the form (matched after normalisation) */
  titleAliases?: string[];
  /** application types that carry this table */
  appTypes: AppTypeId[];
  /** the label of the name line above the header: 基地名称 or 集群名称 */
  nameLabel: string;
  columns: ColumnDef[];
  rowRules: RowRule[];
  /** key of the column holding the unit's name and the credit code (for uniqueness and cross-table checks) */
  nameKey: string;
  codeKey: string;
  /** `合计` row under the data rows */
  hasTotal: boolean;
}

export interface CoverDef {
  version: string;
  sheetName: string;
  title: string;
  fields: ColumnDef[];
}

/** Cross-table rules within one application. */
export type AppRule =
  | { kind: 'references'; table: TableId; field: string; target: TableId; targetField: string; severity: Severity }
  | { kind: 'disjoint'; tables: [TableId, TableId]; severity: Severity };

export interface AppTypeDef {
  id: AppTypeId;
  /** the name as written in 申报类型 */
  label: string;
  /** short label for summaries */
  shortLabel: string;
  tables: TableId[];
  /** tables that may be attached but are not required */
  optionalTables: TableId[];
  nameLabel: string;
  rules: AppRule[];
}

/** One issue: data, not prose. `message` is rendered from the catalogue. */
export interface Issue {
  code: string;
  severity: Severity;
  sheet?: string;
  /** the sheet's own row number (1-based) */
  row?: number;
  /** the column letter */
  column?: string;
  /** canonical header of the field */
  field?: string;
  value?: string;
  message: string;
  /** file the issue was found in (set by file-level callers) */
  file?: string;
  /** a person confirmed this issue (credit-code checksum failures) */
  confirmed?: boolean;
}

/** Where a table sits in its sheet: the column letter of each recognised field. */
export interface TableLayout {
  sheet: string;
  headerRow: number;
  /** field key -> column letter */
  columns: Record<string, string>;
  /** header text -> column letter, for unrecognised columns carried as text */
  extras: Record<string, string>;
  /** field key -> the unit written in the header or a units row, where one was written */
  units?: Record<string, string>;
  /** headers that could be read another way: each is reported as a warning naming both readings */
  ambiguities?: LayoutAmbiguity[];
}

/**
 * A header read as field `key` that could also name field `otherKey`; or (with `otherColumn`) a second header
 * naming the field the header in `otherColumn` already holds (it is carried as an extra column).
 */
export interface LayoutAmbiguity {
  column: string;
  header: string;
  key: string;
  otherKey?: string;
  otherColumn?: string;
  otherHeader?: string;
}

/** One data row as read from a host, keyed by field key. */
export interface RowInput {
  /** the sheet's own row number */
  row: number;
  values: Record<string, CellInput>;
  /** unrecognised columns: header text -> value */
  extras?: Record<string, CellInput>;
}

export type FieldValue = string | number | null;

/** A row after normalisation: numbers are numbers, text is folded and trimmed, empty is null. */
export interface NormalRow {
  row: number;
  values: Record<string, FieldValue>;
  extras: Record<string, string>;
}

/** A person's confirmation that a credit code failing its checksum is real. */
export interface Confirmation {
  code: string;
  by?: string;
  at?: string;
}

/** One table as found in a sheet. */
export interface TableInput {
  def: TableDef;
  layout: TableLayout;
  rows: RowInput[];
  /** the 合计 row, when the sheet has one */
  total?: RowInput;
  /** what the reader noticed about the table's cells (ranges merged down its rows), reported with its issues */
  notices?: Issue[];
  /**
   * rows below the table (after 合计 or the footer) that hold values but do not read as data: not merged, each
   * reported as an error naming its cells, and counted as read and left out
   */
  outside?: { row: number; cells: string[] }[];
  /** rows below the 合计 row or the footer that read as data: merged with the others, each with a warning */
  afterEnd?: number[];
  /** what ended the table's rows, when something did */
  below?: 'total' | 'footer';
}

/** The cover sheet's values as found: field key -> value, and field key -> the A1 address of the value cell. */
export interface CoverInput {
  sheet: string;
  values: Record<string, CellInput>;
  cells: Record<string, string>;
  /** typed on the lines above a table (the workbook has no cover sheet): only the fields found there are known */
  aboveTable?: boolean;
}

/** Everything a host adapter reads from one workbook, ready for the engine. */
export interface WorkbookInput {
  /** file name (for messages), when read from a file */
  file?: string;
  cover?: CoverInput;
  tables: TableInput[];
  confirmations: Confirmation[];
  /** problems the reader found itself (unreadable sheet, no table found, ...) */
  issues: Issue[];
}
