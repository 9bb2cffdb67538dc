// The province's merge as data: what came in (one return per file), what was decided, what goes out.

import type { AppTypeDef, FieldValue, Issue, TableDef, TableId, WorkbookInput } from '../types';
import type { ValidationResult } from '../validate';
import type { ApplicationRollup } from '../rollup';
import type { UnitRollup } from '../rollup-units';

/** One input file, read (or not) by a host adapter. */
export interface ReturnFile {
  /** the name shown everywhere; unique within a run (the adapter adds the folder when two files share a name) */
  name: string;
  path?: string;
  sha256?: string;
  size?: number;
  /** file modification time, ISO 8601 */
  modified?: string;
  input?: WorkbookInput;
  result?: ValidationResult;
  /** why the file could not be read at all */
  failure?: { code: string; message: string };
  /** why the file was listed but not read as a return (our own output, the same file again, not a workbook) */
  skipped?: { code: string; message: string };
}

/** One application (申报项目), identified by unit, type and name. */
export interface Application {
  key: string;
  city: string;
  appType?: AppTypeDef;
  /** 申报类型 as written in the merged workbook */
  typeLabel: string;
  name: string;
  file: ReturnFile;
  /** the city or the name came from the file name, not the cover */
  inferred: boolean;
  /** 填报日期 from the cover, ISO date */
  date?: string;
  /** file-level issues the merge adds (cover inferred) */
  issues: Issue[];
  rollup: ApplicationRollup;
}

/** Where a detail row came from. */
export interface RowOrigin {
  city: string;
  typeLabel: string;
  app: string;
  file: string;
  sheet: string;
  row: number;
}

export interface DetailRow {
  origin: RowOrigin;
  /** one value per official column, in the definition's order; text the engine could not read is kept as text */
  values: FieldValue[];
  /** one value per carried extra column of the sheet (null = empty) */
  extras: (string | null)[];
}

export interface DetailSheet {
  table: TableDef;
  /** unrecognised column headers carried from the returns, in order of first appearance */
  extras: string[];
  rows: DetailRow[];
}

export interface ProblemRow {
  city: string;
  file: string;
  sheet: string;
  /** A1 address, or empty for issues of a whole sheet or file */
  cell: string;
  field: string;
  value: string;
  severity: Issue['severity'];
  message: string;
}

export interface DuplicateOccurrence {
  city: string;
  typeLabel: string;
  app: string;
  table: TableId;
  name: string;
  file: string;
  sheet: string;
  row: number;
}

export interface DuplicateCode {
  code: string;
  applications: number;
  /** the names differ between occurrences (after folding) */
  namesDiffer: boolean;
  occurrences: DuplicateOccurrence[];
}

/** tied: a resubmission the rule cannot tell from another, merged neither until a person chooses */
export type FileStatus = 'merged' | 'superseded' | 'tied' | 'unreadable' | 'skipped';

export interface TableAccount {
  table: TableId;
  sheet: string;
  read: number;
  /** rows planned for the detail sheets (= read for merged files, 0 for superseded ones) */
  planned: number;
  /** rows found in the written workbook; set by the writer's own count */
  written?: number;
  superseded: number;
  /** rows read but not written: outside the table where the intent is unclear, or of a tied resubmission */
  leftOut: number;
}

export interface FileAccount {
  file: string;
  path?: string;
  sha256?: string;
  size?: number;
  modified?: string;
  status: FileStatus;
  /** the application, when the file could be read */
  city?: string;
  typeLabel?: string;
  app?: string;
  date?: string;
  supersededBy?: string;
  /** the sentence saying what was decided about the file (superseded and why, tied, skipped) */
  note?: string;
  failure?: { code: string; message: string };
  skipped?: { code: string; message: string };
  tables: TableAccount[];
}

export interface MergePlan {
  applications: Application[];
  details: Record<TableId, DetailSheet>;
  problems: ProblemRow[];
  duplicates: DuplicateCode[];
  files: FileAccount[];
  units: UnitRollup[];
  province: UnitRollup;
  /** groups of tied resubmissions (file names), merged none of them: a person must choose */
  tied: string[][];
}
