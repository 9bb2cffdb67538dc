// What the task pane needs from wherever it runs. The DOM code talks only to this interface:
// excel-host.ts implements it on the open workbook. Outside Excel there is no host: the pane then works on
// picked files only (校验文件, 合并各市报表), which need no host.

import type { AppTypeId, Issue } from '../src/core/types';
import type { SheetData } from '../src/core/sheet-data';
import type { CreateOutcome } from './view/create-form';

export type { CreateOutcome };

export interface PaneFeatures {
  /** 创建申报表 is possible here */
  canCreate: boolean;
  /** the open workbook can be read and checked (全表检查, 刷新汇总): ExcelApi 1.2 (used ranges of values only) */
  canCheck: boolean;
  /** issues arrive by themselves as the user types (ExcelApi 1.7 onChanged); otherwise only 全表检查 finds them */
  liveChecking: boolean;
  /** created tables get drop-downs and input prompts (ExcelApi 1.8) */
  dropDowns: boolean;
  /** invalid cells are marked in the sheet (ExcelApi 1.4 names + 1.6 conditional formats) */
  cellMarks: boolean;
  /** a built .xlsx can be opened as a new workbook (ExcelApi 1.8 Excel.createWorkbook) */
  newWorkbook?: boolean;
}

export interface PaneHost {
  features(): PaneFeatures;
  /**
   * adds the cover sheet (with these values, by cover field key) and the application type's tables to the workbook;
   * `leaveOut`: optional tables (by id) the clerk does not want
   */
  createApplication(appTypeId: AppTypeId, cover: Record<string, string | number>, options?: { leaveOut?: string[] }): Promise<CreateOutcome>;
  /**
   * reads and checks the whole workbook; also notifies onIssues listeners. `marks`: also write the cell marks only
   * the engine knows (the 全表检查 button); checks the pane starts by itself write nothing to the workbook
   */
  fullCheck(opts?: { marks?: boolean }): Promise<Issue[]>;
  /** the cell marks of the last 全表检查 are older than the last edit (the list itself is always current) */
  marksStale?(): boolean;
  /**
   * Current issues whenever they change (live checking, full checks, confirmations); `onError` hears failures of
   * checks the pane did not start (typing). Returns an unsubscribe.
   */
  onIssues(listener: (issues: Issue[]) => void, onError?: (error: unknown) => void): () => void;
  /** selects a cell or range (A1 address without the sheet) and brings its sheet to the front */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * records that a credit code failing its checksum is real, so it is no longer reported as an error; then checks
   * again and tells the onIssues listeners
   */
  confirmCode(code: string): Promise<void>;
  /** withdraws every confirmation of a credit code (撤销), which is reported as an error again; then as confirmCode */
  withdrawCode?(code: string): Promise<void>;
  /** names of the open workbook's sheets, in order (what it holds decides the pane's first tab and its warnings) */
  sheetNames?(): Promise<string[]>;
  /** create or refresh the 汇总 sheet of the open application workbook; resolves to the sheet name */
  refreshSummary(): Promise<string>;
  /** write sheets (e.g. the merged province workbook) into the open workbook, in batches; progress 0..1 */
  writeSheets(
    sheets: SheetData[],
    onProgress?: (done: number, total: number) => void,
    options?: { replace?: boolean },
  ): Promise<{ written: string[]; renamed: Record<string, string> }>;
  /** open a built .xlsx (the merged province workbook) as a new Excel workbook */
  openWorkbook?(bytes: Uint8Array): Promise<void>;
}
