import assert from 'node:assert/strict';
import type { Issue } from '../../src/core/types';
import { detectFeatures, canMark } from '../../src/excel/features';
import { parseAddress, parseAreas } from '../../src/excel/address';
import { ReadTooLarge, readAreas } from '../../src/excel/read-areas';
import { message } from '../../src/core/messages';
import { describeError } from '../../taskpane/view/errors';
import { cellInput, isDateFormat } from '../../src/excel/cell-values';
import { changedRows, marksOf, writeRuns } from '../../src/excel/marks';
import { selectCell, confirmCode } from '../../src/excel/actions';
import { readOpenWorkbook } from '../../src/excel/read-workbook';
import { CONFIRM_SHEET } from '../../src/excel/sheets';
import { backbone } from '../../src/core/tables';
import type { OpenTable } from '../../src/excel/table-rows';
import { StrictBook, featuresUpTo } from './fake-excel';

const ALL = detectFeatures(featuresUpTo(17));

describe('excel: detectFeatures', () => {
  it('Office 2019 (ExcelApi 1.8) has live checking and validations but no page layout', () => {
    const f = detectFeatures(featuresUpTo(8));
    assert.equal(f.onChanged, true);
    assert.equal(f.dataValidation, true);
    assert.equal(f.enableEvents, true);
    assert.equal(f.pageLayout, false);
    assert.equal(canMark(f), true);
  });
  it('Office 2016 volume licence (ExcelApi 1.1): manual checking only', () => {
    const f = detectFeatures(featuresUpTo(1));
    assert.deepEqual(Object.values(f).filter(Boolean), []);
  });
  it('a predicate that throws counts as unsupported', () => {
    const f = detectFeatures(() => { throw new Error('no requirements'); });
    assert.equal(f.onChanged, false);
  });
});

describe('excel: addresses, values, marks', () => {
  it('parses what onChanged reports', () => {
    assert.deepEqual(parseAddress('骨干企业情况表!C4'), { r1: 4, c1: 3, r2: 4, c2: 3 });
    assert.deepEqual(parseAddress("'My Sheet'!$B$5:$Q$5004"), { r1: 5, c1: 2, r2: 5004, c2: 17 });
    assert.deepEqual(parseAddress('7:9'), { r1: 7, c1: 1, r2: 9, c2: 16384 });
    assert.deepEqual(parseAddress('C:D'), { r1: 1, c1: 3, r2: 1048576, c2: 4 });
  });
  it('turns Office values into engine input: empty, errors, dates', () => {
    assert.equal(cellInput('', 'Empty', 'General'), null);
    assert.deepEqual(cellInput('#N/A', 'Error', 'General'), { error: '#N/A' });
    assert.equal((cellInput(43252, 'Double', 'yyyy"年"m"月"d"日"') as Date).toISOString().slice(0, 10), '2018-06-01');
    assert.equal(cellInput(0.5, 'Double', 'h:mm'), 0.5);
    assert.equal(cellInput(1234.5, 'Double', '#,##0.00'), 1234.5);
    assert.equal(isDateFormat('yyyy-mm-dd'), true);
    assert.equal(isDateFormat('@'), false);
  });
  it('marks: worst severity per cell; changed rows only; nearby runs bridged', () => {
    const t: OpenTable = { def: backbone, layout: { sheet: 'S', headerRow: 3, columns: { serial: 'A', name: 'B', uscc: 'C' }, extras: {} }, firstDataRow: 4, lastCol: 3 };
    const issue = (row: number, column: string, severity: Issue['severity']): Issue => ({ code: 'x', severity, sheet: 'S', row, column, message: '' });
    const m = marksOf([issue(4, 'C', 'warning'), issue(4, 'C', 'error'), issue(5, 'B', 'warning'), issue(6, 'B', 'notice')], [t]).get('S')!;
    assert.deepEqual(m.get(4), [0, 0, 2]);
    assert.deepEqual(m.get(5), [0, 1, 0]);
    assert.equal(m.get(6), undefined);
    const before = new Map([[4, [0, 0, 2]], [9, [1, 0, 0]]]);
    assert.deepEqual(changedRows(before, m), [5, 9]);
    assert.deepEqual(writeRuns([4, 5, 6, 30, 500]), [[4, 30], [500, 500]]);
  });
});

describe('excel: selectCell and confirmCode', () => {
  it('activates the sheet and selects the cell', async () => {
    const book = new StrictBook(['A', '骨干企业情况表']);
    await book.run((ctx) => selectCell(ctx, '骨干企业情况表', 'C7'));
    assert.equal(book.active, '骨干企业情况表');
    assert.equal(book.selected, '骨干企业情况表!C7:C7');
    assert.equal(book.syncs, 1);
  });
  it('adds the 信用代码确认 sheet from the form plan on first use, appends confirmations under its header, and the reader finds them', async () => {
    const book = new StrictBook(['Sheet1']);
    await book.run((ctx) => confirmCode(ctx, '91140100ma0abcdef1', '王芳', new Date(2018, 5, 1, 9, 30), ALL));
    await book.run((ctx) => confirmCode(ctx, '91140100MA0ABCDEF2', '李强', new Date(2018, 5, 2, 10, 0), ALL));
    assert.equal(book.sheet(CONFIRM_SHEET).visibility, 'Visible');
    assert.equal(book.get(CONFIRM_SHEET, 'A3'), '统一社会信用代码');
    assert.equal(book.get(CONFIRM_SHEET, 'A4'), '91140100MA0ABCDEF1');
    assert.equal(book.get(CONFIRM_SHEET, 'C5'), '2018-06-02 10:00');
    const input = await book.run((ctx) => readOpenWorkbook(ctx));
    assert.deepEqual(input.confirmations.map((c) => [c.code, c.by]), [['91140100MA0ABCDEF1', '王芳'], ['91140100MA0ABCDEF2', '李强']]);
  });
});

describe('excel: multi-area addresses and reads too large for one response', () => {
  it('splits a multi-area address, quoted sheet names with commas included (defect 6)', () => {
    assert.deepEqual(parseAreas('A1:B2,D4:E5'), [{ r1: 1, c1: 1, r2: 2, c2: 2 }, { r1: 4, c1: 4, r2: 5, c2: 5 }]);
    assert.deepEqual(parseAreas("'a,b'!C3,'a,b'!D4"), [{ r1: 3, c1: 3, r2: 3, c2: 3 }, { r1: 4, c1: 4, r2: 4, c2: 4 }]);
    assert.deepEqual(parseAreas('7:9'), [{ r1: 7, c1: 1, r2: 9, c2: 16384 }]);
  });

  it('a row Excel cannot send back in one response gets a plain Chinese sentence naming the sheet and row (defect 7)', async () => {
    const book = new StrictBook(['骨干企业情况表'], { payloadLimit: 2_000 });
    book.set('骨干企业情况表', 'A5:B6', [['山'.repeat(100), 'x'], ['山'.repeat(1000), 'y']]);
    const err = await book.run((ctx) => readAreas(ctx, [{ sheet: '骨干企业情况表', r1: 5, r2: 6, c1: 1, c2: 2 }])).catch((e) => e);
    assert.ok(err instanceof ReadTooLarge, String(err?.message ?? err));
    assert.equal(err.userMessage, message('excel/response-too-large', { sheet: '骨干企业情况表', row: 6 }));
    assert.match(describeError(err), /工作表「骨干企业情况表」第 6 行的文字太多/);
  });
});
