// Merged areas for the fake open workbook, kept apart from fake-excel.ts: a workbook built with exceljs copied into a
// FakeBook as Excel holds it (a merged range's value in its top-left cell only, the others empty), and
// Range.getMergedAreasOrNullObject modelled as documented
// (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)):
// ExcelApi 1.13; a null object when the range holds no merged cells; `address` readable only once loaded and synced;
// the request fails when the range holds more than 512 merged areas (the whole batch fails, as any failed request does).
import type ExcelJS from 'exceljs';
import { FakeBook } from './fake-excel';
import { parseAddress, type Box } from '../../src/excel/address';
import { columnLetter } from '../../src/core/columns';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The sheets, values, number formats and merged ranges of an exceljs workbook, as an open workbook. */
export function bookFromExcelJS(wb: ExcelJS.Workbook): { book: FakeBook; merges: Record<string, string[]> } {
  const book = new FakeBook(wb.worksheets.map((ws) => ws.name));
  const merges: Record<string, string[]> = {};
  for (const ws of wb.worksheets) {
    const sheet = book.sheet(ws.name);
    merges[ws.name] = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range);
    ws.eachRow((row, r) => row.eachCell((cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      let v: unknown = cell.value;
      if (v && typeof v === 'object' && 'result' in v) v = (v as { result: unknown }).result;
      if (v instanceof Date) {
        v = (v.getTime() - EXCEL_EPOCH_MS) / 86400000;
        sheet.formats.set(`${r},${c}`, 'yyyy-mm-dd');
      }
      if (cell.numFmt) sheet.formats.set(`${r},${c}`, cell.numFmt);
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') sheet.cells.set(`${r},${c}`, v);
    }));
  }
  return { book, merges };
}

const overlaps = (a: Box, b: Box): boolean => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
const local = (b: Box): string => `${columnLetter(b.c1)}${b.r1}:${columnLetter(b.c2)}${b.r2}`;

class FakeRangeAreas {
  synced = false;
  private loaded = false;
  constructor(private readonly sheet: string, readonly areas: Box[], private readonly queue: FakeRangeAreas[]) {}

  load(props: string): this {
    if (props !== 'address') throw new Error(`RangeAreas.load(${props}) is not modelled`);
    this.loaded = true;
    this.queue.push(this);
    return this;
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new Error('RangeAreas.isNullObject read before context.sync()');
    return this.areas.length === 0;
  }

  get address(): string {
    if (!this.synced || !this.loaded) throw new Error('PropertyNotLoaded: RangeAreas.address');
    if (this.areas.length === 0) throw new Error('InvalidObjectPath: a null object has no address');
    return this.areas.map((b) => `${this.sheet}!${local(b)}`).join(', ');
  }
}

/** What the merged-areas requests asked for, and how many there were. */
export interface MergedAreasLog {
  requested: string[];
}

/**
 * Gives every range of `book` getMergedAreasOrNullObject over `merges` (sheet -> A1 ranges). `limit` is the number of
 * merged areas one request can return (512 in Excel).
 */
export function withMergedAreas(book: FakeBook, merges: Record<string, string[]>, limit = 512): MergedAreasLog {
  const log: MergedAreasLog = { requested: [] };
  const queue: FakeRangeAreas[] = [];
  const fake = book as unknown as { range(s: { name: string }, a: string): Record<string, unknown> };
  const range = fake.range.bind(book);
  fake.range = (s, a) => {
    const m = range(s, a);
    m.getMergedAreasOrNullObject = () => {
      const box = parseAddress(a);
      log.requested.push(`${s.name}!${a}`);
      return new FakeRangeAreas(s.name, (merges[s.name] ?? []).map(parseAddress).filter((b) => overlaps(b, box)), queue);
    };
    return m;
  };
  const sync = book.context.sync;
  book.context.sync = async () => {
    const batch = queue.splice(0);
    if (batch.some((q) => q.areas.length > limit)) {
      book.syncs++;
      // nothing of a failed batch arrives: the ranges loaded with it never get their values
      (book as unknown as { pending: unknown[] }).pending = [];
      throw new Error('GeneralException: the range holds more merged areas than can be returned');
    }
    await sync();
    for (const q of batch) q.synced = true;
  };
  return log;
}
