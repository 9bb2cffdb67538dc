// The declared structure of a workbook, measured from the zip's XML before exceljs sees it. exceljs expands
// every merged range and every range a defined name covers into cells, and is quadratic in the number of
// merges: a 24 KB file merging a whole sheet asks for billions of cells. The budgets below are sized from the
// largest real return (100,000 data rows, 10,000 merged ranges) with room to spare; a file over any of them is
// refused with a plain reason, after reading no more than the part that broke the budget. The same scan
// recognises this tool's own merged workbooks, which are skipped rather than read as a return. Browser-safe.

import { columnIndex } from '../core/columns';
import { LIMIT_WHAT } from '../core/messages';
import { foldText } from '../core/normalise';
import { eachMatch } from '../core/xml-text';
import { ReadError } from './errors';
import { decodeEntities } from './parts/xml-scan';

export interface StructureBudgets {
  /** <row> elements in one sheet */
  maxRowsPerSheet: number;
  /** <c> cells in the whole workbook */
  maxCells: number;
  /** merged ranges in the whole workbook */
  maxMerges: number;
  /** cells covered by merged ranges, whole workbook */
  maxMergedCells: number;
  maxDefinedNames: number;
  /** cells covered by the explicit ranges (A1:B2) of defined names; whole columns and rows cost exceljs nothing */
  maxNamedCells: number;
}

export const DEFAULT_BUDGETS: StructureBudgets = {
  maxRowsPerSheet: 120_000,
  maxCells: 4_000_000,
  maxMerges: 10_000,
  maxMergedCells: 500_000,
  maxDefinedNames: 1_000,
  maxNamedCells: 500_000,
};

/** A worksheet's part, whatever it is named: every part the reader reads as a sheet is measured. */
export const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

/** The grid of an Excel sheet: a dimension or range beyond it is not a real sheet. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** Written into the merged workbook's keywords (docProps/core.xml) by merged.ts. */
export const MERGED_MARKER = 'torch-tables:merged';
/** Sheets only the merged workbook has, together: how outputs written before the marker are recognised. */
// compared width-folded: earlier outputs named the summary sheet with half-width brackets
const MERGED_SHEETS = ['说明', '汇总（按地市）', '问题清单'].map(foldText);

/** Cells in an A1 range (`A1`, `A1:C3`, `$A$1:$C$3`); undefined for whole columns or rows. */
export function rangeCells(ref: string): number | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return undefined;
  const [c1, r1] = [columnIndex(m[1]), Number(m[2])];
  const [c2, r2] = m[3] ? [columnIndex(m[3]), Number(m[4])] : [c1, r1];
  return (Math.abs(c2 - c1) + 1) * (Math.abs(r2 - r1) + 1);
}

function outsideGrid(ref: string): boolean {
  return ref.split(':').some((p) => {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(p.trim());
    return !!m && (columnIndex(m[1]) > MAX_COL || Number(m[2]) > MAX_ROW || Number(m[2]) < 1);
  });
}

/** Measures one workbook's parts as they are inflated; throws a ReadError as soon as a budget is broken. */
export class StructureScan {
  private cells = 0;
  private merges = 0;
  private mergedCells = 0;
  private names = 0;
  private namedCells = 0;
  private keywords = '';
  private sheetNames: string[] = [];

  constructor(private readonly file: string, private readonly budgets: StructureBudgets = DEFAULT_BUDGETS) {}

  /** The part's text consumer (fed whole tags, see PartText), or undefined for parts not measured. */
  forPart(name: string): ((text: string) => void) | undefined {
    if (name === 'xl/workbook.xml') return (t) => this.workbookText(t);
    if (name === 'docProps/core.xml') return (t) => this.coreText(t);
    if (SHEET_PART.test(name)) {
      const sheet = { rows: 0 };
      return (t) => this.sheetText(t, sheet);
    }
    return undefined;
  }

  /** This tool's own merged workbook, by its marker or, for older outputs, its sheets. */
  get ownOutput(): boolean {
    return this.keywords.includes(MERGED_MARKER) || MERGED_SHEETS.every((s) => this.sheetNames.some((n) => foldText(n) === s));
  }

  private over(what: Exclude<keyof typeof LIMIT_WHAT, 'memory' | 'time'>, value: number | string, limit: number | string): never {
    const fmt = (v: number | string) => (typeof v === 'number' ? v.toLocaleString('en-US') : v);
    throw new ReadError('file/over-budget', this.file, { what: LIMIT_WHAT[what], value: fmt(value), limit: fmt(limit), detail: `${what} ${value} > ${limit}` });
  }

  private sheetText(t: string, sheet: { rows: number }): void {
    const b = this.budgets;
    eachMatch(/<(?:\w+:)?(row|c|mergeCell|dimension)[\s>/]([^>]*)/g, t, (m) => {
      const tag = m[1];
      if (tag === 'c') {
        if (++this.cells > b.maxCells) this.over('cells', this.cells, b.maxCells);
      } else if (tag === 'row') {
        if (++sheet.rows > b.maxRowsPerSheet) this.over('rows', sheet.rows, b.maxRowsPerSheet);
      } else {
        const ref = /\bref\s*=\s*["']([^"']*)["']/.exec(m[2])?.[1] ?? '';
        if (outsideGrid(ref)) this.over('dimension', ref, `A1:XFD${MAX_ROW}`);
        if (tag === 'mergeCell') {
          if (++this.merges > b.maxMerges) this.over('merges', this.merges, b.maxMerges);
          this.mergedCells += rangeCells(ref) ?? 0;
          if (this.mergedCells > b.maxMergedCells) this.over('mergedCells', this.mergedCells, b.maxMergedCells);
        }
      }
    });
  }

  private workbookText(t: string): void {
    const b = this.budgets;
    eachMatch(/<(?:\w+:)?sheet\s[^>]*?\bname\s*=\s*"([^"]*)"/g, t, (m) => void this.sheetNames.push(decodeEntities(m[1])));
    eachMatch(/<(?:\w+:)?definedName[\s>][^>]*>([^<]*)/g, t, (m) => {
      if (++this.names > b.maxDefinedNames) this.over('names', this.names, b.maxDefinedNames);
      eachMatch(/\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?/g, decodeEntities(m[1]), (ref) => {
        if (outsideGrid(ref[0])) this.over('dimension', ref[0], `A1:XFD${MAX_ROW}`);
        this.namedCells += rangeCells(ref[0]) ?? 0;
        if (this.namedCells > b.maxNamedCells) this.over('namedCells', this.namedCells, b.maxNamedCells);
      });
    });
  }

  private coreText(t: string): void {
    const m = /<(?:\w+:)?keywords[^>]*>([^<]*)/.exec(t);
    if (m) this.keywords += decodeEntities(m[1]);
  }
}
