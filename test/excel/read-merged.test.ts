// The open-workbook reader on a return laid out by hand: merged cells (ExcelApi 1.13, read with the data), the cover
// typed above the table, headers worded as clerks word them, percentages. It must agree with the file reader.
import { strict as assert } from 'assert';
import { readOpenWorkbook } from '../../src/excel/read-workbook';
import { detectFeatures } from '../../src/excel/features';
import { boxesOf } from '../../src/excel/read-merges';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { validateWorkbook, type ValidationResult } from '../../src/core/validate';
import type { Issue } from '../../src/core/types';
import { featuresUpTo } from './fake-excel';
import { bookFromExcelJS } from './book-from-exceljs';
import { HAND_LAID_FILE, HAND_LAID_ISSUES, handLaidReturn } from '../helpers/hand-laid';
import * as fx from '../helpers/workbooks';

const key = (i: Issue) => `${i.code}@${i.sheet}!${i.column ?? ''}${i.row ?? ''}`;
const summary = (r: ValidationResult) => ({
  cover: r.cover,
  tables: r.tables.map((t) => ({ id: t.def.id, columns: t.layout.columns, rows: t.rows })),
});

describe('excel: reading a hand-laid return from the open workbook', () => {
  let file: ValidationResult;
  before(async () => {
    file = validateWorkbook(await readWorkbookBuffer(await fx.toBuffer(handLaidReturn()), HAND_LAID_FILE));
  });

  it('with ExcelApi 1.13: the same rows, cover and issues as the file, merged areas read with the data (3 syncs)', async () => {
    const book = bookFromExcelJS(handLaidReturn(), { api: 13 });
    const input = await book.run((ctx) => readOpenWorkbook(ctx, detectFeatures(featuresUpTo(13))));
    assert.equal(book.syncs, 3, 'sheet names, heads, data with merged areas');
    assert.deepEqual(book.mergedAreaReads, ['Sheet1!A5:R15', 'Sheet2!A4:L15', 'Sheet3!A4:J11']);
    const open = validateWorkbook(input);
    assert.deepEqual(open.issues.map(key).sort(), [...HAND_LAID_ISSUES].sort());
    assert.deepEqual(summary(open), summary(file));
  });

  it('below ExcelApi 1.13: says so once, asks for no merged areas, and reads only the top row of each merged range', async () => {
    const book = bookFromExcelJS(handLaidReturn(), { api: 12 });
    const open = validateWorkbook(await book.run((ctx) => readOpenWorkbook(ctx, detectFeatures(featuresUpTo(12)))));
    assert.deepEqual(book.mergedAreaReads, []);
    assert.equal(book.syncs, 3);
    const notices = open.issues.filter((i) => i.code === 'file/merges-unsupported');
    assert.equal(notices.length, 1);
    assert.equal(notices[0].severity, 'notice');
    assert.match(notices[0].message, /合并/);
    assert.deepEqual(open.tables[0].rows.slice(0, 3).map((r) => r.values.hightech), ['是', null, null]);
    assert.ok(open.issues.some((i) => i.code === 'cell/required' && i.sheet === 'Sheet1' && i.row === 6 && i.column === 'E'));
  });

  it('more merged areas than one request returns: the data is read again without them, with a notice', async () => {
    const book = bookFromExcelJS(handLaidReturn(), { api: 13, mergedAreasLimit: 2 }); // Sheet2 holds three merged areas below its header
    const open = validateWorkbook(await book.run((ctx) => readOpenWorkbook(ctx, detectFeatures(featuresUpTo(13)))));
    assert.equal(book.syncs, 4, 'the failed request and the one that reads the data again');
    assert.deepEqual(open.issues.filter((i) => i.code.startsWith('file/')).map((i) => i.code), ['file/merges-too-many']);
    assert.deepEqual(open.tables.map((t) => t.rows.length), file.tables.map((t) => t.rows.length));
    assert.equal(open.cover?.city, '阳泉市');
  });

  it('parses the address of merged areas as Office writes it', () => {
    assert.deepEqual(boxesOf("Sheet1!E5:E7, Sheet1!$J$4:$K$9,'关联 企业'!B2:C3"), [
      { r1: 5, c1: 5, r2: 7, c2: 5 }, { r1: 4, c1: 10, r2: 9, c2: 11 }, { r1: 2, c1: 2, r2: 3, c2: 3 },
    ]);
  });
});
