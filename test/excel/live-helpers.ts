// Shared set-up of the live-checking tests: an application created in the strict host, a LiveValidation on it,
// and the oracle every change is judged by — a full validation of the workbook as it is now.
import assert from 'node:assert/strict';
import type { Issue } from '../../src/core/types';
import { buildWorkbookPlan } from '../../src/core/form/workbook-plan';
import { columnIndex, columnLetter } from '../../src/core/columns';
import { validateWorkbook } from '../../src/core/validate';
import { createApplication } from '../../src/excel/create';
import { detectFeatures, type ExcelFeatures } from '../../src/excel/features';
import { LiveValidation, type LiveOptions } from '../../src/excel/live-validation';
import { readOpenWorkbook } from '../../src/excel/read-workbook';
import { StrictBook, featuresUpTo } from './fake-excel';

export const ALL = detectFeatures(featuresUpTo(17));
export const COVER = { appName: '太原不锈钢特色产业基地', dataYear: 2017, city: '太原市', unit: '太原市科技局', contact: '王芳', phone: '13812345678', date: '2018-06-01' };
export const PLAN = buildWorkbookPlan('base', { cover: COVER });
export const BACKBONE = PLAN.sheets.find((s) => s.tableId === 'backbone')!;
export const L = BACKBONE.layout!;
export const SHEET = BACKBONE.name;
export const WIDTH = Object.keys(L.columns).length;
export const LAST = columnLetter(WIDTH);

export interface Live {
  book: StrictBook;
  live: LiveValidation;
  seen: Issue[][];
}

export async function setup(dataRows = 200, opts: { api?: number; features?: ExcelFeatures; payloadLimit?: number; live?: Partial<LiveOptions> } = {}): Promise<Live> {
  const book = new StrictBook(['Sheet1'], { api: opts.api });
  const features = opts.features ?? ALL;
  await book.run((ctx) => createApplication(ctx, 'base', COVER, features, dataRows));
  const seen: Issue[][] = [];
  const live = new LiveValidation({ features, onIssues: (i) => seen.push(i), run: (batch, ctx) => book.run(batch, ctx as never), onError: (e) => { throw e; }, ...opts.live });
  await live.start();
  if (opts.payloadLimit) book.payloadLimit = opts.payloadLimit;
  reset(book);
  return { book, live, seen };
}

/** Forgets what was counted so far. */
export function reset(book: StrictBook): void {
  book.syncs = 0;
  book.loads.length = 0;
  book.writes.length = 0;
  book.requests.length = 0;
  book.responses.length = 0;
  book.refused.length = 0;
}

/** A backbone row: values by column, index 0 = column A. */
export function row(i: number, uscc: string, extra: Record<string, string | number> = {}): (string | number)[] {
  const out: (string | number)[] = new Array(WIDTH).fill('');
  const put = (key: string, v: string | number): void => { out[columnIndex(L.columns[key]) - 1] = v; };
  put('serial', i);
  put('name', `测试企业${i}有限公司`);
  put('uscc', uscc);
  put('product', '不锈钢');
  put('hightech', '是');
  put('revenue', 1000);
  put('staff', 50);
  for (const [k, v] of Object.entries(extra)) put(k, v);
  return out;
}

const issueKey = (i: Issue): string => [i.code, i.severity, i.sheet, i.row, i.column, i.value === undefined ? '' : String(i.value)].join('|');

/** The pane's list must be what a full validation of the workbook as it is now reports, issue for issue. */
export async function assertListIsCurrent(book: StrictBook, shown: Issue[], what: string): Promise<void> {
  const syncs = book.syncs;
  const writes = book.writes.length;
  // read with what the host supports, as Office.context.requirements would report it (1.13 reads merged areas)
  const truth = validateWorkbook(await book.run((ctx) => readOpenWorkbook(ctx, detectFeatures(featuresUpTo(book.api))))).issues;
  book.syncs = syncs; // the oracle's reads are not the add-in's
  book.writes.length = writes;
  assert.deepEqual(shown.map(issueKey).sort(), truth.map(issueKey).sort(), what);
}
